import CSV
import Foundation

/// Tables as CSV (RFC 4180, through CSV.swift): a header row, then one row per item.
enum CSVText {
    static func write(_ header: [String], _ rows: [[String]]) throws -> String {
        let csv = try CSVWriter(stream: .toMemory())
        try csv.write(row: header)
        for row in rows { try csv.write(row: row) }
        csv.stream.close()
        guard let data = csv.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        // Each row ends its line, the last too, as a file or a pipe expects.
        let text = String(decoding: data, as: UTF8.self)
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
