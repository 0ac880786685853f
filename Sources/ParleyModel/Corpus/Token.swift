/// One word, number or punctuation mark of a document, located by UTF-8 byte offsets.
///
/// Stored in 12 bytes (a corpus holds millions, all alive while it is analysed): the start as
/// a 32-bit offset, the length in 16 bits, the folded form as a `Word` number, kind and flags
/// in one byte. The loader reads files of at most 1 GiB, so offsets fit; the tokenizer splits
/// a run of letters longer than `maxLength` bytes, so lengths fit.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits ("Astana", "21st", "U2").
        case word
        /// Digits only ("2017", "3").
        case number
        /// Any other visible character, one per token.
        case punct
    }

    /// The longest token in bytes; a longer run of letters becomes several tokens.
    public static let maxLength = Int(UInt16.max)

    private var start32: UInt32
    /// Lower-cased and diacritic-free form of a word; the normalised mark for punctuation.
    public var word: Word
    private var length16: UInt16
    /// Kind in the low two bits, then capitalised, all caps, space before.
    private var bits: UInt8
    private var newlines8: UInt8

    private static let kindMask: UInt8 = 3
    private static let capitalizedBit: UInt8 = 4
    private static let allCapsBit: UInt8 = 8
    private static let spaceBit: UInt8 = 16

    public init(
        start: Int, end: Int, kind: Kind, word: Word, isCapitalized: Bool, isAllCaps: Bool,
        spaceBefore: Bool, newlinesBefore: Int
    ) {
        precondition(end - start <= Self.maxLength, "token of \(end - start) bytes")
        start32 = UInt32(start)
        length16 = UInt16(end - start)
        self.word = word
        bits =
            kind.rawValue | (isCapitalized ? Self.capitalizedBit : 0) | (isAllCaps ? Self.allCapsBit : 0)
            | (spaceBefore ? Self.spaceBit : 0)
        newlines8 = UInt8(min(newlinesBefore, 255))
    }

    public var kind: Kind {
        get { Kind(rawValue: bits & Self.kindMask) ?? .punct }
        set { bits = bits & ~Self.kindMask | newValue.rawValue }
    }

    /// The folded text (`word` as a string); extractors compare `word` instead.
    public var folded: String { word.text }

    /// First letter is upper case ("Astana", "U").
    public var isCapitalized: Bool { bits & Self.capitalizedBit != 0 }
    /// Every letter is upper case and there are letters ("UN", "HNC", "U").
    public var isAllCaps: Bool { bits & Self.allCapsBit != 0 }
    /// White space separates this token from the one before.
    public var spaceBefore: Bool { bits & Self.spaceBit != 0 }

    public var start: Int { Int(start32) }
    public var end: Int { Int(start32) + Int(length16) }
    /// Line breaks in the white space before the token (a blank line counts 2; at most 255).
    public var newlinesBefore: Int {
        get { Int(newlines8) }
        set { newlines8 = UInt8(min(max(newValue, 0), 255)) }
    }

    public var range: Range<Int> { start..<end }
    public var isWord: Bool { kind == .word }
    public var isAlphanumeric: Bool { kind != .punct }
}
