/// A word, number or punctuation mark as `DateFinder` sees it, located by UTF-8 byte offsets.
///
/// `DateFinder` keeps its own tokenizer because it needs distinctions a general one does not
/// make: "320,000" and "10:30" must stay one number that can never be a year or a day,
/// "24th" must be an ordinal, and an en dash must count as a range dash.
struct DateToken {
    enum Kind: Equatable {
        case word
        case number
        /// Hyphen, en dash, minus: joins "May 3-4", "three-day".
        case dash
        case period
        case comma
        /// ' and ’ inside "Kazakhstan's".
        case apostrophe
        /// Marks that end a clause or quotation: ; : ( ) quotes, em dash, ! ?
        case boundary
        /// Anything else: $ % # & and the like.
        case other
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// Lowercased text of a short ASCII word; empty otherwise. No keyword is longer, and small
    /// strings are stored inline, so this costs no allocation.
    var lower: String = ""
    var isCapitalized = false
    /// The value of a run of digits standing alone ("2017") or as an ordinal ("24th");
    /// nil when grouped or suffixed ("320,000", "1990s", "10:30").
    var value: Int?
    var isOrdinal = false
    var digitCount = 0
    /// False when `lower` is certainly none of `DateWords.anchors` (most words): set while
    /// the word is read, so the scan hashes only the few words that might be.
    var mayBeAnchor = false
    /// False when `lower` is certainly no word the tense reader looks up, set the same way.
    var mayBeTense = false

    static let maxWordLength = 12

    /// Splits UTF-8 bytes into tokens; whitespace (including no-break and other Unicode spaces)
    /// separates tokens and belongs to none, every other byte belongs to exactly one token.
    static func tokenize(_ b: [UInt8], words: DateWords) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(b.count / 4)
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if isASCIISpace(c) {
                    i += 1
                } else if isASCIILetter(c) {
                    let s = i
                    i = wordEnd(b, from: i)
                    tokens.append(word(b, s, i, words))
                } else if isDigit(c) {
                    i = numberToken(b, from: i, into: &tokens)
                } else {
                    tokens.append(DateToken(kind: punctuationKind(c), start: i, end: i + 1))
                    i += 1
                }
                continue
            }
            let (scalar, width) = decode(b, at: i)
            if isUnicodeSpace(scalar) {
                i += width
                continue
            }
            switch scalar {
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212:
                tokens.append(DateToken(kind: .dash, start: i, end: i + width))
                i += width
            case 0x2019:
                tokens.append(DateToken(kind: .apostrophe, start: i, end: i + width))
                i += width
            case 0x2014, 0x2015, 0x2018, 0x201C, 0x201D, 0x00AB, 0x00BB, 0x2026:
                tokens.append(DateToken(kind: .boundary, start: i, end: i + width))
                i += width
            default:
                if isWordScalar(scalar) {
                    let s = i
                    i = wordEnd(b, from: i)
                    tokens.append(word(b, s, i, words))
                } else {
                    tokens.append(DateToken(kind: .other, start: i, end: i + width))
                    i += width
                }
            }
        }
        return tokens
    }

    // MARK: - Pieces

    private static func word(_ b: [UInt8], _ s: Int, _ e: Int, _ words: DateWords) -> DateToken {
        var t = DateToken(kind: .word, start: s, end: e)
        t.isCapitalized = b[s] >= 0x41 && b[s] <= 0x5A
        let len = e - s
        guard len <= maxWordLength else { return t }
        for k in s..<e where b[k] >= 0x80 { return t }
        t.lower = String(unsafeUninitializedCapacity: len) { buf in
            for k in 0..<len {
                let c = b[s + k]
                buf[k] = (c >= 0x41 && c <= 0x5A) ? c + 0x20 : c
            }
            return len
        }
        t.mayBeAnchor = len >= 2 && words.mayBeAnchor(length: len, first: b[s] | 0x20, second: b[s + 1] | 0x20, last: b[e - 1] | 0x20)
        t.mayBeTense =
            len < 2 || words.mayBeTenseWord(length: len, first: b[s] | 0x20, second: b[s + 1] | 0x20, last: b[e - 1] | 0x20)
        return t
    }

    /// A letter-led run of letters, digits and combining marks ("G20" is one word).
    private static func wordEnd(_ b: [UInt8], from start: Int) -> Int {
        var i = start
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                guard isASCIILetter(c) || isDigit(c) else { break }
                i += 1
            } else {
                let (scalar, width) = decode(b, at: i)
                guard isWordScalar(scalar) else { break }
                i += width
            }
        }
        return i
    }

    /// Digits, digits joined by , . : / ("320,000", "2.5", "10:30"), and a letter suffix
    /// ("24th", "1990s", "10am"); only a bare or ordinal run gets a `value`.
    private static func numberToken(_ b: [UInt8], from start: Int, into tokens: inout [DateToken]) -> Int {
        let n = b.count
        var i = start
        while i < n, isDigit(b[i]) { i += 1 }
        let digits = i - start
        var grouped = false
        while i + 1 < n, b[i] == 0x2C || b[i] == 0x2E || b[i] == 0x3A || b[i] == 0x2F, isDigit(b[i + 1]) {
            grouped = true
            i += 1
            while i < n, isDigit(b[i]) { i += 1 }
        }
        let suffixStart = i
        while i < n, isASCIILetter(b[i]) || isDigit(b[i]) { i += 1 }
        var t = DateToken(kind: .number, start: start, end: i)
        t.digitCount = digits
        let suffixLength = i - suffixStart
        var ordinal = false
        if suffixLength == 2 {
            let a = b[suffixStart] | 0x20
            let z = b[suffixStart + 1] | 0x20
            ordinal =
                (a == 0x73 && z == 0x74) || (a == 0x6E && z == 0x64)  // st, nd
                || (a == 0x72 && z == 0x64) || (a == 0x74 && z == 0x68)  // rd, th
        }
        if !grouped, digits <= 9, suffixLength == 0 || ordinal {
            var v = 0
            for k in start..<(start + digits) { v = v * 10 + Int(b[k] - 0x30) }
            t.value = v
            t.isOrdinal = ordinal
        }
        tokens.append(t)
        return i
    }

    private static func punctuationKind(_ c: UInt8) -> Kind {
        switch c {
        case 0x2D: return .dash
        case 0x2E: return .period
        case 0x2C: return .comma
        case 0x27: return .apostrophe
        case 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x21, 0x3F: return .boundary
        default: return .other
        }
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    @inline(__always) private static func isASCIILetter(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    @inline(__always) private static func isASCIISpace(_ c: UInt8) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D)
    }

    private static func isUnicodeSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    private static func isWordScalar(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    /// The scalar starting at a lead byte; the input comes from a `String`, so it is valid UTF-8.
    private static func decode(_ b: [UInt8], at i: Int) -> (UInt32, Int) {
        let c = UInt32(b[i])
        if c < 0xE0 {
            return (((c & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2)
        }
        if c < 0xF0 {
            return (((c & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3)
        }
        return (
            ((c & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12)
                | ((UInt32(b[i + 2]) & 0x3F) << 6) | (UInt32(b[i + 3]) & 0x3F), 4
        )
    }
}
