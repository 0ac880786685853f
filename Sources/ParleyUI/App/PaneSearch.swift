import Dispatch

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

    /// Where `query` occurs in each row, or only in the rows `within` (sorted) when the
    /// caller knows the others cannot match: typing one more letter narrows the last
    /// matches, so only their rows are read again.
    public static func matches(of query: String, in rows: [String], within: [Int]? = nil) -> [Match] {
        guard !query.isEmpty else { return [] }
        let caseSensitive = isCaseSensitive(query)
        let needle = Array(caseSensitive ? query : query.lowercased())
        let asciiNeedle = needle.allSatisfy { $0.isASCII }
        let needleBytes = Array((caseSensitive ? query : query.lowercased()).utf8)
        @Sendable func search(_ r: Int, into found: inout [Match]) {
            let row = rows[r]
            // ASCII rows (most of them) are searched as bytes: a byte is a character there.
            if asciiNeedle, let hits = asciiMatches(of: needleBytes, in: row, caseSensitive: caseSensitive) {
                for start in hits { found.append(Match(row: r, range: start..<(start + needleBytes.count))) }
                return
            }
            let hay = Array(caseSensitive ? row : row.lowercased())
            guard hay.count >= needle.count, hay.count == row.count else { return }
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
        let order = within?.filter { rows.indices.contains($0) }
        let count = order?.count ?? rows.count
        // A long list is searched in chunks on all cores, then the chunks' matches joined in order.
        let chunk = 2_048
        guard count > chunk else {
            var found: [Match] = []
            for n in 0..<count { search(order?[n] ?? n, into: &found) }
            return found
        }
        var parts = [[Match]](repeating: [], count: (count + chunk - 1) / chunk)
        parts.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer  // each chunk writes only its own slot
            DispatchQueue.concurrentPerform(iterations: out.count) { c in
                var found: [Match] = []
                for n in (c * chunk)..<min(count, (c + 1) * chunk) { search(order?[n] ?? n, into: &found) }
                out[c] = found
            }
        }
        return Array(parts.joined())
    }

    /// The rows a longer query can still match, when `query` extends this search's query:
    /// a row holding "lavr" holds "lav". Nil when every row must be read.
    public func rowsToNarrow(for query: String) -> [Int]? {
        guard !self.query.isEmpty, query.hasPrefix(self.query) else { return nil }
        var rows: [Int] = []
        for m in matches where rows.last != m.row { rows.append(m.row) }
        return rows
    }

    /// Non-overlapping starts (in characters) of an ASCII `needle` in a row, read as bytes
    /// in place: a long concordance is searched at every key. Non-ASCII characters (an
    /// ellipsis, a name's accent) cannot be part of a match, so they are stepped over, and
    /// byte offsets become character offsets only in rows that match. Nil sends the row to
    /// the character-by-character path: a carriage return (CR LF is one character), or a
    /// match followed by a combining mark.
    static func asciiMatches(of needle: [UInt8], in row: String, caseSensitive: Bool) -> [Int]? {
        guard let first = needle.first else { return [] }
        let scan: (UnsafeBufferPointer<UInt8>) -> [Int]? = { hay in
            var starts: [Int] = []
            var ascii = true
            var i = 0
            let n = hay.count
            @inline(__always) func folded(_ b: UInt8) -> UInt8 { !caseSensitive && b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
            while i < n {
                let b = hay[i]
                if b == 0x0D { return nil }
                if b >= 0x80 { ascii = false }
                if folded(b) == first, i + needle.count <= n {
                    var k = 1
                    while k < needle.count, folded(hay[i + k]) == needle[k] { k += 1 }
                    if k == needle.count {
                        if i + k < n, hay[i + k] >= 0x80 { return nil }
                        starts.append(i)
                        i += needle.count
                        continue
                    }
                }
                i += 1
            }
            guard !ascii, !starts.isEmpty else { return starts }
            var out: [Int] = []
            if DisplayWidth.isSimple(row) {
                // Each scalar is a character: count the bytes that start one.
                var character = 0
                for offset in 0..<n {
                    if starts[out.count] == offset {
                        out.append(character)
                        if out.count == starts.count { return out }
                    }
                    if hay[offset] & 0xC0 != 0x80 { character += 1 }
                }
                return nil
            }
            // Byte offsets to character offsets, in one walk over the characters.
            var next = 0
            var character = 0
            var offset = 0
            for ch in row {
                while next < starts.count, starts[next] == offset {
                    out.append(character)
                    next += 1
                }
                offset += ch.utf8.count
                character += 1
            }
            return out.count == starts.count ? out : nil
        }
        if let result = row.utf8.withContiguousStorageIfAvailable(scan) { return result }
        var copy = row
        return copy.withUTF8(scan)
    }
}
