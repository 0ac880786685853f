import ParleyModel
import Testing

@testable import ParleyUI

struct PaneSearchTests {
    /// The reference: every row searched character by character, case folded by `lowercased`.
    func reference(_ query: String, _ rows: [String]) -> [PaneSearch.Match] {
        let caseSensitive = query.contains { $0.isUppercase }
        let needle = Array(caseSensitive ? query : query.lowercased())
        var found: [PaneSearch.Match] = []
        for (r, row) in rows.enumerated() {
            let hay = Array(caseSensitive ? row : row.lowercased())
            var i = 0
            while i + needle.count <= hay.count {
                if Array(hay[i..<(i + needle.count)]) == needle {
                    found.append(PaneSearch.Match(row: r, range: i..<(i + needle.count)))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    /// Rows with ellipses, accents and box lines are read as bytes, yet the ranges are in
    /// characters, as the character-by-character search gives them.
    @Test func byteSearchGivesCharacterRangesInRowsWithNonASCII() {
        let rows = ["…the Lavrentiev delegation", "Önal said │ lavrentiev", "plain ascii lav lav", "é then lav", "no match here"]
        for q in ["lav", "Lav", "said", "a", "n", "│ l"] {
            #expect(PaneSearch.matches(of: q, in: rows) == reference(q, rows), "\(q)")
        }
    }

    /// Narrowing to the rows of the last matches finds what a full search finds, for every
    /// prefix of a query typed letter by letter, whatever the case of the letters.
    @Test func narrowingAsTheQueryGrowsFindsTheSameMatches() {
        var rng = SeededRandom(seed: 3)
        let words = ["astana", "Astana", "round", "Lavrentiev", "talks", "…", "é", "delegation"]
        let rows = (0..<400).map { _ in (0..<(1 + rng.below(8))).map { _ in rng.pick(words) }.joined(separator: " ") }
        for query in ["astana", "Astana", "Lavr", "round talks", "dele"] {
            var search = PaneSearch(pane: .viewer, query: "")
            for end in query.indices.map({ query.index(after: $0) }) {
                let q = String(query[..<end])
                let narrowed = PaneSearch.matches(of: q, in: rows, within: search.rowsToNarrow(for: q))
                #expect(narrowed == PaneSearch.matches(of: q, in: rows), "\(q)")
                search.query = q
                search.matches = narrowed
            }
        }
    }

    /// A long list is searched in chunks on all cores: the matches are the reference's, in
    /// order, for a full search and for one narrowed to some rows.
    @Test func aLongListSearchedInChunksFindsWhatTheReferenceFinds() {
        var rng = SeededRandom(seed: 5)
        let words = ["astana", "Astana", "round", "Lavrentiev", "talks", "…", "é", "│", "delegation"]
        let rows = (0..<7_000).map { _ in (0..<(1 + rng.below(8))).map { _ in rng.pick(words) }.joined(separator: " ") }
        let within = Array(stride(from: 0, to: rows.count, by: 2))
        for query in ["a", "astana", "Lav", "│ t"] {
            #expect(PaneSearch.matches(of: query, in: rows) == reference(query, rows), "\(query)")
            let narrowed = reference(query, rows).filter { $0.row % 2 == 0 }
            #expect(PaneSearch.matches(of: query, in: rows, within: within) == narrowed, "\(query)")
        }
    }
}
