import ParleyTestSupport
import Testing

@testable import ParleyModel

/// A state or city named as a location is kept as a place use: listed, written with
/// `"use": "place"`, and never counted as the actor being there.
struct PlaceUseTests {
    @Test func aPlaceUseIsKeptBesideTheActorsMentions() throws {
        let corpus = try Fixtures.corpus(["Talks were held in Astana on Monday. Kazakhstan said it would host the next round."])
        let kazakhstan = try #require(corpus.actors.actors.firstIndex { $0.name == "Kazakhstan" })
        #expect(corpus.mentions(of: kazakhstan).map { corpus.text(of: $0.span) } == ["Kazakhstan"])
        #expect(corpus.places(of: kazakhstan).map { corpus.text(of: $0.span) } == ["Astana"])
        let both = corpus.mentionsAndPlaces(of: kazakhstan)
        #expect(both.map(\.use) == [.place, .actor])
    }

    @Test func aStateNamedOnlyAsAPlaceIsListedWithPlaceUsesOnly() throws {
        let corpus = try Fixtures.corpus(["The envoys met in Vienna. Iran said the talks went well."])
        let report = ActorsReport(corpus)
        let austria = try #require(report.actors.first { $0.name == "Austria" })
        #expect(austria.mentions.map(\.use) == [.place])
        #expect(austria.mentions.map(\.text) == ["Vienna"])
        #expect(austria.rounds.isEmpty)
        let iran = try #require(report.actors.first { $0.name == "Iran" })
        #expect(iran.mentions.map(\.use) == [.actor])
    }

    /// "Quito is a course to peace" names the talks or the place; "Quito is a guarantor" the state.
    @Test func aCityDescribedAsAVenueIsNoActor() throws {
        func uses(_ text: String) throws -> [MentionJSON.Use] {
            let corpus = try Fixtures.corpus([text])
            let ecuador = try #require(corpus.actors.actors.firstIndex { $0.name == "Ecuador" })
            return corpus.mentionsAndPlaces(of: ecuador).map(\.use)
        }
        #expect(try uses("Quito is a course to peace.") == [.place])
        #expect(try uses("Quito remains the only venue for the talks.") == [.place])
        #expect(try uses("Quito is a guarantor of the talks.") == [.actor])
        #expect(try uses("Quito is hosting the talks.") == [.actor])
    }
}
