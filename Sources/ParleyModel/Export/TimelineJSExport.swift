import Foundation

/// The rounds as a TimelineJS3 timeline (JSON): one event per dated round, `start_date` with
/// only the parts of the date that are known, `display_date` saying what is known ("3–4 May
/// 2017", "Jan 2024", "planned Mar 2020"), `group` the track, and a text that cites its
/// sentences (outlet, date, FILE:START-END). A round with no year known cannot be placed on a
/// timeline: it is left out and counted in `undated`.
public struct TimelineJSExport: Encodable, Sendable {
    public struct DateParts: Encodable, Sendable, Hashable {
        public var year: Int
        public var month: Int?
        public var day: Int?
    }

    public struct Text: Encodable, Sendable {
        public var headline: String
        public var text: String
    }

    public struct Event: Encodable, Sendable {
        public var startDate: DateParts
        public var endDate: DateParts?
        public var displayDate: String
        public var text: Text
        public var group: String
        public var uniqueID: String

        /// TimelineJS's own names.
        enum CodingKeys: String, CodingKey {
            case startDate = "start_date"
            case endDate = "end_date"
            case displayDate = "display_date"
            case text, group
            case uniqueID = "unique_id"
        }
    }

    public var title: Text?
    public var events: [Event]
    /// Rounds in scope left out for want of a year (not a TimelineJS field; it ignores it).
    public var undated: [String]

    /// How many sentences an event's text quotes at most.
    public static let quotes = 3

    public init(_ corpus: Corpus, entries: [Int]) {
        var events: [Event] = []
        var undated: [String] = []
        for i in entries {
            let e = corpus.timeline.entries[i]
            guard let date = e.date, let year = date.start.year else {
                undated.append("\(e.track) \(e.number)")
                continue
            }
            let start = DateParts(year: year, month: date.start.month, day: date.start.month == nil ? nil : date.start.day)
            var end: DateParts?
            if let last = date.end, let y = last.year, last != date.start {
                end = DateParts(year: y, month: last.month, day: last.month == nil ? nil : last.day)
            }
            var body = ""
            body +=
                "<p>"
                + [e.place.map { "Where: \(Self.html($0))" }, e.status.map { "Status: \($0.name)" }].compactMap { $0 }.joined(
                    separator: ". ")
            if !e.participants.isEmpty {
                body += ". With: " + Self.html(e.participants.map { corpus.actors.actors[$0].name }.joined(separator: ", "))
            }
            body += ".</p>"
            for span in Self.citedSentences(e).prefix(Self.quotes) {
                guard let d = corpus.documentIndex(of: span.document) else { continue }
                let doc = corpus.documents[d]
                body += "<blockquote>" + Self.html(doc.text(span.range)) + "</blockquote><p>— " + Self.html(Self.source(doc, span)) + "</p>"
            }
            events.append(
                Event(
                    startDate: start, endDate: end, displayDate: e.humanDate,
                    text: Text(headline: "\(e.track) round \(e.number)", text: body),
                    group: e.track, uniqueID: "\(e.track)-\(e.number)".replacingOccurrences(of: " ", with: "-")))
        }
        self.events = events
        self.undated = undated
        title = Text(headline: "Rounds of talks", text: "<p>\(events.count) rounds, each citing its sentences. Made by Parley.</p>")
    }

    /// The sentences that date the round first (claims that give its date), then its evidence.
    static func citedSentences(_ e: TimelineEntry) -> [TextSpan] {
        var seen = Set<TextSpan>()
        return (e.dateClaims.map(\.sentence) + e.evidence).filter { seen.insert($0).inserted }
    }

    /// "AFP, 2 May 2017, 003.txt:198-432".
    static func source(_ doc: Document, _ span: TextSpan) -> String {
        [
            doc.metadata.outlet, doc.metadata.date.map { HumanDate.format(DateValue(start: $0)) },
            "\(span.document.path):\(span.start)-\(span.end)",
        ]
        .compactMap { $0 }.joined(separator: ", ")
    }

    static func html(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
            of: ">", with: "&gt;"
        )
        .replacingOccurrences(of: "\"", with: "&quot;")
    }

    public func json() throws -> String { try ReportJSON.text(self) }
}
