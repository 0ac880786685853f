/// Full-text search over the sentences of a corpus, folded for case and diacritics, ranked
/// with BM25; and a lookup of actors by any of their names, tolerant of one typo.
public struct SearchIndex: Sendable {
    struct Unit: Sendable {
        var document: Int32
        var sentence: Int32
        var length: Int32
    }

    struct Postings: Sendable {
        var units: [Int32] = []
        var counts: [UInt16] = []
    }

    private var units: [Unit] = []
    /// Postings by word number: a term is a `Word`, so building and looking up hash nothing.
    private var postings: [Postings] = []
    /// Terms in sorted order, for prefixes and typo tolerance.
    private var sortedTerms: [(text: String, word: Word)] = []
    private var averageLength: Double = 1
    private let documents: [Document]
    private let actorNames: [(actor: Int, name: String, words: [String])]

    static let k1 = 1.2
    static let b = 0.75

    public init(documents: [Document], actors: [Actor]) {
        self.documents = documents
        var total = 0
        var units: [Unit] = []
        var postings = Array(repeating: Postings(), count: Lexicon.shared.bound)
        for (d, doc) in documents.enumerated() {
            doc.tokens.withUnsafeBufferPointer { tokens in
                for (s, sentence) in doc.sentences.enumerated() {
                    let unit = Int32(units.count)
                    var length: Int32 = 0
                    for t in sentence.tokens where tokens[t].kind != .punct {
                        length += 1
                        let id = tokens[t].word.index
                        if postings[id].units.last == unit {
                            postings[id].counts[postings[id].counts.count - 1] &+= 1
                        } else {
                            postings[id].units.append(unit)
                            postings[id].counts.append(1)
                        }
                    }
                    total += Int(length)
                    units.append(Unit(document: Int32(d), sentence: Int32(s), length: length))
                }
            }
        }
        averageLength = units.isEmpty ? 1 : max(1, Double(total) / Double(units.count))
        self.units = units
        self.postings = postings
        sortedTerms = postings.indices.compactMap { i in
            postings[i].units.isEmpty ? nil : (Lexicon.shared.text(Word(rawValue: UInt32(i))), Word(rawValue: UInt32(i)))
        }.sorted { $0.text < $1.text }
        var names: [(Int, String, [String])] = []
        for a in actors {
            for n in [a.name] + a.aliases + a.otherNames {
                names.append((a.id, n, Tokenizer.tokenize(n).matchKeys))
            }
        }
        actorNames = names
    }

    /// Sentences matching every part of the query, best first.
    public func search(_ text: String, limit: Int = 50) -> [SearchHit] {
        let query = Query(text)
        guard !query.isEmpty else { return [] }
        var candidate: [Int32]?
        var scoringTerms: [Word] = []
        for part in query.parts {
            let (set, terms) = unitsMatching(part)
            scoringTerms += terms
            candidate = candidate.map { intersect($0, set) } ?? set
            if candidate!.isEmpty { return [] }
        }
        // Score by walking each term's postings beside the sorted candidates (no per-unit
        // look-ups), then keep the best `limit` with a bounded heap instead of sorting them all.
        let candidates = candidate ?? []
        var scores = [Double](repeating: 0, count: candidates.count)
        let n = Double(units.count)
        for term in Set(scoringTerms) {
            let p = postings[term.index]
            let df = Double(p.units.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            var k = 0
            for (c, u) in candidates.enumerated() {
                while k < p.units.count, p.units[k] < u { k += 1 }
                guard k < p.units.count, p.units[k] == u else { continue }
                let tf = Double(p.counts[k])
                let len = Double(units[Int(u)].length)
                let norm = Self.k1 * (1 - Self.b + Self.b * len / averageLength)
                scores[c] += idf * tf * (Self.k1 + 1) / (tf + norm)
            }
        }
        let best = TopK.select(count: candidates.count, limit: limit) { a, b in
            scores[a] != scores[b] ? scores[a] > scores[b] : candidates[a] < candidates[b]
        }
        let terms = Set(scoringTerms)
        return best.map { hit(unit: candidates[$0], score: scores[$0], query: query, terms: terms) }
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
        guard let w = Lexicon.shared.existing(folded), w.index < postings.count, !postings[w.index].units.isEmpty else { return nil }
        return w
    }

    private func unitsMatching(_ part: Query.Part) -> ([Int32], [Word]) {
        switch part {
        case .word(let w):
            if let id = term(w) { return (postings[id.index].units, [id]) }
            // One typo: the nearest spelled terms, if the word is long enough to judge.
            guard w.count >= 4 else { return ([], []) }
            let ids = sortedTerms.filter { abs($0.text.count - w.count) <= 1 && $0.text.first == w.first && PersonName.isWithinOneEdit($0.text, w) }.map(\.word)
            return (ids.reduce([]) { union($0, postings[$1.index].units) }, ids)
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
            return (ids.reduce([]) { union($0, postings[$1.index].units) }, ids)
        case .phrase(let words):
            let ids = words.compactMap(term)
            guard ids.count == words.count else { return ([], []) }
            var set = postings[ids[0].index].units
            for id in ids.dropFirst() { set = intersect(set, postings[id.index].units) }
            return (set.filter { !phraseStarts(ids, in: $0).isEmpty }, ids)
        }
    }

    /// The tokens where the words occur in a row in a sentence (punctuation between them
    /// ignored), each with the tokens it covers. It runs on every sentence holding all the
    /// words, so it reads the tokens in place; most sentences have no occurrence.
    private func phraseStarts(_ phrase: [Word], in unit: Int32) -> [[Int]] {
        guard let head = phrase.first else { return [] }
        let u = units[Int(unit)]
        let doc = documents[Int(u.document)]
        let range = doc.sentences[Int(u.sentence)].tokens
        return doc.tokens.withUnsafeBufferPointer { tokens in
            var found: [[Int]] = []
            for i in range where tokens[i].kind != .punct && tokens[i].word == head {
                var covered = [i]
                var j = i + 1
                while covered.count < phrase.count {
                    while j < range.upperBound, tokens[j].kind == .punct { j += 1 }
                    guard j < range.upperBound, tokens[j].word == phrase[covered.count] else { break }
                    covered.append(j)
                    j += 1
                }
                if covered.count == phrase.count { found.append(covered) }
            }
            return found
        }
    }

    private func hit(unit: Int32, score: Double, query: Query, terms: Set<Word>) -> SearchHit {
        let u = units[Int(unit)]
        let doc = documents[Int(u.document)]
        let sentence = doc.sentences[Int(u.sentence)]
        var matched = Set<Int>()
        for part in query.parts {
            if case .phrase(let p) = part {
                let ids = p.compactMap(term)
                guard ids.count == p.count else { continue }
                for covered in phraseStarts(ids, in: unit) { matched.formUnion(covered) }
            }
        }
        for t in sentence.tokens where doc.tokens[t].kind != .punct && terms.contains(doc.tokens[t].word) { matched.insert(t) }
        let spans = matched.sorted().map { doc.span(doc.tokens[$0].range) }
        return SearchHit(span: doc.span(sentence.range), matches: spans,
                         snippet: Self.snippet(doc: doc, sentence: sentence.range, around: spans.first?.start), score: score)
    }

    /// The sentence on one line, at most about 200 characters, cut around `offset`.
    static func snippet(doc: Document, sentence: Range<Int>, around offset: Int?) -> String {
        let line = TextFolding.singleSpaced(doc.text(sentence))
        guard line.count > 200 else { return line }
        let before = offset.map { TextFolding.singleSpaced(doc.text(sentence.lowerBound..<$0)).count } ?? 0
        let start = max(0, min(before - 60, line.count - 200))
        let s = line.index(line.startIndex, offsetBy: start)
        let e = line.index(s, offsetBy: 200, limitedBy: line.endIndex) ?? line.endIndex
        return (start > 0 ? "…" : "") + line[s..<e] + (e < line.endIndex ? "…" : "")
    }
}

private func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    var out: [Int32] = []
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
        if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
    }
    return out
}

private func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    var out: [Int32] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
        if j >= b.count || (i < a.count && a[i] < b[j]) { out.append(a[i]); i += 1 }
        else if i >= a.count || b[j] < a[i] { out.append(b[j]); j += 1 }
        else { out.append(a[i]); i += 1; j += 1 }
    }
    return out
}

private func binarySearch(_ a: [Int32], _ x: Int32) -> Int? {
    var lo = 0
    var hi = a.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if a[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo < a.count && a[lo] == x ? lo : nil
}

import Foundation
