/// One word, number or punctuation mark of a document, located by UTF-8 byte offsets.
///
/// Stored in 16 bytes (a corpus holds millions): offsets as 32-bit values, the folded form as
/// a `Word` number, flags in one byte. Files are capped well below 4 GiB by the loader, so the
/// offsets always fit.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits ("Astana", "21st", "U2").
        case word
        /// Digits only ("2017", "3").
        case number
        /// Any other visible character, one per token.
        case punct
    }

    private var start32: UInt32
    private var end32: UInt32
    /// Lower-cased and diacritic-free form of a word; the normalised mark for punctuation.
    public var word: Word
    public var kind: Kind
    private var flags: UInt8
    private var newlines8: UInt8

    private static let capitalizedBit: UInt8 = 1
    private static let allCapsBit: UInt8 = 2
    private static let spaceBit: UInt8 = 4

    public init(start: Int, end: Int, kind: Kind, word: Word, isCapitalized: Bool, isAllCaps: Bool,
                spaceBefore: Bool, newlinesBefore: Int) {
        start32 = UInt32(start)
        end32 = UInt32(end)
        self.kind = kind
        self.word = word
        flags = (isCapitalized ? Self.capitalizedBit : 0) | (isAllCaps ? Self.allCapsBit : 0) | (spaceBefore ? Self.spaceBit : 0)
        newlines8 = UInt8(min(newlinesBefore, 255))
    }

    /// The folded text (`word` as a string); extractors compare `word` instead.
    public var folded: String { word.text }

    /// First letter is upper case ("Astana", "U").
    public var isCapitalized: Bool { flags & Self.capitalizedBit != 0 }
    /// Every letter is upper case and there are letters ("UN", "HNC", "U").
    public var isAllCaps: Bool { flags & Self.allCapsBit != 0 }
    /// White space separates this token from the one before.
    public var spaceBefore: Bool { flags & Self.spaceBit != 0 }

    public var start: Int {
        get { Int(start32) }
        set { start32 = UInt32(newValue) }
    }
    public var end: Int {
        get { Int(end32) }
        set { end32 = UInt32(newValue) }
    }
    /// Line breaks in the white space before the token (a blank line counts 2; at most 255).
    public var newlinesBefore: Int {
        get { Int(newlines8) }
        set { newlines8 = UInt8(min(max(newValue, 0), 255)) }
    }

    public var range: Range<Int> { start..<end }
    public var isWord: Bool { kind == .word }
    public var isAlphanumeric: Bool { kind != .punct }
}
