import Foundation

/// Case and diacritic folding shared by matching and search, so that "Önal", "ONAL" and
/// "onal" meet, and curly apostrophes equal straight ones.
public enum TextFolding {
    /// Folds a word: lower case, diacritics removed. ASCII takes a fast path because it is
    /// nearly all of the text.
    public static func fold<S: StringProtocol>(_ word: S) -> String {
        var ascii = true
        for b in word.utf8 where b >= 0x80 {
            ascii = false
            break
        }
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
        if let simple = simpleSingleSpaced(s) { return simple }
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

    /// Whether a scalar is always a grapheme cluster of its own: printable ASCII, and the
    /// non-ASCII that news text and dashboard rows are made of (accented Latin letters, dashes,
    /// quotes, the ellipsis, arrows, box drawing, geometric shapes, control pictures). None of
    /// these joins a neighbour (no marks, joiners, variation selectors, prepended marks, line
    /// separators or regional indicators are among them), so text made of them can be read
    /// scalar by scalar, without breaking it into clusters, which is slow. Of these, only
    /// U+00A0 (no-break space) is white space.
    @inlinable
    public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool { standsAlone(scalar.value) }

    /// ``standsAlone(_:)`` for a scalar's value, as read off UTF-8 bytes.
    @inlinable
    public static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20..<0x7F, 0xA0...0xAC, 0xAE...0x17F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2400...0x2426, 0x2500...0x25FF,
            0xFFFD:
            true
        default: false
        }
    }

    /// The scalar that starts at `i` in UTF-8 `bytes`, and its length in bytes, when it is one
    /// that stands alone (see ``standsAlone(_:)``); nil for any other (a control, a mark, a
    /// scalar of four bytes). Text made only of such scalars can be read off its bytes.
    @inlinable
    public static func standingAlone(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int)? {
        let b = bytes[i]
        let value: UInt32
        let length: Int
        switch b {
        case 0..<0x80:
            value = UInt32(b)
            length = 1
        case 0xC2...0xDF:
            guard i + 1 < bytes.count else { return nil }
            value = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            length = 2
        case 0xE0...0xEF:
            guard i + 2 < bytes.count else { return nil }
            value = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            length = 3
        default:
            return nil
        }
        return standsAlone(value) ? (value, length) : nil
    }

    /// `singleSpaced` on the bytes, for text of ASCII and scalars that stand alone (contexts
    /// cut from articles start and end with spaces, and quotes and apostrophes are often
    /// curly, so the check above fails for them); nil for other text. ASCII white space and
    /// U+00A0 are then the only white space, and each is a cluster of its own. Text already
    /// single-spaced, the usual case, is returned as it is without allocating.
    private static func simpleSingleSpaced(_ s: String) -> String? {
        var copy = s
        return copy.withUTF8 { bytes -> String? in
            let n = bytes.count
            // The scalar at i: its length, and whether it is white space (ASCII as
            // Character.isWhitespace sees it: tab to carriage return, space; or U+00A0); nil
            // for one that does not stand alone.
            @inline(__always) func scalar(at i: Int) -> (length: Int, isSpace: Bool)? {
                if bytes[i] >= 0x09 && bytes[i] <= 0x0D { return (1, true) }
                guard let s = standingAlone(in: bytes, at: i) else { return nil }
                return (s.length, s.value == 0x20 || s.value == 0xA0)
            }
            // Where the text starts and ends, and whether a run of white space inside it is
            // anything but one space: most contexts only need trimming, which is one copy.
            var first = -1
            var last = 0
            var folds = false
            var run = 0
            var runIsOneSpace = false
            var i = 0
            while i < n {
                guard let s = scalar(at: i) else { return nil }
                if s.isSpace {
                    runIsOneSpace = run == 0 && bytes[i] == 0x20
                    run += s.length
                    i += s.length
                    continue
                }
                if first < 0 { first = i } else if run > 0, !runIsOneSpace { folds = true }
                run = 0
                i += s.length
                last = i
            }
            if first < 0 { return "" }
            if !folds {
                return first == 0 && last == n ? s : String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self)
            }
            // Every scalar was read above, so each stands alone; runs inside end before `last`.
            var out = [UInt8]()
            out.reserveCapacity(last - first)
            var segment = first
            i = first
            while i < last {
                let s = scalar(at: i)!
                guard s.isSpace else {
                    i += s.length
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<i]))
                out.append(0x20)
                while let t = scalar(at: i), t.isSpace { i += t.length }
                segment = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<last]))
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
