import ParleyModel
import ParleyTestSupport
import Testing

/// Where a round was, what state it is in, and how far its reports agree: texts of our own
/// about an invented process (the Lima talks), with near-misses.
struct RoundStatusTests {
    func timeline(_ texts: [String], date: String? = nil) throws -> Timeline {
        try Fixtures.corpus(texts, date: date).timeline
    }

    func entry(_ t: Timeline, _ n: Int) -> TimelineEntry? { t.entries.first { $0.number == n } }

    /// A city the dictionary does not know, named with its state after a venue word, is a place.
    @Test func anUnknownCityBesideItsStateIsTheVenue() throws {
        let t = try timeline(
            ["The 4th round of Lima talks was held in Trujillo, Peru on Monday, officials said. Lima talks."], date: "2022-05-04")
        #expect(entry(t, 4)?.place == "Trujillo")
    }

    /// Without a venue word before "in", "X, STATE" is where something else happened.
    @Test func aTownBesideItsStateWithoutAVenueWordIsNoPlace() throws {
        let t = try timeline(
            ["The 4th round of Lima talks, for families displaced in Trujillo, Peru, was held on Monday. Lima talks."],
            date: "2022-05-04")
        #expect(entry(t, 4)?.place != "Trujillo")
    }

    /// A city in a clause of its own ("after ...") is not said of the round before it.
    @Test func aPlaceAcrossAClauseStopIsNotTheRounds() throws {
        let t = try timeline(
            ["The 4th round of Lima talks was postponed again after the envoy arrived in Geneva on Monday. Lima talks."],
            date: "2022-05-04")
        #expect(entry(t, 4)?.place != "Geneva")
        // A clause about the round ("which was held in ...") speaks of it.
        let u = try timeline(
            ["Delegates recalled the 4th round of Lima talks, which was held in Quito in March. Lima talks."], date: "2022-05-04")
        #expect(entry(u, 4)?.place == "Quito")
    }

    /// A round reported held is held; one announced is planned, and its date says so.
    @Test func aRoundsStatusIsReadFromItsSentences() throws {
        let t = try timeline(["The 5th round of Lima talks was held in Quito on March 3. Lima talks."], date: "2022-03-10")
        #expect(entry(t, 5)?.status == .held)
        let u = try timeline(["The 5th round of Lima talks will take place in Quito in October. Lima talks."], date: "2022-03-10")
        let fifth = try #require(entry(u, 5))
        #expect(fifth.status == .planned)
        #expect(fifth.humanDate == "planned Oct 2022")
    }

    /// Talks that open on the day of the report are under way, not yet held.
    @Test func talksOpeningOnTheDayOfTheReportAreUnderWay() throws {
        let t = try timeline(["The 6th round of Lima talks opened in Quito on 21 December 2022. Lima talks."], date: "2022-12-21")
        #expect(entry(t, 6)?.dateStatus == .underWay)
        // A day before the report, they have been held.
        let u = try timeline(["The 6th round of Lima talks opened in Quito on 21 December 2022. Lima talks."], date: "2022-12-23")
        #expect(entry(u, 6)?.dateStatus == .held)
    }

    /// A past tense that names a day after the report is not a date held: a speech verb makes it
    /// the plan it reports; without one, the claim contradicts its own article and dates nothing.
    @Test func aPastTenseAfterTheReportDayIsNeverHeld() throws {
        let t = try timeline(["The 7th round of Lima talks was held in Quito on 3 June 2022. Lima talks."], date: "2022-05-01")
        let seventh = try #require(entry(t, 7))
        #expect(seventh.dateClaims.map(\.status) == [.contradicted])
        #expect(seventh.date == nil)
        let u = try timeline(["Officials said the 7th round of Lima talks opens on 3 June 2022. Lima talks."], date: "2022-05-01")
        #expect(entry(u, 7)?.dateClaims.map(\.status) == [.planned])
    }

    /// Reports that disagree on a date are a conflict with its tally, the date most of them give.
    @Test func disagreeingReportsAreTallied() throws {
        let t = try timeline(
            [
                "The 8th round of Lima talks was held in Quito on 3 May 2022. Lima talks.",
                "The 8th round of Lima talks was held in Quito on 3 May 2022, delegates said. Lima talks.",
                "The 8th round of Lima talks was held in Quito on 9 May 2022. Lima talks.",
            ], date: "2022-05-20")
        let eighth = try #require(entry(t, 8))
        #expect(eighth.hasConflict)
        #expect(eighth.date?.edtf == "2022-05-03")
        #expect(eighth.dateSupport?.agree == 2)
        #expect(eighth.dateSupport?.of == 3)
        #expect(eighth.conflictTally == "2 of 3 reports")
    }

    /// A city is the place before the state it lies in, when both are given for a round.
    @Test func aCityIsPreferredToAState() throws {
        let t = try timeline(
            [
                "The 9th round of Lima talks was held in Peru on Monday. Lima talks.",
                "The 9th round of Lima talks was held in Quito on Monday. Lima talks.",
            ], date: "2022-05-04")
        #expect(entry(t, 9)?.place == "Quito")
    }
}

/// Cities no list knows, named right after a word of holding or of talks.
struct VenueCityTests {
    func place(_ text: String) throws -> String? {
        try Fixtures.corpus([text], date: "2022-05-04").timeline.entries.first { $0.number == 4 }?.place
    }

    @Test func aCityAfterHeldInIsTheVenue() throws {
        #expect(try place("The 4th round of Lima talks was held in Geneva in March. Lima talks.") == "Geneva")
        #expect(try place("The 4th round of Lima talks, held in Camp David on Monday, ended. Lima talks.") == "Camp David")
    }

    @Test func aCityWithoutAWordOfHoldingOrALongerNameIsNoVenue() throws {
        #expect(try place("The 4th round of Lima talks opened. The envoy stayed in Geneva. Lima talks.") == nil)
        #expect(try place("The 4th round of Lima talks was held in Geneva Convention Centre Hall. Lima talks.") == nil)
        #expect(try place("The 4th round of Lima talks was held in March. Lima talks.") == nil)
    }
}

/// A round's number glued to its noun by a lost space.
struct GluedOrdinalTests {
    @Test func aLostSpaceStillNamesTheRound() throws {
        let t = try Fixtures.corpus(["The 8thround of Lima talks opened in Quito. Lima talks."], date: "2022-05-04").timeline
        #expect(t.entries.map(\.number) == [8])
        let u = try Fixtures.corpus(["The 8thly planned Lima talks opened. Lima talks."], date: "2022-05-04").timeline
        #expect(u.entries.isEmpty)
    }
}

/// A word of timing a few words before a date times the article's round; names between do not
/// count towards the reach, a clause stop ends it.
struct TimingReachTests {
    func date(_ text: String) throws -> String? {
        try Fixtures.corpus([text], date: "2022-05-04").timeline.entries.first { $0.number == 3 }?.date?.edtf
    }

    @Test func aNameBetweenTheWordOfTimingAndTheDateDoesNotCount() throws {
        let text = "The 3rd round of Lima talks. Delegates met in the United Arab Emirates on Monday for talks. Lima talks."
        #expect(try date(text) == "2022-05-02")
    }

    /// A length said beside a date of its own is that meeting's; alone, the article's round's.
    @Test func aLengthBesideAnotherDateIsThatMeetings() throws {
        let other =
            "The 3rd round of Lima talks. Delegates met in Quito on Monday for talks. Their meeting last month went on for three days. Lima talks."
        #expect(try date(other) == "2022-05-02")
        let own = "The 3rd round of Lima talks. Delegates met in Quito on Monday for talks. The talks went on for three days. Lima talks."
        #expect(try date(own) == "2022-05-02/2022-05-04")
    }

    @Test func aClauseStopEndsTheReach() throws {
        let text = "The 3rd round of Lima talks. Talks were held after Putin visited Ankara on Monday. Lima talks."
        #expect(try date(text) == nil)
    }
}

/// A word for a process is never a track's name.
struct TrackNameTests {
    @Test func theProcessInAProcessesNameIsNoTrack() throws {
        let corpus = try Fixtures.corpus(
            [
                "Quito hosted the Lima Process talks. The Lima Process talks went on. The last meeting was held in May.",
                "The Lima Process talks resumed, and the 3rd round of Lima talks opened.",
            ], date: "2022-05-04")
        // The loaded documents hold no tokens any more: made again, as the analysis had them.
        let documents = corpus.documents.map { Document(id: $0.id, text: $0.text, metadata: $0.metadata, bodyStart: $0.bodyStart) }
        let tracks = RoundFinder.discoverTracks(in: documents, coverages: documents.map { _ in DocumentMatches(matches: []) })
        #expect(!tracks.values.contains { $0.name == "Process" }, "\(tracks)")
        #expect(corpus.timeline.unresolved.allSatisfy { $0.track != "Process" })
    }
}

/// "The last meeting in Quito" is the last at that place, not the round before; "the last
/// round was held in Quito" is the round before.
struct PlaceRestrictedRelationTests {
    @Test func theLastMeetingAtAPlaceNamesNoRound() throws {
        let restricted = try Fixtures.corpus(
            ["The 16th round of Lima talks opens next week. The last meeting in Quito was held in December 2019. Lima talks."],
            date: "2021-06-30"
        ).timeline
        #expect(restricted.entries.first { $0.number == 15 }?.date == nil)
        let plain = try Fixtures.corpus(
            ["The 16th round of Lima talks opens next week. The last round was held in Quito in December 2019. Lima talks."],
            date: "2021-06-30"
        ).timeline
        #expect(plain.entries.first { $0.number == 15 }?.date?.edtf == "2019-12")
    }
}
