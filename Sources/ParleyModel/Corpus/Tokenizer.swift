/// Splits text into `Token`s: runs of letters and digits (with combining marks), and single
/// punctuation marks. Offsets are UTF-8 bytes from the start of the string, so they are file
/// offsets when the string is the whole file.
public enum Tokenizer {
    public static func tokenize(_ text: String, from startOffset: Int = 0) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var offset = startOffset
        var wordStart = -1
        var wordHasLetter = false
        var wordScalars = String.UnicodeScalarView()
        var newlines = 0
        var sawSpace = false
        var lastWasCR = false

        func flushWord() {
            guard wordStart >= 0 else { return }
            let raw = String(wordScalars)
            let folded = TextFolding.fold(raw)
            var firstUpper = false
            var anyLetter = false
            var allUpper = true
            for s in wordScalars where s.properties.isAlphabetic {
                if !anyLetter { firstUpper = s.properties.isUppercase }
                anyLetter = true
                if s.properties.isLowercase { allUpper = false }
            }
            tokens.append(Token(
                start: wordStart, end: offset, kind: wordHasLetter ? .word : .number, folded: folded,
                isCapitalized: firstUpper, isAllCaps: anyLetter && allUpper,
                spaceBefore: sawSpace, newlinesBefore: newlines))
            wordStart = -1
            wordHasLetter = false
            wordScalars = String.UnicodeScalarView()
            sawSpace = false
            newlines = 0
        }

        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            let v = scalar.value
            let isDigit = v >= 0x30 && v <= 0x39
            let isLetter: Bool
            if v < 0x80 {
                isLetter = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            } else {
                isLetter = scalar.properties.isAlphabetic
                    || (wordStart >= 0 && scalar.properties.generalCategory == .nonspacingMark)
            }
            if isLetter || isDigit {
                if wordStart < 0 { wordStart = offset }
                if isLetter { wordHasLetter = true }
                wordScalars.append(scalar)
                lastWasCR = false
                continue
            }
            flushWord()
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
                let mark = TextFolding.normalisePunctuation(scalar)
                tokens.append(Token(
                    start: offset, end: offset + width, kind: .punct,
                    folded: String(Character(mark)), isCapitalized: false, isAllCaps: false,
                    spaceBefore: sawSpace, newlinesBefore: newlines))
                sawSpace = false
                newlines = 0
            }
        }
        flushWord()
        return tokens
    }
}

extension Array where Element == Token {
    /// The folded words a name is matched by: punctuation attached to words ("U.N.", "al-Assad",
    /// "Workers'") is dropped so that spelling variants meet.
    public var matchKeys: [String] {
        compactMap { $0.kind == .punct ? nil : $0.folded }
    }
}
