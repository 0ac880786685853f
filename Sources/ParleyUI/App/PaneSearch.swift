/// An incremental search in one pane: the query, and where it matches.
public struct PaneSearch: Sendable, Hashable {
    /// One match: a row of the pane and the character range within the row's text.
    public struct Match: Sendable, Hashable {
        public var row: Int
        public var range: Range<Int>
    }

    public var pane: Pane
    public var query: String
    public var matches: [Match] = []
    /// Index into `matches` of the current one.
    public var current: Int = 0

    /// Smart case: a query with a capital letter matches case exactly.
    public var isCaseSensitive: Bool { Self.isCaseSensitive(query) }

    static func isCaseSensitive(_ query: String) -> Bool { query.contains { $0.isUppercase } }

    /// Where `query` occurs in each row.
    public static func matches(of query: String, in rows: [String]) -> [Match] {
        guard !query.isEmpty else { return [] }
        let caseSensitive = isCaseSensitive(query)
        let needle = Array(caseSensitive ? query : query.lowercased())
        var found: [Match] = []
        for (r, row) in rows.enumerated() {
            let hay = Array(caseSensitive ? row : row.lowercased())
            guard hay.count >= needle.count, hay.count == row.count else { continue }
            var i = 0
            while i + needle.count <= hay.count {
                if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle {
                    found.append(Match(row: r, range: i..<(i + needle.count)))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return found
    }
}
