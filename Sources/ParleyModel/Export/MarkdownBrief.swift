/// A brief in Markdown: per round its date, place and participants, each fact with a footnote
/// that quotes its sentence exactly as the file has it and cites outlet, date and
/// `FILE:START-END` (the sentence's bytes); then the bookmarks given, each cited the same way.
public struct MarkdownBrief: Sendable {
    /// A passage to list after the rounds, with the note the user wrote.
    public struct Bookmark: Sendable, Hashable {
        public var span: TextSpan
        public var note: String?

        public init(span: TextSpan, note: String?) {
            self.span = span
            self.note = note
        }
    }

    public let text: String

    public init(_ corpus: Corpus, entries: [Int], title: String = "Rounds of talks", bookmarks: [Bookmark] = []) {
        var out = "# \(Self.escape(title))\n\n"
        var notes: [String] = []
        var numberOf: [TextSpan: Int] = [:]
        /// A footnote mark for a sentence, one per sentence however often it is cited.
        func cite(_ sentence: TextSpan) -> String {
            if let n = numberOf[sentence] { return "[^\(n)]" }
            guard let d = corpus.documentIndex(of: sentence.document) else { return "" }
            let doc = corpus.documents[d]
            let n = notes.count + 1
            numberOf[sentence] = n
            notes.append("[^\(n)]: “\(Self.quote(doc.text(sentence.range)))” — \(Self.escape(TimelineJSExport.source(doc, sentence)))")
            return "[^\(n)]"
        }
        if entries.isEmpty && bookmarks.isEmpty { out += "No rounds in scope.\n\n" }
        for i in entries {
            let e = corpus.timeline.entries[i]
            out += "## \(Self.escape(e.track)) round \(e.number)\n\n"
            let dateClaim = e.dateClaims.first { claim in e.date.map { claim.value == $0 } ?? false } ?? e.dateClaims.first
            out += "- **Date:** \(Self.escape(e.humanDate))" + (e.date != nil ? dateClaim.map { cite($0.sentence) } ?? "" : "")
            if let tally = e.conflictTally { out += " (articles disagree: \(tally))" }
            out += "\n"
            if let place = e.place {
                let claim = e.placeClaims.first { $0.place.text == place }
                out += "- **Place:** \(Self.escape(place))" + (claim.map { cite($0.sentence) } ?? "") + "\n"
            } else {
                out += "- **Place:** unknown\n"
            }
            if let status = e.status { out += "- **Status:** \(status.name)\n" }
            let present = e.participation.filter(\.present)
            if !present.isEmpty {
                out +=
                    "- **Participants:** "
                    + present.map { Self.escape(corpus.actors.actors[$0.actor].name) + cite($0.sentence) }.joined(separator: ", ") + "\n"
            }
            let absent = e.participation.filter { !$0.present }
            if !absent.isEmpty {
                out +=
                    "- **Stayed away:** "
                    + absent.map { Self.escape(corpus.actors.actors[$0.actor].name) + cite($0.sentence) }.joined(separator: ", ") + "\n"
            }
            out += "\n"
        }
        if !bookmarks.isEmpty {
            out += "## Bookmarks\n\n"
            for b in bookmarks {
                guard let d = corpus.documentIndex(of: b.span.document) else { continue }
                let doc = corpus.documents[d]
                let sentence = doc.sentenceIndex(containing: b.span.start).map { doc.span(doc.sentences[$0].range) } ?? b.span
                out += "- " + (b.note.map { Self.escape($0) + " " } ?? "") + cite(sentence) + "\n"
            }
            out += "\n"
        }
        if !notes.isEmpty { out += notes.joined(separator: "\n") + "\n" }
        text = out
    }

    /// The sentence exactly, bytes for bytes; a line break inside it continues the footnote on
    /// an indented line (Markdown's footnote continuation), which a reader of the source strips.
    static func quote(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: "\n    ") }

    /// Text of ours and of names in Markdown, its marks escaped.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "\\`*_[]#|<>".contains(ch) { out.append("\\") }
            out.append(ch == "\n" ? " " : ch)
        }
        return out
    }
}
