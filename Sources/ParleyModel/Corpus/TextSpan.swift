/// A stretch of an article, as UTF-8 byte offsets into the file exactly as stored.
///
/// Every fact Parley shows carries one, so that anyone can check
/// `bytes[start..<end] == text` against the file on disk.
public struct TextSpan: Hashable, Sendable, Comparable, Codable {
    public var document: DocumentID
    public var start: Int
    public var end: Int

    public init(document: DocumentID, start: Int, end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.document = document
        self.start = start
        self.end = end
    }

    public init(document: DocumentID, range: Range<Int>) {
        self.init(document: document, start: range.lowerBound, end: range.upperBound)
    }

    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.document, a.start, a.end) < (b.document, b.start, b.end)
    }

    /// Whether `other` lies wholly inside this span (same document).
    public func contains(_ other: TextSpan) -> Bool {
        document == other.document && start <= other.start && other.end <= end
    }
}
