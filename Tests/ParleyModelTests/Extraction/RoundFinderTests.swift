import ParleyModel
import ParleyTestSupport
import Testing

/// Rounds on small texts of their own: ordinals, tracks, relative rounds and dates.
struct RoundFinderTests {
    func timeline(_ texts: [String], date: String? = nil) throws -> Timeline {
        try Fixtures.corpus(texts, date: date).timeline
    }

    @Test func ordinalsInWordsDigitsAndMisspelt() throws {
        let t = try timeline([
            "The Minsk talks resumed. The ninth round of Minsk talks opened. The eight round is next year. Minsk talks matter.",
            "The Minsk talks: the 12th round of Minsk talks and the twenty-first round of Minsk talks; Minsk-14 too, and round 15 of the Minsk talks.",
        ])
        #expect(Set(t.entries.map(\.number)) == [8, 9, 12, 14, 15, 21])
        #expect(Set(t.entries.map(\.track)) == ["Minsk"])
    }

    @Test func aRoundOfAnotherProcessIsNotOnThisTrack() throws {
        let t = try timeline(
            [
                """
                The Doha talks opened their fifth round of talks in Doha. Diplomats said the next round of Vienna talks \
                would follow. The Vienna talks have had three rounds. The Doha talks went on.
                """
            ], date: "2021-03-02")
        #expect(t.entries.map(\.id) == ["Doha#5"])
        #expect(t.unresolved.contains { $0.track == "Vienna" && $0.relation == .next })
    }

    /// "The latest round ... opened", "a new round was launched": the article's own round;
    /// "a new round will be held" is the next.
    @Test func aRoundSaidToOpenIsTheArticlesOwn() throws {
        let t = try timeline(
            [
                "Oslo-7 talks opened in the Norwegian capital. The latest round of the Oslo talks opened on Thursday. "
                    + "Delegates said a new round of Oslo talks was launched by the Thursday meeting.",
                "The ninth round of Oslo talks ended on Friday. A new round of Oslo talks will be held next month.",
            ], date: "2019-04-12")
        #expect(Set(t.entries.map(\.number)) == [7, 9, 10])
    }

    /// "its 18th round of meetings" counts one body's meetings; "their fifth round" is the sides'.
    @Test func aBodysOwnRoundCountIsNoRoundOfTheProcess() throws {
        let t = try timeline(
            [
                "The Oslo talks went on. The Joint Commission held its 18th round of meetings online in April. "
                    + "The sides held their fifth round of Oslo talks in May. The Oslo process held its sixth round in June."
            ], date: "2021-07-01")
        #expect(Set(t.entries.map(\.number)) == [5, 6])
    }

    /// A date with no tense wholly after the article's day is a plan, and the plan's precise
    /// day wins over the vaguer one ("next week" beside "on Nov. 22-23").
    @Test func anUntensedDateAfterTheReportIsAPlan() throws {
        let t = try timeline(
            [
                "Oslo Talks: The 19th Round Next Week\n\nThe sides of the Oslo talks will hold the 19th round next week, on Nov. 22-23."
            ], date: "2022-11-14")
        let round = try #require(t.entries.first { $0.number == 19 })
        #expect(
            round.date == DateValue(start: PartialDate(year: 2022, month: 11, day: 22), end: PartialDate(year: 2022, month: 11, day: 23)))
    }

    /// "the third meeting ... since" counts a series; "the first meeting sponsored by X" counts a
    /// kind of meeting; talks a month before the report are an earlier meeting.
    @Test func aSeriesCountNamesItsRoundAndAKindOfMeetingDoesNot() throws {
        let t = try timeline(
            [
                "Envoys met the rebels in Oslo on Monday. It was the third meeting between the rebels and the envoys since "
                    + "the appointment of the mediator. Their meeting last month went on for three days. It was the first "
                    + "meeting sponsored by Norway in the Oslo talks."
            ], date: "2018-12-18")
        #expect(t.entries.map(\.number) == [3])
        #expect(t.entries.first?.date?.start.month != 11)
    }

    /// "ended ... on June 21" is the round's last day; "the deal of 2015" dates the deal.
    @Test func anEndDayAndADealsYear() throws {
        let t = try timeline(
            [
                "The 20th round of the Oslo talks ended in Oslo, Norway, on June 21. "
                    + "The sixth round of Oslo talks aims to restore the landmark deal of 2015."
            ], date: "2023-06-22")
        let twentieth = try #require(t.entries.first { $0.number == 20 })
        #expect(twentieth.date == DateValue(start: PartialDate(year: 2023), end: PartialDate(year: 2023, month: 6, day: 21)))
        #expect(t.entries.first { $0.number == 6 }?.date == nil)
    }

    @Test func theLatestRoundIsThePreviousOneWithItsMonth() throws {
        let t = try timeline(
            [
                """
                Delegates arrived for the seventh round of Oslo talks on Friday. The latest round of talks in February \
                ended without a deal. The Oslo talks are run by Norway. Oslo talks again.
                """
            ], date: "2019-04-10")
        let sixth = try #require(t.entries.first { $0.number == 6 })
        #expect(sixth.date?.edtf == "2019-02")
        #expect(t.entries.contains { $0.number == 7 })
    }

    @Test func datesResolveAgainstTheArticleAndDurationsStretchThem() throws {
        let t = try timeline(
            [
                """
                Lima talks: the 3rd round of Lima talks will open on March 9th. The delegations will meet for three days of talks. \
                The Lima talks were praised.
                """
            ], date: "2022-03")
        #expect(t.entries.first?.date?.edtf == "2022-03-09/2022-03-11")
    }

    @Test func withoutAnArticleDateTheYearStaysUnknown() throws {
        let t = try timeline(["The Lima talks: the second round of Lima talks is set to take place May 3-4. Lima talks."])
        #expect(t.entries.first?.date?.edtf == "XXXX-05-03/XXXX-05-04")
    }

    @Test func disagreeingDatesAreKeptAndFlagged() throws {
        let t = try timeline(
            [
                "The Lima talks: the fourth round of Lima talks is set to take place on May 3. Lima talks.",
                "The Lima talks: the fourth round of Lima talks is set to take place on June 9. Lima talks.",
            ], date: "2022-04-01")
        let e = try #require(t.entries.first)
        #expect(e.hasConflict)
        #expect(Set(e.dateClaims.map(\.value.edtf)) == ["2022-05-03", "2022-06-09"])
    }

    @Test func anUnnumberedReportJoinsTheRoundOnItsDate() throws {
        let corpus = try Fixtures.corpus(
            [
                "The Lima talks: the fourth round of Lima talks is set to take place May 3-4. Lima talks."
            ], date: "2022-05-01")
        #expect(corpus.timeline.entries.count == 1)
        let docs = [
            Document(
                id: "a.txt", text: "The Lima talks: the fourth round of Lima talks is set to take place May 3-4. Lima talks.",
                metadata: DocumentMetadata(date: PartialDate(edtf: "2022-05-01"))),
            Document(
                id: "b.txt", text: "Key players are meeting Wednesday in Lima for talks.",
                metadata: DocumentMetadata(date: PartialDate(edtf: "2022-05-04"))),
        ]
        let t = Corpus(documents: docs, gazetteer: .world()).timeline
        #expect(t.entries.first?.documents.map(\.path) == ["a.txt", "b.txt"])
    }
}
