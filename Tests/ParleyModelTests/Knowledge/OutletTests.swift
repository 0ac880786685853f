import ParleyTestSupport
import Testing

@testable import ParleyModel

/// News agencies report the talks and take part in none: listed as outlets, never participants.
struct OutletTests {
    @Test func anAgencyInARoundsSentenceIsNoParticipant() throws {
        let corpus = try Fixtures.corpus([
            "Russia, Iran and Turkey attended the fourth round of the Astana talks on May 4, TASS reports."
        ])
        let round = try #require(corpus.timeline.entries.first { $0.number == 4 })
        let names = round.participants.map { corpus.actors.actors[$0].name }
        #expect(names.contains("Russia"))
        #expect(!names.contains("TASS"))
        #expect(corpus.actors.actors.first { $0.name == "TASS" }?.isOutlet == true)
    }

    @Test func anAgencysNameMakesADiscoveredOrganisationAnOutlet() {
        let lex = Lexicons.builtIn
        #expect(ActorIndex.isOutletName("Tasnim News Agency", lex))
        #expect(ActorIndex.isOutletName("Ariana News", lex))
        // Near misses: an agency that is no outlet, and a one-word name.
        #expect(!ActorIndex.isOutletName("International Atomic Energy Agency", lex))
        #expect(!ActorIndex.isOutletName("News", lex))
    }
}
