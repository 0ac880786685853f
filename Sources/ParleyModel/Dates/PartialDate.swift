/// A calendar date that may be known only in part: a year, a month, a day, or any of them
/// unknown ("May 3" in an undated article is `XXXX-05-03`).
///
/// Written as EDTF-like text: `2017`, `2017-05`, `2017-05-03`, `XXXX-05-03`.
public struct PartialDate: Hashable, Sendable, Codable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2017`, `2017-05`, `2017-05-03` and the same with `XXXX`/`XX` for unknown parts.
    /// Returns nil for anything else, including impossible days such as `2017-02-30`.
    public init?(edtf: String) {
        let parts = edtf.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        func field(_ s: Substring, width: Int, range: ClosedRange<Int>) -> Int?? {
            guard s.count == width else { return .none }
            if s.allSatisfy({ $0 == "X" }) { return .some(nil) }
            guard s.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(s), range.contains(v) else { return .none }
            return .some(v)
        }
        guard let y = field(parts[0], width: 4, range: 0...9999) else { return nil }
        var m: Int?? = .some(nil)
        var d: Int?? = .some(nil)
        if parts.count > 1 { m = field(parts[1], width: 2, range: 1...12) }
        if parts.count > 2 { d = field(parts[2], width: 2, range: 1...31) }
        guard let month = m, let day = d else { return nil }
        self.init(year: y, month: month, day: day)
        if parts.count == 3, day == nil, month == nil, y == nil { return nil }
        if let year = y, let month, let day, day > CivilCalendar.daysIn(month: month, year: year) { return nil }
        if y == nil, let month, let day, day > CivilCalendar.daysIn(month: month, year: 2000) { return nil }
    }

    /// The EDTF-like text form.
    public var edtf: String {
        let y = year.map { String(format4: $0) } ?? "XXXX"
        guard month != nil || day != nil else { return y }
        let m = month.map { String(format2: $0) } ?? "XX"
        guard let day else { return "\(y)-\(m)" }
        return "\(y)-\(m)-\(String(format2: day))"
    }

    public var description: String { edtf }

    /// True when year, month and day are all known.
    public var isComplete: Bool { year != nil && month != nil && day != nil }

    /// The first and last day this date can denote, as day numbers; nil without a year.
    public var dayBounds: ClosedRange<Int>? {
        guard let year else { return nil }
        if let month {
            if let day {
                let d = CivilCalendar.dayNumber(year: year, month: month, day: day)
                return d...d
            }
            let first = CivilCalendar.dayNumber(year: year, month: month, day: 1)
            return first...(first + CivilCalendar.daysIn(month: month, year: year) - 1)
        }
        return CivilCalendar.dayNumber(year: year, month: 1, day: 1)...CivilCalendar.dayNumber(year: year, month: 12, day: 31)
    }

    /// A complete date from a day number.
    public init(dayNumber: Int) {
        let (y, m, d) = CivilCalendar.civil(fromDayNumber: dayNumber)
        self.init(year: y, month: m, day: d)
    }

    /// The day number of a complete date.
    public var dayNumber: Int? {
        guard let year, let month, let day else { return nil }
        return CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    /// Day of the week of a complete date, 1 = Monday ... 7 = Sunday (ISO 8601).
    public var weekday: Int? { dayNumber.map(CivilCalendar.isoWeekday) }

    /// This date moved by whole days; only for complete dates.
    public func adding(days: Int) -> PartialDate? {
        dayNumber.map { PartialDate(dayNumber: $0 + days) }
    }
}

extension String {
    fileprivate init(format4 v: Int) {
        let s = String(v)
        self = String(repeating: "0", count: Swift.max(0, 4 - s.count)) + s
    }

    fileprivate init(format2 v: Int) {
        self = v < 10 ? "0\(v)" : String(v)
    }
}
