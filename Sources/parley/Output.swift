import Foundation
import ParleyModel

/// Writing results: JSON, aligned text tables, and text made safe for a terminal.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    static func line(_ s: String = "") {
        FileHandle.standardOutput.write(Data((s + "\n").utf8))
    }

    static func warn(_ s: String) {
        FileHandle.standardError.write(Data("parley: warning: \(safe(s))\n".utf8))
    }

    /// Control characters from articles never reach the terminal: each is shown as a
    /// visible placeholder (ESC as ␛, other C0 as their Control Pictures, C1 and DEL as �).
    static func safe(_ s: String, keepNewlines: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A where keepNewlines: out.append(u)
            case 0x09: out.append(" ")
            case 0x1B: out.append("\u{241B}")
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + u.value)!)
            case 0x7F..<0xA0: out.append("\u{FFFD}")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Columns padded to their widest cell; the last column is not padded.
    static func table(_ header: [String], _ rows: [[String]]) {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        for row in all {
            let cells = row.enumerated().map { c, cell in c == row.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
            line(safe(cells.joined(separator: "  ")))
        }
    }

    static func humanDate(_ d: DateValue?) -> String { HumanDate.format(d) }
}
