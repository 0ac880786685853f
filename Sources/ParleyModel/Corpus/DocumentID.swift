/// Names an article by its path relative to the corpus folder ("003_bd77398d2cc811f7.txt",
/// "2019/geneva.md"), which is also how it is written in JSON output.
public struct DocumentID: Hashable, Sendable, Comparable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var path: String

    public init(_ path: String) { self.path = path }
    public init(stringLiteral value: String) { self.path = value }

    public var description: String { path }

    public static func < (a: DocumentID, b: DocumentID) -> Bool { a.path < b.path }

    public init(from decoder: Decoder) throws {
        path = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(path)
    }
}
