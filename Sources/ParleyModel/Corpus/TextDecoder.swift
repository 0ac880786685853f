/// Turns a file's bytes into text aligned with them byte for byte (see `Document`).
public enum TextDecoder {
    public enum Failure: Error, Equatable {
        /// NUL bytes: a binary file, not an article.
        case binary(firstNul: Int)
        /// A UTF-16 byte-order mark.
        case utf16
    }

    public struct Decoded: Sendable {
        public var text: String
        /// Offsets of bytes that were not valid UTF-8 (each replaced by U+001A).
        public var invalidOffsets: [Int]
    }

    /// The SUB control character that stands in for each invalid byte.
    public static let substitute: UInt8 = 0x1A

    public static func decode(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .failure(.utf16)
        }
        if let nul = bytes.firstIndex(of: 0) { return .failure(.binary(firstNul: nul)) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(Decoded(text: text, invalidOffsets: []))
        }
        var repaired = bytes
        var invalid: [Int] = []
        var i = 0
        while i < repaired.count {
            let n = validSequenceLength(repaired, at: i)
            if n == 0 {
                repaired[i] = substitute
                invalid.append(i)
                i += 1
            } else {
                i += n
            }
        }
        return .success(Decoded(text: String(decoding: repaired, as: UTF8.self), invalidOffsets: invalid))
    }

    /// Length of the well-formed UTF-8 sequence starting at `i`, or 0 if there is none.
    static func validSequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let b0 = b[i]
        if b0 < 0x80 { return 1 }
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < b.count && b[i + k] >= lo && b[i + k] <= hi
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
