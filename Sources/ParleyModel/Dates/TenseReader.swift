/// Whether the words of a sentence around a place in it speak of the past ("was held",
/// "kicked off") or the future ("will open", "is scheduled to", "won't attend"): one reading,
/// shared by the date finder (a bare "March" or "Tuesday" resolves by it, a date's claim takes
/// held or planned from it) and the round finder (the status of a round phrase or a
/// participation cue that no date stands beside).
///
/// It reads the nearest tense word within the clause (before the place, then after it), then
/// anywhere in the sentence, nearest first; `inClause` says which.
public struct TenseReader {
    /// What the reading found: the tense, whether its word stands in the clause read, and
    /// that word (a token of the sentence; `cueWord` is its lowercased text).
    public struct TenseReading {
        public var tense: DateTense
        public var inClause: Bool
        var cue: Int
    }

    let tokens: [DateToken]
    let words: DateWords

    /// The tense of the words at and around the UTF-8 byte range `bytes` of the sentence
    /// `sentence`, if they say: "Russia ⟦attended⟧ the talks" is past; "the delegation ⟦won't
    /// attend⟧" is future; "⟦Talks⟧ in Vienna" says neither. The words of the range are read
    /// first (a cue may be a verb), as if the place were just before them.
    public static func read(sentence: [UInt8], around bytes: Range<Int>, words: DateWords) -> TenseReading? {
        let tokens = DateToken.tokenize(sentence, words: words)
        guard let first = tokens.firstIndex(where: { $0.end > bytes.lowerBound }) else { return nil }
        return TenseReader(tokens: tokens, words: words).tense(around: first..<first)
    }

    /// The lowercased word that gave a reading.
    func word(of reading: TenseReading) -> String { word(reading.cue) }

    /// The tense of the words nearest the tokens `span`.
    func tense(around span: Range<Int>) -> TenseReading? {
        // "will continue into Thursday"; but "entered into force on December 30" is past.
        if word(span.lowerBound - 1) == "into" { return TenseReading(tense: .future, inClause: true, cue: span.lowerBound - 1) }
        var k = span.lowerBound - 1
        while k >= 0, !isClauseBreak(k) {
            if let c = cue(at: k) { return TenseReading(tense: c, inClause: true, cue: k) }
            k -= 1
        }
        k = span.upperBound
        while k < tokens.count, !isClauseBreak(k) {
            if let c = cue(at: k) { return TenseReading(tense: c, inClause: true, cue: k) }
            k += 1
        }
        var distance = 1
        while span.lowerBound - distance >= 0 || span.upperBound - 1 + distance < tokens.count {
            if span.lowerBound - distance >= 0, let c = cue(at: span.lowerBound - distance) {
                return TenseReading(tense: c, inClause: false, cue: span.lowerBound - distance)
            }
            if span.upperBound - 1 + distance < tokens.count, let c = cue(at: span.upperBound - 1 + distance) {
                return TenseReading(tense: c, inClause: false, cue: span.upperBound - 1 + distance)
            }
            distance += 1
        }
        return nil
    }

    private func cue(at k: Int) -> DateTense? {
        let t = tokens[k]
        guard t.kind == .word, !t.lower.isEmpty else { return nil }
        let w = t.lower
        // Most words are none of the lists: their bit says so without hashing them.
        let listed = t.mayBeTense
        // Phrases first: "won't" is future, though "won" alone is past.
        if listed {
            if isInFuturePhrase(k) { return .future }
            if words.futureWords.contains(w) { return .future }
            // "set to", "set for": "set" alone is any tense.
            if w == "set" { return word(k + 1) == "to" || word(k + 1) == "for" ? .future : nil }
            if words.futureBeforeTo.contains(w) { return word(k + 1) == "to" ? .future : nil }
            if words.infinitiveFuture.contains(w), word(k - 1) == "to" { return .future }
        }
        // "will be held", "to be signed": a participle after "be" takes its tense from further back.
        if word(k - 1) == "be" || word(k - 1) == "being" { return nil }
        // "UN-mediated", "Russian-led": compound adjectives, not verbs.
        if kind(k - 1) == .dash, k - 1 >= 0, tokens[k - 1].end == t.start { return nil }
        if listed, words.pastWords.contains(w) { return .past }
        // Regular past tense; capitalised "-ed" words are mostly names ("United Nations").
        if !t.isCapitalized, w.utf8.count >= 5, w.hasSuffix("ed"), !w.hasSuffix("eed"), w != "hundred" {
            return .past
        }
        return nil
    }

    /// Whether token `k` starts or ends a future phrase ("won't", "'ll").
    private func isInFuturePhrase(_ k: Int) -> Bool {
        guard words.futurePhraseWords.contains(tokens[k].lower) else { return false }
        for p in words.futurePhrases {
            for start in [k, k - p.count + 1] where start >= 0 && start + p.count <= tokens.count {
                var ok = true
                for (n, part) in p.enumerated() {
                    let t = tokens[start + n]
                    if part == "'" ? t.kind != .apostrophe : t.lower != part {
                        ok = false
                        break
                    }
                }
                if ok { return true }
            }
        }
        return false
    }

    private func isClauseBreak(_ k: Int) -> Bool {
        switch tokens[k].kind {
        case .comma, .boundary: return true
        case .dash: return k > 0 && tokens[k - 1].end != tokens[k].start
        case .word: return tokens[k].mayBeTense && words.clauseBreaks.contains(tokens[k].lower)
        default: return false
        }
    }

    private func kind(_ k: Int) -> DateToken.Kind? { k >= 0 && k < tokens.count ? tokens[k].kind : nil }

    /// The lowercased word at `k`, or "" for anything else, including out of bounds.
    private func word(_ k: Int) -> String { k >= 0 && k < tokens.count && tokens[k].kind == .word ? tokens[k].lower : "" }
}
