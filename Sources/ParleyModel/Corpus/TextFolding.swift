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
