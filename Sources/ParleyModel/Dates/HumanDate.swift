/// Dates for people, as precise as they are known: "3–4 May 2017", "Jan 2024",
/// "3–4 May (year unknown)", "late 2016".
public enum HumanDate {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func format(_ d: DateValue?) -> String {
        guard let d else { return "—" }
        var text: String
        if let e = d.end, e != d.start {
            if d.start.month == nil, e.year == d.start.year, e.month != nil {
                // "ended on 21 June 2023", its start not given: "until 21 Jun 2023".
                text = "until " + one(e)
            } else if e.year == d.start.year, e.month == d.start.month, let a = d.start.day, let b = e.day {
                text = "\(a)–\(b)" + (e.month.map { " " + months[$0 - 1] } ?? "") + (e.year.map { " \($0)" } ?? "")
            } else if e.year == d.start.year, d.start.day == nil, let m = d.start.month {
                // "nine days up to Monday 12 August": a start known only to its month.
                text = months[m - 1] + " – " + one(e)
            } else {
                text = one(d.start) + " – " + one(e)
            }
        } else {
            text = one(d.start)
        }
        if let q = d.qualifier { text = q + " " + text }
        if d.start.year == nil { text += " (year unknown)" }
        return text
    }

    static func one(_ p: PartialDate) -> String {
        var parts: [String] = []
        if let day = p.day { parts.append(String(day)) }
        if let m = p.month { parts.append(months[m - 1]) }
        if let y = p.year { parts.append(String(y)) }
        return parts.joined(separator: " ")
    }
}
