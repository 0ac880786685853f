import Foundation

/// Full-text search over the sentences of a corpus, folded for case and diacritics, ranked
/// with BM25; and a lookup of actors by any of their names, tolerant of one typo.
public struct SearchIndex: Sendable {
    struct Unit: Sendable {
        var document: Int32
        var sentence: Int32
        /// Where the sentence's words start in its document's `words`; it has `length` of them.
        var firstWord: Int32
        var length: Int32
    }

    var units: [Unit] = []
    /// Per document, every sentence's words one after another (`DocumentWords.words`): what
    /// phrases are matched against, so the index needs no tokens.
    var words: [[Word]] = []
    /// Postings by word number, all in two flat arrays: word `w`'s sentences (units, in
    /// order) and how often it occurs in each are at `postingStart[w]..<postingEnd[w]`. (A
    /// range per word, not a running sum, so that an index read back from the cache keeps its
    /// postings in the order it reads them: its words are numbered anew there.)
    var postingStart: [Int32] = []
    var postingEnd: [Int32] = []
    /// Where a corpus's words are few beside all the words this process has numbered (a small
    /// corpus in a long-lived process, such as the fuzzer's), the postings are indexed by a slot
    /// per word of the corpus instead of by word number: tables the size of the process's
    /// whole vocabulary would be made and walked for each index. Nil: by word number.
    var sparseSlots: [Word: Int32]?
    var postingUnits: [Int32] = []
    var postingCounts: [UInt16] = []
    /// Terms in sorted order, for prefixes and typo tolerance.
    var sortedTerms: [(text: String, word: Word)] = []
    var averageLength: Double = 1
    let documents: [Document]
    private var actorNames: [(actor: Int, name: String, words: [String])]

    static let k1 = 1.2
    static let b = 0.75

    /// Indexes the sentences of `documents`.
    public init(documents: [Document], actors: [Actor]) {
        self.init(documents: documents, words: documents.map(DocumentWords.init), actors: actors)
    }

    /// Indexes the sentences of `documents` from their words, taken beforehand (`Corpus`
    /// takes them in its last pass over the tokens).
    /// An index from its parts as built before (the corpus cache).
    init(
        documents: [Document], actors: [Actor], units: [Unit], words: [[Word]], postingStart: [Int32], postingEnd: [Int32],
        postingUnits: [Int32], postingCounts: [UInt16], sortedTerms: [(text: String, word: Word)], averageLength: Double
    ) {
        self.documents = documents
        self.units = units
        self.words = words
        self.postingStart = postingStart
        self.postingEnd = postingEnd
        self.postingUnits = postingUnits
        self.postingCounts = postingCounts
        self.sortedTerms = sortedTerms
        self.averageLength = averageLength
        actorNames = Self.names(of: actors)
    }

    /// `bySlot` forces the postings' indexing either way (tests); nil chooses by the sizes.
    init(documents: [Document], words: [DocumentWords], actors: [Actor], bySlot: Bool? = nil) {
        precondition(words.count == documents.count, "words for \(words.count) of \(documents.count) documents")
        self.documents = documents
        var units: [Unit] = []
        units.reserveCapacity(words.reduce(0) { $0 + $1.sentenceLengths.count })
        var total = 0
        for (d, w) in words.enumerated() {
            var first: Int32 = 0
            for (s, length) in w.sentenceLengths.enumerated() {
                units.append(Unit(document: Int32(d), sentence: Int32(s), firstWord: first, length: length))
                first += length
            }
            total += w.words.count
        }
        let lengths = words.map(\.sentenceLengths)
        let words = words.map(\.words)
        averageLength = units.isEmpty ? 1 : max(1, Double(total) / Double(units.count))
        // Counted first, then filled: the postings are the index's largest part and come out
        // exactly sized, with no array per term.
        let vocabulary = Lexicon.shared.bound
        var slots: [Word: Int32]?
        var slotWords: [Word] = []
        if bySlot ?? (vocabulary > 4 * total + 4_096) {
            var found: [Word: Int32] = [:]
            for list in words {
                for w in list where found[w] == nil {
                    found[w] = Int32(slotWords.count)
                    slotWords.append(w)
                }
            }
            slots = found
        }
        let bound = slots == nil ? vocabulary : slotWords.count
        var lastUnit = [Int32](repeating: -1, count: bound)
        var start = [Int32](repeating: 0, count: bound + 1)
        // Units are numbered in document order and each document's words are its units' words
        // in a row, so both passes walk each document's words once, with raw pointers.
        let sentenceLengths = lengths
        func walk(_ visit: (Int32, Int) -> Void) {
            var u: Int32 = 0
            for d in words.indices {
                words[d].withUnsafeBufferPointer { ws in
                    var offset = 0
                    for length in sentenceLengths[d] {
                        for k in offset..<(offset + Int(length)) { visit(u, slots.map { Int($0[ws[k]]!) } ?? ws[k].index) }
                        offset += Int(length)
                        u += 1
                    }
                }
            }
        }
        lastUnit.withUnsafeMutableBufferPointer { last in
            start.withUnsafeMutableBufferPointer { start in
                walk { u, w in
                    if last[w] != u {
                        last[w] = u
                        start[w + 1] += 1
                    }
                }
            }
        }
        for w in 0..<bound { start[w + 1] += start[w] }
        var fill = Array(start.dropLast())
        var postingUnits = [Int32](repeating: 0, count: Int(start[bound]))
        var postingCounts = [UInt16](repeating: 0, count: Int(start[bound]))
        for w in 0..<bound { lastUnit[w] = -1 }
        lastUnit.withUnsafeMutableBufferPointer { last in
            fill.withUnsafeMutableBufferPointer { fill in
                postingUnits.withUnsafeMutableBufferPointer { postingUnits in
                    postingCounts.withUnsafeMutableBufferPointer { postingCounts in
                        walk { u, w in
                            if last[w] == u {
                                postingCounts[Int(fill[w]) - 1] &+= 1
                            } else {
                                last[w] = u
                                postingUnits[Int(fill[w])] = u
                                postingCounts[Int(fill[w])] = 1
                                fill[w] += 1
                            }
                        }
                    }
                }
            }
        }
        self.units = units
        self.words = words
        postingStart = Array(start.dropLast())
        postingEnd = Array(start.dropFirst())
        sparseSlots = slots
        self.postingUnits = postingUnits
        self.postingCounts = postingCounts
        var terms: [(text: String, word: Word)] = []
        for i in 0..<bound where start[i] != start[i + 1] {
            let word = slots == nil ? Word(rawValue: UInt32(i)) : slotWords[i]
            terms.append((Lexicon.shared.text(word), word))
        }
        sortedTerms = terms.sorted { $0.text < $1.text }
        actorNames = Self.names(of: actors)
    }

    /// Every name, alias and other name of each actor, with its words as matched.
    static func names(of actors: [Actor]) -> [(actor: Int, name: String, words: [String])] {
        var names: [(Int, String, [String])] = []
        for a in actors {
            for n in [a.name] + a.aliases + a.otherNames {
                names.append((a.id, n, Tokenizer.tokenize(n).matchKeys))
            }
        }
        return names
    }

    /// The same index of the text, finding these actors by name (after curation renamed or merged some).
    func withActors(_ actors: [Actor]) -> SearchIndex {
        var copy = self
        copy.actorNames = Self.names(of: actors)
        return copy
    }

    /// Where a term's postings are in `postingUnits` and `postingCounts`.
    func postings(_ term: Word) -> Range<Int> {
        let slot = sparseSlots.map { $0[term].map(Int.init) ?? -1 } ?? term.index
        guard slot >= 0, slot < postingStart.count else { return 0..<0 }
        return Int(postingStart[slot])..<Int(postingEnd[slot])
    }

    private func units(of term: Word) -> [Int32] { Array(postingUnits[postings(term)]) }

    /// Sentences matching every part of the query, best first.
    public func search(_ text: String, limit: Int = 50) -> [SearchHit] { counted(text, limit: limit).hits }

    /// The best `limit` sentences matching every part of the query, and how many match in all
    /// ("100 of 21,884"): a capped list never passes for the whole.
    public func counted(_ text: String, limit: Int = 50) -> (hits: [SearchHit], total: Int) {
        let query = Query(text)
        guard !query.isEmpty else { return ([], 0) }
        var candidate: [Int32]?
        var scoringTerms: [Word] = []
        for part in query.parts {
            let (set, terms) = unitsMatching(part)
            scoringTerms += terms
            candidate = candidate.map { intersect($0, set) } ?? set
            if candidate!.isEmpty { return ([], 0) }
        }
        // Score by walking each term's postings beside the sorted candidates (no per-unit
        // look-ups), then keep the best `limit` with a bounded heap instead of sorting them all.
        let candidates = candidate ?? []
        var scores = [Double](repeating: 0, count: candidates.count)
        let n = Double(units.count)
        for term in Set(scoringTerms) {
            let p = postings(term)
            let df = Double(p.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            var k = p.lowerBound
            for (c, u) in candidates.enumerated() {
                while k < p.upperBound, postingUnits[k] < u { k += 1 }
                guard k < p.upperBound, postingUnits[k] == u else { continue }
                let tf = Double(postingCounts[k])
                let len = Double(units[Int(u)].length)
                let norm = Self.k1 * (1 - Self.b + Self.b * len / averageLength)
                scores[c] += idf * tf * (Self.k1 + 1) / (tf + norm)
            }
        }
        let best = TopK.select(count: candidates.count, limit: limit) { a, b in
            scores[a] != scores[b] ? scores[a] > scores[b] : candidates[a] < candidates[b]
        }
        let terms = Set(scoringTerms)
        return (best.map { hit(unit: candidates[$0], score: scores[$0], query: query, terms: terms) }, candidates.count)
    }

    /// Actors named by the query: whole names first, then names holding the query's words
    /// ("mistura"), then names one typo away ("Mistra").
    public func actors(matching text: String, limit: Int = 20) -> [ActorHit] {
        let q = Tokenizer.tokenize(text).matchKeys
        guard !q.isEmpty else { return [] }
        var best: [Int: ActorHit] = [:]
        // Asked at every pause in typing, of every name: what depends on the query only is
        // worked out once.
        let last = q.last!
        let lastCanBePrefix = last.utf8.count >= 2
        let typoWords = q.map { $0.count >= 4 ? $0 : nil }
        for (actor, name, words) in actorNames where !words.isEmpty {
            var score = 0.0
            if words == q {
                score = 3
            } else if q.allSatisfy({ w in words.contains(w) || (w == last && lastCanBePrefix && words.contains { $0.hasPrefix(w) }) }) {
                score = 2 + Double(q.count) / Double(words.count + 1)
            } else if zip(q, typoWords).allSatisfy({ w, t in
                words.contains { $0 == w || (t != nil && abs($0.utf8.count - w.utf8.count) <= 2 && PersonName.isWithinOneEdit($0, w)) }
            }) {
                score = 1
            }
            guard score > 0 else { continue }
            if score > (best[actor]?.score ?? 0) { best[actor] = ActorHit(actor: actor, matchedName: name, score: score) }
        }
        return best.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.actor < $1.actor }.prefix(limit).map { $0 }
    }

    // MARK: Internals

    /// The term of a folded word, if some sentence of this corpus has it.
    private func term(_ folded: String) -> Word? {
        guard let w = Lexicon.shared.existing(folded), !postings(w).isEmpty else { return nil }
        return w
    }

    private func unitsMatching(_ part: Query.Part) -> ([Int32], [Word]) {
        switch part {
        case .word(let w):
            // "ceasefire" finds "cease-fire" and "cease fire" too: the word split in two at any
            // point where both halves are words of the corpus, as a phrase.
            var found: [Int32] = []
            var ids: [Word] = []
            if let id = term(w) {
                found = units(of: id)
                ids = [id]
            }
            for (a, b) in Self.splits(of: w) {
                guard let x = term(a), let y = term(b) else { continue }
                let both = intersect(units(of: x), units(of: y)).filter { !phraseStarts([x, y], in: $0).isEmpty }
                if !both.isEmpty {
                    found = union(found, both)
                    ids += [x, y]
                }
            }
            if !ids.isEmpty { return (found, ids) }
            // One typo: the nearest spelled terms, if the word is long enough to judge.
            guard w.count >= 4 else { return ([], []) }
            let near = sortedTerms.filter {
                abs($0.text.count - w.count) <= 1 && $0.text.first == w.first && PersonName.isWithinOneEdit($0.text, w)
            }.map(\.word)
            return (near.reduce([]) { union($0, units(of: $1)) }, near)
        case .prefix(let p):
            var lo = 0
            var hi = sortedTerms.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sortedTerms[mid].text < p { lo = mid + 1 } else { hi = mid }
            }
            var ids: [Word] = []
            var i = lo
            while i < sortedTerms.count, sortedTerms[i].text.hasPrefix(p) {
                ids.append(sortedTerms[i].word)
                i += 1
            }
            return (ids.reduce([]) { union($0, units(of: $1)) }, ids)
        case .phrase(let words):
            // "cease-fire" finds "ceasefire" too: two parts written as one word.
            let joined = words.count == 2 ? term(words.joined()) : nil
            let ids = words.compactMap(term)
            guard ids.count == words.count else { return joined.map { (units(of: $0), [$0]) } ?? ([], []) }
            var set = units(of: ids[0])
            for id in ids.dropFirst() { set = intersect(set, units(of: id)) }
            let phrase = set.filter { !phraseStarts(ids, in: $0).isEmpty }
            guard let joined else { return (phrase, ids) }
            return (union(phrase, units(of: joined)), ids + [joined])
        }
    }

    /// The ways a word splits into two parts of at least `splitPart` letters ("ceasefire":
    /// "ce|asefire" is too short, "cease|fire" one of them); none for a short word.
    static func splits(of w: String) -> [(String, String)] {
        let letters = Array(w)
        guard letters.count >= 2 * splitPart else { return [] }
        return (splitPart...(letters.count - splitPart)).map { (String(letters[..<$0]), String(letters[$0...])) }
    }

    /// The shortest part a word is split into when searched as two ("cease fire").
    static let splitPart = 3

    /// Where the words occur in a row in a sentence (punctuation between them ignored): the
    /// positions of their first words among the sentence's words. It runs on every sentence
    /// holding all the words; most have no occurrence.
    private func phraseStarts(_ phrase: [Word], in unit: Int32) -> [Int] {
        guard let head = phrase.first else { return [] }
        let u = units[Int(unit)]
        let lower = Int(u.firstWord)
        let upper = Int(u.firstWord + u.length)
        return words[Int(u.document)].withUnsafeBufferPointer { words in
            var found: [Int] = []
            var i = lower
            while i + phrase.count <= upper {
                if words[i] == head {
                    var k = 1
                    while k < phrase.count, words[i + k] == phrase[k] { k += 1 }
                    if k == phrase.count { found.append(i - lower) }
                }
                i += 1
            }
            return found
        }
    }

    private func hit(unit: Int32, score: Double, query: Query, terms: Set<Word>) -> SearchHit {
        let u = units[Int(unit)]
        let doc = documents[Int(u.document)]
        let sentence = doc.sentences[Int(u.sentence)]
        // The sentence is tokenised again for the byte ranges: its words are the index's
        // words of this unit, in order.
        let wordTokens = Tokenizer.tokenize(doc.text(sentence.range), from: sentence.start).filter { $0.kind != .punct }
        var matched = Set<Int>()
        for part in query.parts {
            if case .phrase(let p) = part {
                let ids = p.compactMap(term)
                guard ids.count == p.count else { continue }
                for start in phraseStarts(ids, in: unit) { matched.formUnion(start..<(start + ids.count)) }
            }
        }
        for (k, t) in wordTokens.enumerated() where terms.contains(t.word) { matched.insert(k) }
        let spans = matched.sorted().filter { $0 < wordTokens.count }.map { doc.span(wordTokens[$0].range) }
        return SearchHit(
            span: doc.span(sentence.range), matches: spans,
            snippet: Self.snippet(doc: doc, sentence: sentence.range, around: spans.first?.start), score: score)
    }

    /// The sentence on one line, at most about 200 characters, cut around `offset`.
    static func snippet(doc: Document, sentence: Range<Int>, around offset: Int?) -> String {
        let line = TextFolding.singleSpaced(doc.text(sentence))
        guard line.count > 200 else { return line }
        let before = offset.map { TextFolding.singleSpaced(doc.text(sentence.lowerBound..<$0)).count } ?? 0
        let start = max(0, min(before - 60, line.count - 200))
        var s = line.index(line.startIndex, offsetBy: start)
        var e = line.index(s, offsetBy: 200, limitedBy: line.endIndex) ?? line.endIndex
        // Cut at word boundaries: never half a word at either end ("…ations in Astana" reads
        // as a word that is not there).
        if s > line.startIndex, line[line.index(before: s)] != " ", let space = line[s...].prefix(30).firstIndex(of: " ") {
            s = line.index(after: space)
        }
        if e < line.endIndex, line[e] != " ", let space = line[s..<e].suffix(30).lastIndex(of: " ") {
            e = space
        }
        return (s > line.startIndex ? "…" : "") + line[s..<e] + (e < line.endIndex ? "…" : "")
    }
}

private func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    var out: [Int32] = []
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
        if a[i] == b[j] {
            out.append(a[i])
            i += 1
            j += 1
        } else if a[i] < b[j] {
            i += 1
        } else {
            j += 1
        }
    }
    return out
}

private func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    var out: [Int32] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
        if j >= b.count || (i < a.count && a[i] < b[j]) {
            out.append(a[i])
            i += 1
        } else if i >= a.count || b[j] < a[i] {
            out.append(b[j])
            j += 1
        } else {
            out.append(a[i])
            i += 1
            j += 1
        }
    }
    return out
}
