import ParleyModel
import Testing

/// Dates as the timeline writes them for a reader.
struct HumanDateTests {
    @Test func aRangeAnEndWithoutItsStartAndAnUnknownYear() {
        let day = { (m: Int, d: Int) in PartialDate(year: 2023, month: m, day: d) }
        #expect(HumanDate.format(DateValue(start: day(6, 20), end: day(6, 21))) == "20–21 Jun 2023")
        #expect(HumanDate.format(DateValue(start: PartialDate(year: 2023), end: day(6, 21))) == "until 21 Jun 2023")
        #expect(HumanDate.format(DateValue(start: day(5, 30), end: day(6, 2))) == "30 May 2023 – 2 Jun 2023")
        #expect(HumanDate.format(nil) == "—")
    }
}
