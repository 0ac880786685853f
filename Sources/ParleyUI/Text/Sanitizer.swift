/// Makes untrusted article text safe to put on a terminal.
///
/// No control character ever passes through: an article containing `"\u{1B}[31m"` would
/// otherwise recolour the screen, and OSC sequences can retitle the window or write to the
/// clipboard. Each control character becomes a visible one-cell placeholder instead, so the
/// reader sees that it is there:
///
/// | input                                   | shown as                                   |
/// |-----------------------------------------|--------------------------------------------|
/// | C0 controls U+0000–U+001F (ESC included) | Control Pictures U+2400 + n ("␛" for ESC, "␇" for BEL) |
/// | DEL U+007F and C1 controls U+0080–U+009F | "�" (U+FFFD)                               |
/// | TAB                                     | one space (see below)                      |
/// | LF, CR, CR LF, U+2028, U+2029           | per ``NewlinePolicy``                      |
/// | bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) | removed |
///
/// So `"\u{1B}[31m"` shows as `"␛[31m"` and `"\u{1B}]0;title\u{07}"` as `"␛]0;title␇"`.
///
/// Tabs become a single space rather than expanding to tab stops: the sanitised text then has
/// the same width wherever it is drawn, which keeps word-wrapping and truncation simple, and
/// articles use tabs only as stray whitespace.
///
/// Bidi override characters are removed because they can make text display in an order
/// different from the one stored (the "Trojan Source" trick) in terminals that reorder.
public enum Sanitizer {
    /// What to do with line breaks.
    public enum NewlinePolicy: Sendable, Hashable {
        /// Show each line break as a placeholder: "␊" for LF, "␍" for CR ("␍␊" for CR LF),
        /// "␤" for U+2028 and U+2029. For text drawn on a single row.
        case placeholder
        /// Keep line breaks, normalised to a single "\n" (CR LF, lone CR, U+2028 and U+2029
        /// all become "\n"), for callers that split lines themselves, such as ``WordWrap``.
        case keep
    }

    /// The placeholder shown for DEL, C1 controls and anything else unprintable.
    public static let replacementCharacter: Character = "\u{FFFD}"

    /// Returns `text` with every control character replaced by a visible placeholder.
    ///
    /// The result contains no scalar in the C0 or C1 control ranges and no DEL, except
    /// "\n" when `newlines` is ``NewlinePolicy/keep``.
    public static func sanitize<S: StringProtocol>(_ text: S, newlines: NewlinePolicy = .placeholder) -> String {
        // Fast path: nothing to change.
        if isSafe(text) { return String(text) }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar.value == 0x0D }
            if scalar.value == 0x0A, previousWasCR, newlines == .keep {
                continue  // CR LF: the CR already produced "\n"
            }
            switch replacement(for: scalar, newlines: newlines) {
            case .keep:
                result.append(scalar)
            case .replace(let replacement):
                result.append(replacement)
            case .remove:
                break
            }
        }
        return String(result)
    }

    /// Whether `text` is already safe: ``sanitize(_:newlines:)`` would return it unchanged
    /// with ``NewlinePolicy/placeholder``.
    public static func isSafe<S: StringProtocol>(_ text: S) -> Bool {
        // On the bytes, as every row drawn is checked: C0 and DEL are single bytes, C1 is
        // C2 80–9F, U+2028–U+202E is E2 80 A8–AE and U+2066–U+2069 is E2 81 A6–A9 (a lead
        // byte is never a continuation byte, so the two bytes before one are its own).
        var last: UInt8 = 0
        var beforeLast: UInt8 = 0
        for b in text.utf8 {
            if b < 0x20 || b == 0x7F { return false }
            if last == 0xC2, b >= 0x80, b <= 0x9F { return false }
            if beforeLast == 0xE2, (last == 0x80 && b >= 0xA8 && b <= 0xAE) || (last == 0x81 && b >= 0xA6 && b <= 0xA9) { return false }
            beforeLast = last
            last = b
        }
        return true
    }

    /// Whether `scalar` is a line break (LF, CR, U+2028, U+2029).
    public static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x2028, 0x2029: return true
        default: return false
        }
    }

    // MARK: - Implementation

    private enum Replacement {
        case keep
        case replace(Unicode.Scalar)
        case remove
    }

    /// The scalars ``sanitize(_:newlines:)`` changes; ``isSafe(_:)`` reads the same rule off the bytes.
    static func needsAttention(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if value < 0x2028 { return false }
        return value == 0x2028 || value == 0x2029 || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    private static func replacement(for scalar: Unicode.Scalar, newlines: NewlinePolicy) -> Replacement {
        let value = scalar.value
        switch value {
        case 0x09:
            return .replace(" ")
        case 0x0A, 0x0D:
            if newlines == .keep { return .replace("\n") }
            return .replace(Unicode.Scalar(0x2400 + value)!)  // ␊ ␍
        case 0x00..<0x20:
            return .replace(Unicode.Scalar(0x2400 + value)!)  // ␀ … ␟, ␛ for ESC
        case 0x7F...0x9F:
            return .replace("\u{FFFD}")
        case 0x2028, 0x2029:
            return newlines == .keep ? .replace("\n") : .replace("\u{2424}")  // ␤
        case 0x202A...0x202E, 0x2066...0x2069:
            return .remove
        default:
            return .keep
        }
    }
}
