/// Splits text into `Token`s: runs of letters and digits (with combining marks), and single
/// punctuation marks. Offsets are UTF-8 bytes from the start of the string, so they are file
/// offsets when the string is the whole file.
///
/// It reads UTF-8 bytes directly: news text is nearly all ASCII, and for ASCII the letter,
/// case and folding tests are byte comparisons. Other scalars take the Unicode property path.
public enum Tokenizer {
    public static func tokenize(_ text: String, from startOffset: Int = 0) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize(bytes: $0, from: startOffset) }
    }

    static func tokenize(bytes: UnsafeBufferPointer<UInt8>, from base: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var wordStart = -1
        var wordHasLetter = false
        var wordIsASCII = true
        var firstLetterSeen = false
        var firstUpper = false
        var anyLower = false
        var newlines = 0
        var sawSpace = false
        var lastWasCR = false

        // Folded ASCII words are made here, then numbered by the lexicon without a String.
        // (Made on the first long word: most texts, and every name, have none.)
        var scratch: [UInt8] = []
        let lexicon = Lexicon.shared
        let cache = WordCache.forCurrentThread()
        let marks = asciiMarks
        let asciiClasses = Self.asciiClasses

        func flushWord(at end: Int) {
            guard wordStart >= 0 else { return }
            let word: Word
            if wordIsASCII, end - wordStart <= WordCache.maxLength {
                // Folded and packed in one pass, for the thread's cache of short words.
                var low: UInt64 = 0
                var high: UInt64 = 0
                for k in 0..<(end - wordStart) {
                    let b = bytes[wordStart + k]
                    let folded = UInt64(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                    if k < 8 { low |= folded << UInt64(8 * k) } else { high |= folded << UInt64(8 * (k - 8)) }
                }
                word = cache.word(low: low, high: high, length: end - wordStart)
            } else if wordIsASCII {
                let length = end - wordStart
                if length > scratch.count { scratch = [UInt8](repeating: 0, count: length) }
                word = scratch.withUnsafeMutableBufferPointer { out in
                    for k in 0..<length {
                        let b = bytes[wordStart + k]
                        out[k] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    }
                    return lexicon.intern(UnsafeBufferPointer(rebasing: out[0..<length]))
                }
            } else {
                word = lexicon.intern(
                    TextFolding.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self)))
            }
            tokens.append(
                Token(
                    start: base + wordStart, end: base + end, kind: wordHasLetter ? .word : .number, word: word,
                    isCapitalized: firstUpper, isAllCaps: firstLetterSeen && !anyLower,
                    spaceBefore: sawSpace, newlinesBefore: newlines))
            wordStart = -1
            wordHasLetter = false
            wordIsASCII = true
            firstLetterSeen = false
            firstUpper = false
            anyLower = false
            sawSpace = false
            newlines = 0
        }

        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            // Most words are ASCII letters and digits only: each is read in one pass that
            // folds it, packs it for the word cache and takes its flags. A run that goes on
            // with a non-ASCII byte (a letter, perhaps) is left to the general path below.
            if wordStart < 0, b < 0x80, asciiClasses[Int(b)] != 0 {
                var j = i
                var classes: UInt8 = 0
                while j < n {
                    let c = bytes[j]
                    guard c < 0x80 else { break }
                    let cls = asciiClasses[Int(c)]
                    guard cls != 0 else { break }
                    classes |= cls
                    j += 1
                }
                // "the 8thround": an ordinal with the next word glued on by a lost space is
                // read as the two words it stands for.
                if classes & digitClass != 0, classes & lowerClass != 0, asciiClasses[Int(b)] == digitClass,
                    let cut = Self.gluedOrdinalEnd(bytes, from: i, to: j)
                {
                    j = cut
                }
                let length = j - i
                if j == n || bytes[j] < 0x80, length <= Token.maxLength {
                    // The case of the first letter (nearly always the first byte).
                    var firstLetter: UInt8 = 0
                    if classes & (upperClass | lowerClass) != 0 {
                        var k = i
                        while asciiClasses[Int(bytes[k])] == digitClass { k += 1 }
                        firstLetter = asciiClasses[Int(bytes[k])]
                    }
                    let word: Word
                    if length <= WordCache.maxLength {
                        let (low, high) = packFolded(bytes, from: i, length: length)
                        word = cache.word(low: low, high: high, length: length)
                    } else {
                        if length > scratch.count { scratch = [UInt8](repeating: 0, count: length) }
                        word = scratch.withUnsafeMutableBufferPointer { out in
                            for k in 0..<length { out[k] = bytes[i + k] | 0x20 }
                            return lexicon.intern(UnsafeBufferPointer(rebasing: out[0..<length]))
                        }
                    }
                    tokens.append(
                        Token(
                            start: base + i, end: base + j, kind: firstLetter != 0 ? .word : .number, word: word,
                            isCapitalized: firstLetter == upperClass, isAllCaps: firstLetter != 0 && classes & lowerClass == 0,
                            spaceBefore: sawSpace, newlinesBefore: newlines))
                    sawSpace = false
                    newlines = 0
                    lastWasCR = false
                    i = j
                    continue
                }
            }
            var v = UInt32(b)
            var width = 1
            if b >= 0x80 {
                (v, width) = decode(bytes, at: i)
            }
            // Letters and digits extend a word.
            if b < 0x80 {
                let upper = b >= 0x41 && b <= 0x5A
                let lower = b >= 0x61 && b <= 0x7A
                if upper || lower || (b >= 0x30 && b <= 0x39) {
                    if wordStart >= 0, i - wordStart >= Token.maxLength { flushWord(at: i) }
                    if wordStart < 0 { wordStart = i }
                    if upper || lower {
                        wordHasLetter = true
                        if !firstLetterSeen {
                            firstLetterSeen = true
                            firstUpper = upper
                        }
                        if lower { anyLower = true }
                    }
                    lastWasCR = false
                    i += 1
                    continue
                }
            } else if let scalar = Unicode.Scalar(v) {
                let p = scalar.properties
                if p.isAlphabetic || (wordStart >= 0 && p.generalCategory == .nonspacingMark)
                    || (v == 0xFFFD && wordStart >= 0 && firstUpper && Self.lowercaseLettersFollow(bytes, at: i + width))
                {
                    // A run longer than a token can hold goes on in a new token (no space before).
                    if wordStart >= 0, i + width - wordStart > Token.maxLength { flushWord(at: i) }
                    if wordStart < 0 { wordStart = i }
                    wordIsASCII = false
                    if p.isAlphabetic {
                        wordHasLetter = true
                        if !firstLetterSeen {
                            firstLetterSeen = true
                            firstUpper = p.isUppercase
                        }
                        if p.isLowercase { anyLower = true }
                    }
                    lastWasCR = false
                    i += width
                    continue
                }
            }
            flushWord(at: i)
            defer { i += width }
            switch v {
            case 0x0A:
                if !lastWasCR { newlines += 1 }
                sawSpace = true
                lastWasCR = false
            case 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                newlines += 1
                sawSpace = true
                lastWasCR = v == 0x0D
            case 0x20, 0x09, 0xA0, 0xFEFF, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000:
                sawSpace = true
                lastWasCR = false
            default:
                lastWasCR = false
                if v < 0x20 || (v >= 0x7F && v < 0xA0) {
                    // Control characters (and the substitute for invalid bytes) separate words.
                    sawSpace = true
                    continue
                }
                let mark =
                    v < 0x80
                    ? marks[Int(v)]
                    : lexicon.intern(String(Character(Unicode.Scalar(v).map(TextFolding.normalisePunctuation) ?? "\u{FFFD}")))
                tokens.append(
                    Token(
                        start: base + i, end: base + i + width, kind: .punct,
                        word: mark, isCapitalized: false, isAllCaps: false,
                        spaceBefore: sawSpace, newlinesBefore: newlines))
                sawSpace = false
                newlines = 0
            }
        }
        flushWord(at: n)
        return tokens
    }

    /// A run of ASCII letters and digits (1 to 16 bytes) folded to lower case and packed
    /// little-endian into two integers, unused bytes zero. Every byte of such a run but an
    /// upper-case letter has bit 0x20 set already, so folding is or-ing it in.
    @inline(__always)
    static func packFolded(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, length: Int) -> (UInt64, UInt64) {
        #if _endian(little)
            if i + 16 <= bytes.count {
                let raw = UnsafeRawPointer(bytes.baseAddress! + i)
                let lowMask: UInt64 = length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1
                let highMask: UInt64 = length >= 16 ? ~0 : length <= 8 ? 0 : (1 << UInt64(8 * (length - 8))) - 1
                let low = (raw.loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020) & lowMask
                let high = (raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) | 0x2020_2020_2020_2020) & highMask
                return (low, high)
            }
        #endif
        var low: UInt64 = 0
        var high: UInt64 = 0
        for k in 0..<length {
            let folded = UInt64(bytes[i + k] | 0x20)
            if k < 8 { low |= folded << UInt64(8 * k) } else { high |= folded << UInt64(8 * (k - 8)) }
        }
        return (low, high)
    }

    // ASCII letters and digits by class: bits, so that a word's classes can be or-ed together.
    private static let upperClass: UInt8 = 1
    private static let lowerClass: UInt8 = 2
    private static let digitClass: UInt8 = 4
    private static let asciiClasses: [UInt8] = (0..<128).map { b in
        b >= 0x41 && b <= 0x5A ? upperClass : b >= 0x61 && b <= 0x7A ? lowerClass : b >= 0x30 && b <= 0x39 ? digitClass : 0
    }

    /// Whether three lower-case ASCII letters start at `i`: inside a capitalised word, an
    /// unreadable character (U+FFFD) then stands for one of its letters ("Lavren\u{FFFD}iev"),
    /// where "Russia\u{FFFD}s", "don\u{FFFD}t" (a lost apostrophe) and "the\u{FFFD}talks" (a
    /// lost space) still split.
    @inline(__always)
    static func lowercaseLettersFollow(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 3 <= bytes.count else { return false }
        for k in i..<(i + 3) where !(bytes[k] >= 0x61 && bytes[k] <= 0x7A) { return false }
        return true
    }

    /// English ordinal endings, the tokenizer's own (the lexicons are read with it, so it
    /// cannot read them): "8th", "21st", "22nd", "3rd".
    static let ordinalEndings: [(UInt8, UInt8)] = [(0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68)]
    /// How many lower-case letters must follow an ordinal's ending for them to be a word of
    /// their own ("8thround", "4thmeeting"), not a longer ending.
    static let gluedWordMinimum = 3

    /// Where the ordinal ends in the digits-and-letters run `from..<to`, if the run is an
    /// ordinal with a lower-case word glued on: "8thround" ends after "8th". Refused: "8th"
    /// (nothing glued), "8thly" (too short to be a word), "8x4" and "21stRound" (a letter that
    /// is no ending, or a capital: a name, not a lost space).
    static func gluedOrdinalEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        var k = from
        while k < to, bytes[k] >= 0x30, bytes[k] <= 0x39 { k += 1 }
        guard k > from, k + 2 + gluedWordMinimum <= to else { return nil }
        let ending = (bytes[k] | 0x20, bytes[k + 1] | 0x20)
        guard ordinalEndings.contains(where: { $0 == ending }) else { return nil }
        for q in (k + 2)..<to where !(bytes[q] >= 0x61 && bytes[q] <= 0x7A) { return nil }
        return k + 2
    }

    /// The word of every ASCII character, for punctuation marks without a look-up.
    static let asciiMarks: [Word] = (0..<128).map { Word(String(UnicodeScalar(UInt8($0)))) }

    /// The scalar starting at a non-ASCII byte, and its length in bytes. The bytes come from a
    /// Swift `String`, so they are valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = UInt32(bytes[i])
        let n = bytes.count
        if b < 0xE0, i + 1 < n { return ((b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b < 0xF0, i + 2 < n {
            return ((b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < n {
            return (
                (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }
}

extension Array where Element == Token {
    /// The folded words a name is matched by: punctuation attached to words ("U.N.", "al-Assad",
    /// "Workers'") is dropped so that spelling variants meet.
    public var matchKeys: [String] {
        compactMap { $0.kind == .punct ? nil : $0.folded }
    }

    /// The words a name is matched by, as word numbers: as `matchKeys`, but only the marks the
    /// matcher skips in text (full stops, hyphens, apostrophes) are dropped, so that a name
    /// whose other marks are part of it ("P4+1") is matched mark for mark.
    public var matchWords: [Word] {
        compactMap { t in
            t.kind != .punct ? t.word : (t.word == .period || t.word == .hyphen || t.word == .apostrophe ? nil : t.word)
        }
    }
}
