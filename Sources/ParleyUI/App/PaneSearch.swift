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
        let asciiNeedle = needle.allSatisfy { $0.isASCII }
        let needleBytes = Array((caseSensitive ? query : query.lowercased()).utf8)
        for (r, row) in rows.enumerated() {
            // ASCII rows (most of them) are searched as bytes: a byte is a character there.
            if asciiNeedle, let hits = asciiMatches(of: needleBytes, in: row, caseSensitive: caseSensitive) {
                for start in hits { found.append(Match(row: r, range: start..<(start + needleBytes.count))) }
                continue
            }
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

    /// Non-overlapping starts of `needle` in an ASCII row, or nil when the row is not ASCII.
    static func asciiMatches(of needle: [UInt8], in row: String, caseSensitive: Bool) -> [Int]? {
        var hay = Array(row.utf8)
        for k in hay.indices {
            let b = hay[k]
            if b >= 0x80 || b == 0x0D { return nil }  // CR LF would be one character
            if !caseSensitive, b >= 0x41, b <= 0x5A { hay[k] = b + 0x20 }
        }
        guard !needle.isEmpty, hay.count >= needle.count else { return [] }
        var starts: [Int] = []
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) {
                starts.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        return starts
    }
}
