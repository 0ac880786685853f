import Foundation
import ParleyModel
import ParleyUI

/// Writing results: JSON, aligned text tables, and text made safe for a terminal.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(Data(try ReportJSON.text(value).utf8))
    }

    /// Text as it is, no newline added.
    static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    static func line(_ s: String = "") {
        FileHandle.standardOutput.write(Data((s + "\n").utf8))
    }

    static func warn(_ s: String) {
        FileHandle.standardError.write(Data("parley: warning: \(safe(s))\n".utf8))
    }

    /// Control characters from articles never reach the terminal: the dashboard's sanitiser
    /// shows each as a visible placeholder (ESC as ␛).
    static func safe(_ s: String, keepNewlines: Bool = false) -> String {
        Sanitizer.sanitize(s, newlines: keepNewlines ? .keep : .placeholder)
    }

    /// Whether to mark text with Parley's own bold: standard output is a terminal and
    /// `NO_COLOR` is not set (never when piped).
    static var highlights: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// `text` (already made safe) with each of `words` in bold where `highlights` allows;
    /// matched case-insensitively, as the search folds case.
    static func highlighting(_ words: [String], in text: String) -> String {
        guard highlights, !words.isEmpty else { return text }
        var out = text
        for w in Set(words.map { safe($0) }) where !w.isEmpty {
            var result = ""
            var rest = out[...]
            while let r = rest.range(of: w, options: [.caseInsensitive]) {
                result += rest[..<r.lowerBound] + "\u{1B}[1m" + rest[r] + "\u{1B}[22m"
                rest = rest[r.upperBound...]
            }
            out = result + rest
        }
        return out
    }

    /// Columns padded to their widest cell, fitted to the terminal's width (`TextTable`):
    /// nothing is cut; a pipe gets whole rows.
    static func table(_ header: [String], _ rows: [[String]]) {
        let safeRows = rows.map { $0.map { safe($0) } }
        for l in TextTable.lines(header: header, rows: safeRows, width: terminalWidth) { line(l) }
    }

    /// The width to fit tables to: `COLUMNS` when set, else the terminal's when standard
    /// output is one; nil for a pipe or a file.
    static var terminalWidth: Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
