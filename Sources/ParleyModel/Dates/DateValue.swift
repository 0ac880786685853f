/// A date as a report gives it: one partial date, or an interval of two ("May 3-4"),
/// with an optional qualifier for vague parts of a period ("late last year" -> `2016`, "late").
public struct DateValue: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: PartialDate
    public var end: PartialDate?
    /// "early", "mid" or "late" when the text narrows the period only vaguely.
    public var qualifier: String?

    public init(start: PartialDate, end: PartialDate? = nil, qualifier: String? = nil) {
        self.start = start
        self.end = end
        self.qualifier = qualifier
    }

    /// Reads the EDTF-like form: a date or `start/end`.
    public init?(edtf: String) {
        let halves = edtf.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(halves.count), let s = PartialDate(edtf: String(halves[0])) else { return nil }
        var e: PartialDate?
        if halves.count == 2 {
            guard let parsed = PartialDate(edtf: String(halves[1])) else { return nil }
            e = parsed
        }
        self.init(start: s, end: e)
    }

    /// `2017-05-03/2017-05-04`, `2017-12`, `XXXX-05-03`.
    public var edtf: String {
        guard let end, end != start else { return start.edtf }
        return "\(start.edtf)/\(end.edtf)"
    }

    public var description: String { edtf }

    /// The first and last day this value can denote; nil unless the year is known.
    public var dayBounds: ClosedRange<Int>? {
        guard let s = start.dayBounds else { return nil }
        guard let end else { return s }
        guard let e = end.dayBounds, e.upperBound >= s.lowerBound else { return s }
        return s.lowerBound...e.upperBound
    }

    /// How many days the value may span; smaller is more precise. Unknown years count as vague.
    public var vagueness: Int {
        guard let b = dayBounds else { return Int.max / 2 }
        return b.count
    }
}
