/// A parsed search: words, "quoted phrases" and prefix* terms, all folded. Every part must
/// match (AND), as in most search boxes.
public struct Query: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case word(String)
        case prefix(String)
        case phrase([String])
    }

    public var parts: [Part]
    /// The query as typed.
    public var text: String

    public init(_ text: String) {
        self.text = text
        var parts: [Part] = []
        var rest = Substring(text)
        while let q = rest.firstIndex(where: { $0 == "\"" || $0 == "“" || $0 == "”" }) {
            parts += Self.words(rest[..<q])
            let after = rest[rest.index(after: q)...]
            let close = after.firstIndex(where: { $0 == "\"" || $0 == "“" || $0 == "”" }) ?? after.endIndex
            let words = Tokenizer.tokenize(String(after[..<close])).matchKeys
            if words.count == 1 { parts.append(.word(words[0])) } else if !words.isEmpty { parts.append(.phrase(words)) }
            rest = close < after.endIndex ? after[after.index(after: close)...] : ""
        }
        parts += Self.words(rest)
        self.parts = parts
    }

    private static func words(_ s: Substring) -> [Part] {
        var parts: [Part] = []
        for raw in s.split(whereSeparator: { $0.isWhitespace }) {
            let isPrefix = raw.hasSuffix("*")
            let keys = Tokenizer.tokenize(String(raw)).matchKeys
            guard !keys.isEmpty else { continue }
            if keys.count > 1 {
                // "al-Assad", "U.N." typed as one word: a phrase of its parts.
                parts.append(.phrase(keys))
            } else if isPrefix {
                parts.append(.prefix(keys[0]))
            } else {
                parts.append(.word(keys[0]))
            }
        }
        return parts
    }

    public var isEmpty: Bool { parts.isEmpty }
}
