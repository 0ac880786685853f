import ParleyModel
import ParleyTestSupport
import Testing

/// A ministry without its state takes the sentence's one state only inside a person's title.
struct StateInstitutionTests {
    func name(_ text: String) throws -> String? {
        let outcome = try RuleHarness.run(
            RuleExample(rule: "parties.state-institution", text: text, accepts: true, origin: "StateInstitutionTests"))
        return try #require(outcome.found.first).fields["name"]
    }

    @Test func aTitlesMinistryIsTheOneStateOfTheSentence() throws {
        #expect(
            try name("The Turkish delegation is headed by Emre Kaya, the deputy undersecretary of Foreign Ministry.")
                == "Ministry of Foreign Affairs of Turkey")
        #expect(try name("Iran sent Ali Rahimi, a spokesman for the Foreign Ministry.") == "Ministry of Foreign Affairs of Iran")
    }

    @Test func outsideATitleOrWithTwoStatesTheMinistryStaysBare() throws {
        // Not in a title: the article says whose it is (the last ministry named before it).
        #expect(try name("The Foreign Ministry said Russia would attend.") == nil)
        // Two states: no guess.
        #expect(try name("Russia and Iran welcomed Ali Rahimi, a spokesman for the Foreign Ministry.") == nil)
    }
}
