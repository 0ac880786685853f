/// One word, number or punctuation mark of a document, located by UTF-8 byte offsets.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits ("Astana", "21st", "U2").
        case word
        /// Digits only ("2017", "3").
        case number
        /// Any other visible character, one per token.
        case punct
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// Lower-cased and diacritic-free form of a word; the normalised mark for punctuation.
    public var folded: String
    /// First letter is upper case ("Astana", "U").
    public var isCapitalized: Bool
    /// Every letter is upper case and there are letters ("UN", "HNC", "U").
    public var isAllCaps: Bool
    /// White space separates this token from the one before.
    public var spaceBefore: Bool
    /// Line breaks in that white space (a blank line counts 2).
    public var newlinesBefore: Int

    public var range: Range<Int> { start..<end }
    public var isWord: Bool { kind == .word }
    public var isAlphanumeric: Bool { kind != .punct }
}
