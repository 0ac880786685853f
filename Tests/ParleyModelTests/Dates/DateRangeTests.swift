import Testing

@testable import ParleyModel

/// Days joined by "and", and "today" beside the date it names: texts of our own.
struct DateRangeTests {
    func summary(_ text: String, _ reference: String) -> [String] {
        DateFinder.find(in: text, reference: PartialDate(edtf: reference)!).map { "\($0.text) = \($0.value?.edtf ?? "nil")" }
    }

    /// Two consecutive days joined by "and" are one range, in either order of day and month.
    @Test func twoConsecutiveDaysJoinedByAndAreARange() {
        #expect(summary("The talks will take place on January 23 and 24.", "2024-01-10") == ["January 23 and 24 = 2024-01-23/2024-01-24"])
        #expect(summary("The talks will take place on 23 and 24 January.", "2024-01-10") == ["23 and 24 January = 2024-01-23/2024-01-24"])
    }

    /// Days that are not consecutive are two days, not a range of the days between.
    @Test func daysApartAreNotARange() {
        let found = summary("Votes were cast on January 3 and 19.", "2024-01-25")
        #expect(!found.contains { $0.contains("2024-01-03/2024-01-19") })
    }

    /// "today on September 24" names the day as written: the written date, not the report's day.
    @Test func todayBesideADateIsThatDate() {
        #expect(summary("The meeting opens today on September 24 in Geneva.", "2019-09-23") == ["today on September 24 = 2019-09-24"])
    }
}
