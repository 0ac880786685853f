import ParleyModel
import Testing

struct PartialDateTests {
    @Test func readsAndWritesEDTF() {
        for s in ["2017", "2017-05", "2017-05-03", "XXXX-05-03", "2024-02-29"] {
            #expect(PartialDate(edtf: s)?.edtf == s)
        }
        for s in ["tomorrow", "2017-13", "2017-02-30", "2023-02-29", "17-05-03", ""] {
            #expect(PartialDate(edtf: s) == nil)
        }
        #expect(DateValue(edtf: "2017-05-03/2017-05-04")?.edtf == "2017-05-03/2017-05-04")
    }

    @Test func calendarArithmetic() throws {
        let d = try #require(PartialDate(edtf: "2017-05-03"))
        #expect(d.weekday == 3)  // a Wednesday
        #expect(d.adding(days: 29)?.edtf == "2017-06-01")
        #expect(PartialDate(edtf: "2016-12-31")?.adding(days: 1)?.edtf == "2017-01-01")
        #expect(PartialDate(edtf: "2017-01")?.dayBounds?.count == 31)
        #expect(PartialDate(edtf: "XXXX-05-03")?.dayBounds == nil)
    }
}
