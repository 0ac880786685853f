import ParleyModel

/// How many terminal cells text occupies, computed in pure Swift.
///
/// The rules, applied to each grapheme cluster (a Swift `Character`):
/// - Zero width: combining and enclosing marks (Mn, Me), format characters (Cf, such as
///   ZERO WIDTH JOINER, ZERO WIDTH SPACE U+200B, SOFT HYPHEN), variation selectors and the
///   other default-ignorable code points, and conjoining Hangul vowels and finals.
/// - Two cells: East Asian Wide and Fullwidth characters (CJK ideographs, Hangul syllables,
///   kana, fullwidth forms, CJK punctuation), characters with emoji presentation
///   (Emoji_Presentation, including regional-indicator flags), and emoji followed by the
///   emoji variation selector U+FE0F.
/// - One cell: everything else, including East Asian Ambiguous characters (box drawing,
///   curly quotes, dashes), as terminals in non-CJK locales draw them.
///
/// A cluster takes the width of its first scalar that has a width (so "e" plus a combining
/// accent is 1, a ZWJ family emoji is 2, a flag is 2, "👍🏽" is 2); a cluster made only of
/// zero-width scalars is 0.
///
/// Control characters are not this type's business: text reaching the screen goes through
/// ``Sanitizer`` first, which replaces each one with a one-cell placeholder. For that
/// reason a control character measures 1 here, the width of its placeholder.
///
/// No locale and no `wcwidth` are involved, so results are the same everywhere and in tests.
public enum DisplayWidth {
    /// The ellipsis appended by ``truncate(_:to:ellipsis:)``.
    public static let ellipsis: Character = "…"

    /// The width in cells of one Unicode scalar taken on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0xA0 { return 1 }  // ASCII, DEL and C1 (controls are one-cell placeholders, see the type's documentation)
        if let width = commonWidth(value) { return width }
        return propertyWidth(scalar)
    }

    /// The width of the non-ASCII scalars that dashboard rows are made of (accented Latin,
    /// dashes, quotes, the ellipsis, arrows, box lines, shapes, control pictures), without
    /// looking up Unicode properties: every row of a concordance holds a "│", and a lookup
    /// per cell was a tenth of a key's time. Nil for the rest. A test checks that this agrees
    /// with ``propertyWidth(_:)`` for every scalar it answers.
    @inline(__always)
    static func commonWidth(_ value: UInt32) -> Int? {
        switch value {
        case 0xAD: 0  // SOFT HYPHEN, a format character
        case 0xA0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2400...0x2426, 0x2500...0x25FC, 0x25FF, 0xFFFD: 1
        case 0x25FD, 0x25FE: 2  // small squares with emoji presentation
        default: nil
        }
    }

    /// The width of one scalar from its Unicode properties: the rules in the type's documentation.
    static func propertyWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0xA0 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The width in cells of one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        // Fast path: a cluster of a single ASCII scalar.
        if first.value < 0x80, character.utf8.count == 1 { return 1 }

        var baseWidth = -1
        var base = first
        var hasEmojiVariation = false
        var hasTextVariation = false
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F: hasEmojiVariation = true
            case 0xFE0E: hasTextVariation = true
            default: break
            }
            if baseWidth < 0 {
                let width = of(scalar)
                if width > 0 {
                    baseWidth = width
                    base = scalar
                }
            }
        }
        if baseWidth < 0 { return 0 }
        if hasEmojiVariation && base.properties.isEmoji { return 2 }
        // An emoji asked for in text presentation ("⌚︎") takes one cell, unless it is East Asian Wide anyway.
        if hasTextVariation && baseWidth == 2 && base.properties.isEmojiPresentation && !isWide(base.value) { return 1 }
        return baseWidth
    }

    /// The width in cells of a string: the sum of the widths of its grapheme clusters.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        // Printable ASCII, nearly all news text, is one cell a byte.
        if isPrintableASCII(text) { return text.utf8.count }
        if let width = simpleWidth(text) { return width }
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// Shortens `text` to at most `width` cells.
    ///
    /// Text that fits is returned unchanged. Otherwise the result is exactly `width` cells:
    /// as many whole grapheme clusters as fit in `width - 1` cells, followed by `ellipsis`;
    /// when a wide character would straddle the limit it becomes a space. Clusters are never
    /// split. A `width` of 0 or less gives the empty string.
    public static func truncate(_ text: String, to width: Int, ellipsis: Character = DisplayWidth.ellipsis) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        guard ellipsisWidth <= width else { return String(repeating: " ", count: width) }
        var result = fitting(text, in: width - ellipsisWidth)
        result.append(ellipsis)
        return result
    }

    /// Truncates `text` to `width` cells (see ``truncate(_:to:ellipsis:)``) and pads it with
    /// spaces so that the result is exactly `width` cells wide.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .leading) -> String {
        guard width > 0 else { return "" }
        let truncated = truncate(text, to: width)
        let missing = width - of(truncated)
        guard missing > 0 else { return truncated }
        switch alignment {
        case .leading:
            return truncated + String(repeating: " ", count: missing)
        case .trailing:
            return String(repeating: " ", count: missing) + truncated
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + truncated + String(repeating: " ", count: missing - left)
        }
    }

    /// The longest prefix of `text` made of whole clusters that fits in `width` cells,
    /// padded to exactly `width` cells with one space when a wide character would have
    /// straddled the limit. Shorter text is returned unchanged (not padded).
    public static func fitting(_ text: String, in width: Int) -> String {
        guard width > 0 else { return "" }
        if isPrintableASCII(text) { return text.utf8.count <= width ? text : String(text.utf8.prefix(width))! }
        if let cut = simplePrefix(text, width: width) {
            // Every scalar is its own cluster: cut by scalars, as the cluster loop below would.
            guard cut.bytes < text.utf8.count else { return text }
            return String(text.utf8.prefix(cut.bytes))! + (cut.used < width ? " " : "")
        }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width {
                if used < width { result.append(" ") }  // the wide character becomes a space
                break
            }
            result.append(character)
            used += w
        }
        return result
    }

    /// Horizontal placement used by ``pad(_:to:alignment:)``.
    public enum Alignment: Sendable, Hashable {
        /// Text at the start, padding after it.
        case leading
        /// Padding before the text.
        case trailing
        /// Padding split on both sides (the extra space, if any, on the right).
        case center
    }

    /// The width of text whose every scalar is a grapheme cluster of its own
    /// (``TextFolding/standsAlone(_:)``), summed by scalars without breaking the text into
    /// clusters, which is slow; nil for other text.
    static func simpleWidth<S: StringProtocol>(_ text: S) -> Int? {
        simplePrefix(text, width: Int.max).map(\.used)
    }

    /// Whether every scalar of `text` is a cluster of its own, so that it can be read by scalars.
    static func isSimple<S: StringProtocol>(_ text: S) -> Bool {
        simpleWidth(text) != nil
    }

    /// For text whose every scalar stands alone: how many of its bytes fit in `width` cells
    /// (whole scalars) and how many cells they take; nil for other text. Read off the UTF-8,
    /// because rows are measured and cut several times each as they are made.
    static func simplePrefix<S: StringProtocol>(_ text: S, width: Int) -> (bytes: Int, used: Int)? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ simplePrefix($0, width: width) }) { return result }
        var copy = String(text)
        return copy.withUTF8 { simplePrefix($0, width: width) }
    }

    private static func simplePrefix(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> (bytes: Int, used: Int)? {
        var used = 0
        var end = 0
        var fits = true
        var i = 0
        while i < bytes.count {
            // Past the cut, the rest is still read: one scalar that joins its neighbour
            // would make the cut by clusters differ.
            guard let s = TextFolding.standingAlone(in: bytes, at: i) else { return nil }
            i += s.length
            guard fits else { continue }
            let w = s.value < 0x7F ? 1 : (commonWidth(s.value) ?? 1)
            if used + w > width {
                fits = false
                continue
            }
            used += w
            end = i
        }
        return (end, used)
    }

    /// Every byte printable ASCII: then a byte is a character and a cell.
    @inline(__always)
    public static func isPrintableASCII<S: StringProtocol>(_ text: S) -> Bool {
        for b in text.utf8 where b < 0x20 || b >= 0x7F { return false }
        return true
    }

    // MARK: - Tables

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Conjoining Hangul medial vowels and final consonants.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        // Prepended concatenation marks are format characters that are nevertheless visible.
        if (0x0600...0x0605).contains(value) || value == 0x06DD || value == 0x070F
            || value == 0x0890 || value == 0x0891 || value == 0x08E2 || value == 0x110BD || value == 0x110CD
        {
            return false
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return properties.isDefaultIgnorableCodePoint
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, not counting emoji, which are covered
    /// by the Emoji_Presentation property. Sorted, non-overlapping, inclusive.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed CJK, compatibility
        0x3400...0x4DBF,  // CJK Extension A
        0x4E00...0x9FFF,  // CJK Unified Ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo Extended-A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1,
        0x17000...0x18CFF,  // Tangut, Khitan
        0x18D00...0x18D08,
        0x1AFF0...0x1B2FF,  // kana extended and supplements, Nushu
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
        0x20000...0x2FFFD,  // CJK Extensions B to F, compatibility supplement
        0x30000...0x3FFFD,  // CJK Extensions G and H
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
