/// How a passage is cited: its sentence, the article's outlet, date and title, and where it
/// stands in the file (`FILE:LINE:COL`, then the byte range), so that the quote can be found
/// and checked: "“Talks opened.” — TASS, 4 May 2017, “Astana talks”, 003.txt:3:1 (bytes 198–432)".
public struct Citation: Sendable, Hashable {
    /// The whole sentence the passage stands in, as the file has it.
    public var sentence: TextSpan
    public var quote: String
    public var outlet: String?
    public var date: PartialDate?
    public var title: String?
    /// 1-based line and column (in characters) of the sentence's first byte.
    public var line: Int
    public var column: Int

    /// The citation of the sentence holding `span` in `doc`.
    public init(of span: TextSpan, in doc: Document) {
        let s = doc.sentenceIndex(containing: span.start).map { doc.sentences[$0].range } ?? span.range
        sentence = doc.span(s)
        quote = TextFolding.singleSpaced(doc.text(s))
        outlet = doc.metadata.outlet
        date = doc.metadata.date
        title = doc.metadata.title
        (line, column) = Self.lineAndColumn(of: s.lowerBound, in: doc)
    }

    /// 1-based line and column (in characters) of a byte offset: newlines counted over the
    /// bytes (fast enough to run on every key), the column over the line's characters.
    public static func lineAndColumn(of offset: Int, in doc: Document) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var text = doc.text
        text.withUTF8 { bytes in
            let end = min(offset, bytes.count)
            for i in 0..<end where bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
        }
        return (line, doc.text(lineStart..<max(lineStart, offset)).count + 1)
    }

    /// `FILE:LINE:COL`, as editors and grep write a place.
    public var location: String { "\(sentence.document.path):\(line):\(column)" }

    /// Where the quote is, without the quote: "TASS, 4 May 2017, “Title”, FILE:3:1 (bytes 198–432)".
    public var reference: String {
        let parts = [outlet, date.map { HumanDate.format(DateValue(start: $0)) }, title.map { "“\($0)”" }].compactMap { $0 }
        return (parts + ["\(location) (bytes \(sentence.start)–\(sentence.end))"]).joined(separator: ", ")
    }

    /// The quote with its reference.
    public var text: String { "“\(quote)” — \(reference)" }
}
