/// A name after "led by", "headed by" (agent-verbs + "by") is the person in charge.
///
/// Accepts: "The mission was led by ⟦Ingrid Larsen⟧." Refuses: "The mission was praised by
/// Ingrid Larsen." ("praised" is no agent verb: praise says nothing of who is in charge).
public struct AgentAfterBy: PersonCueRule {
    public let name = "people.agent-after-by"
    public let doc = "A name after an agent verb and \"by\" (\"led by X\")."
    public let examples = [
        RuleExample(
            rule: "people.agent-after-by", text: "The mission was led by ⟦Ingrid Larsen⟧.", accepts: true,
            expect: ["cue": "led by"], origin: "AgentAfterBy.swift"),
        RuleExample(
            rule: "people.agent-after-by", text: "The mission was praised by Ingrid Larsen.", accepts: false,
            origin: "AgentAfterBy.swift"),
    ]

    static let by = Word("by")

    public init() {}

    public func cue(for run: ClosedRange<Int>, in s: SentenceContext, finder: NameFinder) -> PersonCue? {
        let b = run.lowerBound
        guard b - 2 >= s.range.lowerBound, s.tokens[b - 1].word == Self.by, s.lexicons.agentVerbs.contains(s.tokens[b - 2].word) else {
            return nil
        }
        return PersonCue(tokens: (b - 2)..<b, role: nil)
    }
}
