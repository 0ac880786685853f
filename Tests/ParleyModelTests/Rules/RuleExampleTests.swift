import ParleyModel
import ParleyTestSupport
import Testing

/// Every example of every rule, each its own test case: an accepted text must give exactly
/// its ⟦marked⟧ stretches (and the fields it expects), a refused one nothing.
struct RuleExampleTests {
    @Test(arguments: RuleSet.builtIn.examples)
    func ruleExample(_ example: RuleExample) throws {
        let outcome = try RuleHarness.run(example)
        if example.accepts {
            #expect(
                outcome.found.map(\.range) == outcome.marked.ranges,
                "\(example.rule) should find \(outcome.marked.marked), found \(outcome.found.map { outcome.marked.text.utf8Slice($0.range) })"
            )
            for (key, value) in example.expect {
                #expect(
                    outcome.found.first?.fields[key] == value,
                    "\(example.rule): \(key) should be \(value), is \(outcome.found.first?.fields[key] ?? "nothing")")
            }
        } else {
            #expect(
                outcome.found.isEmpty,
                "\(example.rule) should refuse “\(example.text)”, found \(outcome.found.map { outcome.marked.text.utf8Slice($0.range) })")
        }
    }

    @Test func everyRuleHasAnAcceptedAndARefusedExample() {
        let examples = RuleSet.builtIn.examples
        for rule in RuleSet.builtIn.rules {
            #expect(examples.contains { $0.rule == rule.name && $0.accepts }, "\(rule.name) has no accepted example")
            #expect(examples.contains { $0.rule == rule.name && !$0.accepts }, "\(rule.name) has no refused example")
        }
    }

    @Test func everyExampleNamesARuleThatExists() {
        let names = Set(RuleSet.builtIn.rules.map(\.name))
        for e in RuleSet.builtIn.examples { #expect(names.contains(e.rule), "\(e.origin): no rule named \(e.rule)") }
    }
}
