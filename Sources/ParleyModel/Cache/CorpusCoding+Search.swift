extension CorpusCoding {
    /// The search index without the process's word numbers (a word's number is given when this
    /// process first sees it, so another process's numbers mean nothing here): its terms in
    /// sorted order as text, each document's words and each term's postings by term order.
    /// Read back, the terms are numbered in this process and each term's range recorded by number.
    func encode(_ index: SearchIndex, _ w: inout CacheWriter) {
        w.plain(index.units)
        w.double(index.averageLength)
        w.strings(index.sortedTerms.map(\.text))
        var termOf = [Int32](repeating: -1, count: Lexicon.shared.bound)
        for (t, term) in index.sortedTerms.enumerated() { termOf[term.word.index] = Int32(t) }
        let ranges = index.sortedTerms.map { index.postings($0.word) }
        w.plain(ranges.map { Int32($0.count) })
        w.plain(parts: ranges.map { index.postingUnits[$0] })
        w.plain(parts: ranges.map { index.postingCounts[$0] })
        w.int(index.words.count)
        for list in index.words { w.plain(list.map { UInt32(bitPattern: termOf[$0.index]) }) }
    }

    /// The index, without its actors' names (`SearchIndex.withActors` adds them).
    func decodeSearch(_ r: inout CacheReader) throws -> SearchIndex {
        let units = try r.plain(SearchIndex.Unit.self)
        let averageLength = try r.double()
        try r.check(averageLength.isFinite && averageLength >= 1, "an average sentence length of \(averageLength)")
        let texts = try r.strings()
        // In the index's order (a term's number below is told from the words themselves).
        for k in texts.indices.dropFirst() { try r.check(!(texts[k] < texts[k - 1]), "terms out of order") }
        let postingCount = try r.plain(Int32.self)
        let postingUnits = try r.plain(Int32.self)
        let postingCounts = try r.plain(UInt16.self)
        try r.check(
            postingCount.count == texts.count && postingUnits.count == postingCounts.count
                && postingCount.reduce(0, { $0 + Int($1) }) == postingUnits.count && postingCount.allSatisfy { $0 >= 0 },
            "postings that do not add up")
        // Each term's postings: sentences of the index, in ascending order (intersections rely on it).
        var at = 0
        for n in postingCount {
            var previous: Int32 = -1
            for k in at..<(at + Int(n)) {
                let u = postingUnits[k]
                try r.check(u > previous && Int(u) < units.count, "a posting of no sentence of the index, or out of order")
                previous = u
            }
            at += Int(n)
        }
        // The terms numbered in this process; each term's postings stay where they are read,
        // its range recorded under its new number.
        let numbered = texts.map { Word($0) }
        try r.check(Set(numbered).count == numbered.count, "a term twice")
        let bound = Lexicon.shared.bound
        var start = [Int32](repeating: 0, count: bound)
        var end = [Int32](repeating: 0, count: bound)
        var from: Int32 = 0
        for (t, word) in numbered.enumerated() {
            start[word.index] = from
            from += postingCount[t]
            end[word.index] = from
        }
        let n = try r.count(minimumBytes: 8)
        try r.check(n == documents.count, "words for \(n) of \(documents.count) documents")
        let ranges = try r.ranges(of: n) { r in try r.skip(try r.count(minimumBytes: 4) * 4) }
        let words = try r.parallel(ranges) { r, _ -> [Word] in
            let terms = try r.plain(UInt32.self)
            var list: [Word] = []
            list.reserveCapacity(terms.count)
            for t in terms {
                try r.check(Int(t) < numbered.count, "a word of term \(t) of \(numbered.count)")
                list.append(numbered[Int(t)])
            }
            return list
        }
        for u in units {
            try r.check(
                u.document >= 0 && Int(u.document) < documents.count && u.sentence >= 0
                    && Int(u.sentence) < documents[Int(u.document)].sentences.count && u.firstWord >= 0 && u.length >= 0
                    && Int(u.firstWord) + Int(u.length) <= words[Int(u.document)].count,
                "a sentence of the index out of bounds")
        }
        return SearchIndex(
            documents: documents, actors: [], units: units, words: words, postingStart: start, postingEnd: end,
            postingUnits: postingUnits, postingCounts: postingCounts, sortedTerms: zip(texts, numbered).map { ($0, $1) },
            averageLength: averageLength)
    }
}
