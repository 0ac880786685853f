import ParleyModel
import ParleyTestSupport
import Testing

/// Which round a date belongs to, and what it says happened: texts of our own about an
/// invented process (the Lima talks), with near-misses.
struct RoundDatingTests {
    func timeline(_ texts: [String], date: String? = nil) throws -> Timeline {
        try Fixtures.corpus(texts, date: date).timeline
    }

    func entry(_ t: Timeline, _ n: Int) -> TimelineEntry? { t.entries.first { $0.number == n } }

    @Test func aDateBelongsToTheRoundBeforeItInItsClause() throws {
        let t = try timeline(
            [
                """
                The Lima talks resume. The 6th round of Lima talks was held in Quito in October 2021, while the 7th round of \
                Lima talks had been scheduled for March 2022 but was put off. Lima talks.
                """
            ], date: "2022-05-02")
        #expect(entry(t, 6)?.date?.edtf == "2021-10")
        // The 7th round's date is kept, as postponed, and dates nothing.
        let seventh = try #require(entry(t, 7))
        #expect(seventh.date == nil)
        #expect(seventh.dateClaims.map(\.status) == [.postponed])
    }

    @Test func aCancelledRoundIsNotDated() throws {
        let t = try timeline(
            ["The Lima talks: the 3rd round of Lima talks, set for June 9, was called off. Lima talks."], date: "2022-05-02")
        #expect(entry(t, 3)?.date == nil)
        #expect(entry(t, 3)?.dateClaims.first?.status == .cancelled)
    }

    @Test func whatWasHeldOutweighsWhatWasPlanned() throws {
        let t = try timeline(
            [
                "The Lima talks: the 5th round of Lima talks will take place in August, officials said. Lima talks.",
                "The Lima talks: the 5th round of Lima talks was held on July 4-5. Lima talks.",
            ], date: "2022-07-10")
        let fifth = try #require(entry(t, 5))
        #expect(fifth.date?.edtf == "2022-07-04/2022-07-05")
        #expect(Set(fifth.dateClaims.compactMap(\.status)) == [.held, .planned])
    }

    @Test func aDatelineIsTheDayOfTheReport() throws {
        let t = try timeline(
            ["Quito, 22 December 2021 (AP): Delegates came for the 9th round of Lima talks. Lima talks."], date: "2021-12-22")
        #expect(entry(t, 9)?.date == nil)
        // Not a dateline: the date stands in the sentence's body.
        let u = try timeline(
            ["Delegates said the 9th round of Lima talks opens on 22 December 2021 in Quito. Lima talks."], date: "2021-12-20")
        #expect(entry(u, 9)?.date?.edtf == "2021-12-22")
    }

    @Test func aDateAfterAVerbOfSayingIsTheReport() throws {
        let t = try timeline(
            ["The 4th round of Lima talks might start in late May, the envoy said in remarks to reporters on Friday. Lima talks."],
            date: "2022-04-08")
        #expect(entry(t, 4)?.date?.edtf == "2022-05")
        let u = try timeline(["The envoy said the 4th round of Lima talks would open on Friday. Lima talks."], date: "2022-04-06")
        #expect(entry(u, 4)?.date?.edtf == "2022-04-08")
    }

    @Test func theComingMeetingOfAnArticleThatAnnouncesItsRoundIsThatRound() throws {
        let t = try timeline(
            [
                """
                The coming Lima meeting is due to take place next week. Preparations are complete for the 12th round of Lima \
                talks, which is scheduled for January 23. Lima talks.
                """
            ], date: "2024-01-18")
        #expect(t.entries.map(\.number) == [12])
        // An article on a round that was held: its next meeting is the round after.
        let u = try timeline(
            ["The 12th round of Lima talks was held on January 23. The next Lima meeting is due in June. Lima talks."], date: "2024-01-25")
        #expect(Set(u.entries.map(\.number)) == [12, 13])
    }

    @Test func aMeetingNamesARoundOnlyWhereTheProcessIsNamed() throws {
        let t = try timeline(
            [
                """
                The Lima talks go on. The board held its 4th meeting on Monday. The 15th meeting in the Lima format opened \
                in Quito. Lima talks.
                """
            ], date: "2022-05-02")
        #expect(t.entries.map(\.number) == [15])
    }

    @Test func aRoundWithoutAPlaceHasNoneAndACapitalIsNamedAsTheTextNamesIt() throws {
        let t = try timeline(["The Lima talks: the 2nd round of Lima talks opened on Monday. Lima talks."], date: "2022-05-02")
        #expect(entry(t, 2)?.place == nil)
        let u = try timeline(
            ["The Lima talks: the Kazakh capital Nur-Sultan will host the 3rd round of Lima talks next week. Lima talks."],
            date: "2021-07-01")
        #expect(entry(u, 3)?.place == "Nur-Sultan")
    }
}
