/// A folded word (or punctuation mark) as a number in the `Lexicon`: equal numbers, equal
/// folded text. Numbers differ between runs, so nothing may be ordered or saved by them.
public struct Word: Hashable, Sendable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The word for a folded text, made on first sight.
    public init(_ folded: String) { self = Lexicon.shared.intern(folded) }

    /// The folded text.
    public var text: String { Lexicon.shared.text(self) }

    /// An index for tables over every word (`Lexicon.bound` long).
    public var index: Int { Int(rawValue) }

    // Punctuation the extractors test for, numbered once.
    public static let period = Word(".")
    public static let comma = Word(",")
    public static let hyphen = Word("-")
    public static let apostrophe = Word("'")
    public static let quote = Word("\"")
    public static let semicolon = Word(";")
    public static let openParen = Word("(")
    public static let closeParen = Word(")")
    public static let emDash = Word("—")
    public static let enDash = Word("–")
}

/// A fixed set of words (a lexicon of cues, titles, stop words), tested in constant time by
/// word number.
public struct WordSet: Sendable {
    private var bits: [UInt64] = []

    public init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { insert(Word(w)) }
    }

    public mutating func insert(_ word: Word) {
        let i = word.index
        if i >> 6 >= bits.count { bits += Array(repeating: 0, count: (i >> 6) - bits.count + 1) }
        bits[i >> 6] |= 1 << UInt64(i & 63)
    }

    /// Adds every word of another set.
    public mutating func formUnion(_ other: WordSet) {
        if other.bits.count > bits.count { bits += Array(repeating: 0, count: other.bits.count - bits.count) }
        for k in other.bits.indices { bits[k] |= other.bits[k] }
    }

    @inline(__always)
    public func contains(_ word: Word) -> Bool {
        let i = word.index
        return i >> 6 < bits.count && bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }
}
