/// A span saved to be found again after its file changed: its byte range, and the text it
/// quoted with a little context on each side, as Hypothesis's annotations keep theirs.
///
/// While the file is unchanged the range still holds the quote, and is used as it is. When
/// the file has changed, the quote is looked for with its context, then alone, and the span
/// is found again where it now stands; where it cannot be found it is an orphan: listed,
/// never dropped.
public struct AnchoredSpan: Sendable, Hashable, Codable {
    public var span: TextSpan
    /// The bytes of `span` as they were, as text.
    public var quote: String
    /// Up to `contextLength` bytes of text before and after the quote, cut at whole characters.
    public var before: String
    public var after: String

    /// How many bytes of context each side keeps: enough to tell two copies of a short name apart.
    public static let contextLength = 32

    /// Where a saved span stands in the text as it is now.
    public enum Located: Sendable, Hashable {
        /// The file is unchanged there: the range still holds the quote.
        case exact(TextSpan)
        /// Found again by its quote, at another range.
        case moved(TextSpan)
        /// The quote is not in the file any more (or the file is gone).
        case lost

        public var span: TextSpan? {
            switch self {
            case .exact(let s), .moved(let s): return s
            case .lost: return nil
            }
        }
    }

    public init(span: TextSpan, quote: String, before: String, after: String) {
        self.span = span
        self.quote = quote
        self.before = before
        self.after = after
    }

    /// Saves `span` of `document` with its quote and context.
    public init(_ span: TextSpan, in document: Document) {
        let count = document.byteCount
        let start = min(span.start, count)
        let end = min(max(span.end, start), count)
        self.span = span
        quote = document.text(start..<end)
        // Only the bytes around the quote are read, each side cut at a whole character.
        let ahead = document.bytes(max(0, start - Self.contextLength)..<start)
        before = Self.text(ahead, Self.characterStart(ahead, 0)..<ahead.count)
        let behind = document.bytes(end..<min(count, end + Self.contextLength + 4))
        let cut = min(behind.count, Self.contextLength)
        after = Self.text(behind, 0..<(cut == behind.count ? cut : Self.characterStart(behind, cut)))
    }

    /// Finds the span again in `document` (the file as it is now).
    ///
    /// Accepts: the same bytes at the same range (exact); the quote moved by an edit before it,
    /// found with its context, or with the context of one side where an edit touched the other.
    /// Refuses: a quote that is gone, or whose copies stand beside none of its context (the
    /// same words in another passage are not this one).
    public func locate(in document: Document?) -> Located {
        guard let document, !quote.isEmpty else { return .lost }
        let q = Array(quote.utf8)
        // An unchanged file (the usual case) is told by the span's own bytes alone.
        if span.end <= document.byteCount, document.bytes(span.range) == q { return .exact(span) }
        let bytes = Array(document.text.utf8)
        let b = Array(before.utf8)
        let a = Array(after.utf8)
        let found = Self.occurrences(of: q, in: bytes)
        let inContext = found.filter { i in
            i >= b.count && bytes[(i - b.count)..<i].elementsEqual(b) && i + q.count + a.count <= bytes.count
                && bytes[(i + q.count)..<(i + q.count + a.count)].elementsEqual(a)
        }
        let choice: Int?
        if !inContext.isEmpty {
            // Several in full context: the one nearest where it was.
            choice = inContext.min { abs($0 - span.start) < abs($1 - span.start) }
        } else {
            // Beside one side of its context (an edit touched the other), once. A copy with
            // neither side is another passage that says the same words, not this one.
            let half = found.filter { i in
                (!b.isEmpty && i >= b.count && bytes[(i - b.count)..<i].elementsEqual(b))
                    || (!a.isEmpty && i + q.count + a.count <= bytes.count
                        && bytes[(i + q.count)..<(i + q.count + a.count)].elementsEqual(a))
            }
            choice = half.count == 1 ? half[0] : nil
        }
        guard let i = choice else { return .lost }
        return .moved(TextSpan(document: document.id, start: i, end: i + q.count))
    }

    static func occurrences(of needle: [UInt8], in hay: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        var out: [Int] = []
        let first = needle[0]
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { out.append(i) }
            i += 1
        }
        return out
    }

    /// The first byte at or after `i` that starts a character (not a UTF-8 continuation byte).
    static func characterStart(_ bytes: [UInt8], _ i: Int) -> Int {
        var i = i
        while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        return i
    }

    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
