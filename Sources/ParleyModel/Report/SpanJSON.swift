/// A span as the JSON contract writes it: document path, UTF-8 byte offsets into the file as
/// stored, and exactly those bytes as text.
public struct SpanJSON: Codable, Hashable, Sendable {
    public var document: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(document: String, start: Int, end: Int, text: String) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
    }

    public init(_ span: TextSpan, in corpus: Corpus) {
        document = span.document.path
        start = span.start
        end = span.end
        text = corpus.text(of: span) ?? ""
    }
}
