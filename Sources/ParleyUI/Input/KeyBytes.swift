/// Key streams written one byte per key, so that a byte string reads as what it types: the
/// dashboard fuzzer's inputs and its dictionary ("/talks\r" searches for "talks").
///
/// Printable ASCII is itself; `\r` and `\n` are Enter, ESC Escape, TAB Tab, DEL and BS
/// Backspace, the other control bytes Ctrl and a letter (0x04 is Ctrl-D); 0x80–0xEF are the
/// keys of `specials`, in turn. Bytes from 0xF0 up are left to the caller (resizes, clicks).
public enum KeyBytes {
    /// The keys with no character, and characters outside ASCII, from byte 0x80 on.
    public static let specials: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .backTab, .delete, .function(1), .character("é"),
        .character("😀"), .character("Ж"), .character("\u{301}"),
    ]

    /// The key a byte stands for; nil from 0xF0 up.
    public static func key(_ byte: UInt8) -> Key? {
        switch byte {
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x00..<0x20: return .ctrl(Character(UnicodeScalar(byte + 0x60)))
        case 0x20..<0x7F: return .character(Character(UnicodeScalar(byte)))
        case 0x80..<0xF0: return specials[Int(byte - 0x80) % specials.count]
        default: return nil
        }
    }

    /// The byte that stands for a key; nil for a key no byte stands for (a mouse event, a
    /// character outside ASCII and `specials`).
    public static func byte(_ key: Key) -> UInt8? {
        switch key {
        case .enter: return 0x0D
        case .escape: return 0x1B
        case .tab: return 0x09
        case .backspace: return 0x7F
        case .ctrl(let c):
            guard let a = c.asciiValue, a >= 0x60, a < 0x80, a != 0x60 + 0x0D, a != 0x60 + 0x0A, a != 0x60 + 0x1B, a != 0x60 + 0x09,
                a != 0x60 + 0x08
            else { return nil }
            return a - 0x60
        case .character(let c) where c.asciiValue.map { $0 >= 0x20 && $0 < 0x7F } ?? false: return c.asciiValue
        default: return specials.firstIndex(of: key).map { UInt8(0x80 + $0) }
        }
    }
}
