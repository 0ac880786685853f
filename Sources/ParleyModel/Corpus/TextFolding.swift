import Foundation

/// Case and diacritic folding shared by matching and search, so that "Önal", "ONAL" and
/// "onal" meet, and curly apostrophes equal straight ones.
public enum TextFolding {
    /// Folds a word: lower case, diacritics removed. ASCII takes a fast path because it is
    /// nearly all of the text.
    public static func fold<S: StringProtocol>(_ word: S) -> String {
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        if ascii {
            var bytes = [UInt8]()
            bytes.reserveCapacity(word.utf8.count)
            for b in word.utf8 { bytes.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
            return String(decoding: bytes, as: UTF8.self)
        }
        let folded = String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.map(normalisePunctuation)))
    }

    /// Folds every word of a phrase and joins them with single spaces: the comparison key of
    /// a name ("Kairat  Abdrakhmanov" and "kairat abdrakhmanov" share one).
    public static func key<S: StringProtocol>(_ phrase: S) -> String {
        Tokenizer.tokenize(String(phrase)).matchKeys.joined(separator: " ")
    }

    /// The text with every run of white space (line breaks included) made one space and none
    /// at either end: a name or a passage on one line.
    public static func singleSpaced(_ s: String) -> String {
        if let ascii = asciiSingleSpaced(s) { return ascii }
        // Nearly always the text is single-spaced already: check it before splitting. Any
        // non-ASCII scalar right after a space takes the slow path, so that a space carrying a
        // combining mark is judged exactly as the split judges it.
        var previousSpace = true
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (v == 0x20 && previousSpace) { return split(s) }
            if v >= 0x80, previousSpace || scalar.properties.isWhitespace { return split(s) }
            previousSpace = v == 0x20
        }
        return previousSpace ? split(s) : s
    }

    /// `singleSpaced` for ASCII text, on bytes (contexts cut from articles start and end with
    /// spaces, so the check above fails for them); nil when the text is not all ASCII. Text
    /// already single-spaced, the usual case, is returned as it is without allocating.
    private static func asciiSingleSpaced(_ s: String) -> String? {
        var copy = s
        return copy.withUTF8 { bytes -> String? in
            // ASCII white space as Character.isWhitespace sees it: tab to carriage return, space.
            @inline(__always) func isSpace(_ b: UInt8) -> Bool { (b >= 0x09 && b <= 0x0D) || b == 0x20 }
            var previousSpace = true
            var clean = true
            for b in bytes {
                if b >= 0x80 { return nil }
                if isSpace(b), b != 0x20 || previousSpace { clean = false }
                previousSpace = isSpace(b)
            }
            if clean, !previousSpace || bytes.isEmpty { return s }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for b in bytes {
                if isSpace(b) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func split(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Typographic variants that must not keep two spellings of one word apart.
    static func normalisePunctuation(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2018, 0x2019, 0x02BC, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011: return "-"
        case 0x0131: return "i"
        default: return s
        }
    }
}
