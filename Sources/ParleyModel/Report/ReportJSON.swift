import Foundation

/// The one form Parley writes JSON in, on the command line, in exports and in the files it
/// keeps: pretty-printed, keys sorted (so the same model gives the same bytes), slashes bare.
public enum ReportJSON {
    public static func data<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// As text, ending its last line.
    public static func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try data(value), as: UTF8.self) + "\n"
    }
}
