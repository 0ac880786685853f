/// A stretch of an article, as UTF-8 byte offsets into the file exactly as stored.
///
/// Every fact Parley shows carries one, so that anyone can check
/// `bytes[start..<end] == text` against the file on disk.
///
/// Offsets are stored in 32 bits (a large corpus holds hundreds of thousands of spans; the
/// loader reads files of at most 1 GiB).
public struct TextSpan: Hashable, Sendable, Comparable, Codable {
    public var document: DocumentID
    private var start32: UInt32
    private var end32: UInt32

    public init(document: DocumentID, start: Int, end: Int) {
        precondition(0 <= start && start <= end && end <= Int(UInt32.max), "span \(start)..<\(end) out of bounds")
        self.document = document
        start32 = UInt32(start)
        end32 = UInt32(end)
    }

    public var start: Int { Int(start32) }
    public var end: Int { Int(end32) }

    private enum CodingKeys: String, CodingKey { case document, start, end }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let start = try c.decode(Int.self, forKey: .start)
        let end = try c.decode(Int.self, forKey: .end)
        guard 0 <= start, start <= end, end <= Int(UInt32.max) else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: c, debugDescription: "span \(start)..<\(end) out of bounds")
        }
        self.init(document: try c.decode(DocumentID.self, forKey: .document), start: start, end: end)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
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
