/// A table for a terminal: columns padded to their widest cell, fitted to a width without
/// cutting anything. The last column (participants, a role) wraps under itself; where even
/// the other columns do not fit, each row is written as a block of `HEADER: value` lines.
/// With no width (output to a pipe), rows are whole lines, as scripts expect.
public enum TextTable {
    /// The narrowest the last column may be before the table turns into blocks.
    public static let minimumLastColumn = 16

    public static func lines(header: [String], rows: [[String]], width: Int?) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
        let gap = "  "
        let lead = widths.dropLast().reduce(0) { $0 + $1 + gap.count }
        func padded(_ row: [String]) -> String {
            row.dropLast().enumerated().map { c, cell in DisplayWidth.pad(cell, to: widths[c]) + gap }.joined()
        }
        guard let width else { return all.map { padded($0) + ($0.last ?? "") } }
        let room = width - lead
        guard room >= minimumLastColumn else { return blocks(header: header, rows: rows, width: width) }
        var out: [String] = []
        for row in all {
            let last = row.last ?? ""
            let wrapped = WordWrap.wrap(last, width: room).map(\.text)
            out.append(padded(row) + (wrapped.first ?? ""))
            for more in wrapped.dropFirst() { out.append(String(repeating: " ", count: lead) + more) }
        }
        return out.map { trimmedEnd($0) }
    }

    /// Each row as `HEADER: value` lines (values wrapped under themselves), a blank line between rows.
    static func blocks(header: [String], rows: [[String]], width: Int) -> [String] {
        let labelWidth = (header.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        var out: [String] = []
        for (k, row) in rows.enumerated() {
            if k > 0 { out.append("") }
            for (c, cell) in row.enumerated() where !cell.isEmpty {
                let wrapped = WordWrap.wrap(cell, width: max(8, width - labelWidth)).map(\.text)
                out.append(DisplayWidth.pad(header[c] + ":", to: labelWidth) + (wrapped.first ?? ""))
                for more in wrapped.dropFirst() { out.append(String(repeating: " ", count: labelWidth) + more) }
            }
        }
        return out
    }

    static func trimmedEnd(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
