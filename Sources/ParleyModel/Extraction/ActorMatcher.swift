/// Finds known names in text: a trie over folded words, longest match first, so
/// "Syrian Democratic Council" is one group and not the state Syria.
///
/// Matching folds case and diacritics and ignores attached full stops, hyphens and
/// apostrophes ("U.N." = "U N", "al-Assad" = "al Assad"), while white-space runs are already
/// gone in tokens ("Kairat  Abdrakhmanov"). Two guards keep common words out: an alias in
/// capitals (UN, US, IS) matches only capitals, and a capitalised alias only a capitalised word.
public struct ActorMatcher: Sendable {
    /// How strictly the case of the text must agree with the alias.
    enum CaseRule: UInt8, Sendable { case any, capitalized, allCaps }

    struct Pattern: Sendable {
        var actor: Int
        var kind: Mention.Kind
        var rule: CaseRule
        var priority: Int
    }

    /// One match: the tokens it covers and what they name.
    public struct Match: Sendable, Hashable {
        public var actor: Int
        public var kind: Mention.Kind
        /// Token indices (first, last) in the document.
        public var firstToken: Int
        public var lastToken: Int
        /// True when a place name is used as a place ("in Astana", "Astana talks"), not as an actor.
        public var isPlace: Bool
    }

    private var children: [[String: Int32]] = [[:]]
    private var terminal: [Int32: Pattern] = [:]
    /// Folded keys of names that are also places (capitals), for the locative guard.
    private var placeKeys: Set<String> = []

    public init() {}

    /// Adds a name. A later name with the same key replaces an earlier one only at a higher
    /// priority, which is how the corpus layer wins over the world layer.
    public mutating func add(_ text: String, actor: Int, kind: Mention.Kind, priority: Int = 0) {
        let tokens = Tokenizer.tokenize(text)
        let keys = tokens.matchKeys
        guard !keys.isEmpty else { return }
        let words = tokens.filter { $0.kind == .word }
        let rule: CaseRule
        if !words.isEmpty, words.allSatisfy(\.isAllCaps), words.map(\.folded).joined().count >= 2 {
            rule = .allCaps
        } else if let first = tokens.first, first.isCapitalized {
            rule = .capitalized
        } else {
            rule = .any
        }
        var node: Int32 = 0
        for key in keys {
            if let next = children[Int(node)][key] {
                node = next
            } else {
                children.append([:])
                let next = Int32(children.count - 1)
                children[Int(node)][key] = next
                node = next
            }
        }
        if let existing = terminal[node], existing.priority > priority { return }
        if let existing = terminal[node], existing.priority == priority, existing.actor != actor { return }
        terminal[node] = Pattern(actor: actor, kind: kind, rule: rule, priority: priority)
        if kind == .capital { placeKeys.insert(keys.joined(separator: " ")) }
    }

    /// Marks a name as also being a place, so that "in Damascus" is not read as the actor.
    public mutating func addPlace(_ text: String) {
        placeKeys.insert(TextFolding.key(text))
    }

    static let locativeBefore: Set<String> = ["in", "at", "to", "from", "near", "into", "outside", "around", "across", "of", "toward", "towards", "via"]
    static let processAfter: Set<String> = [
        "talks", "process", "peace", "round", "rounds", "format", "meeting", "meetings", "negotiations",
        "discussions", "forum", "summit", "conference", "agreement", "agreements", "accord", "accords", "congress", "track",
    ]

    /// Matches in the tokens `range` of a document's tokens, left to right, longest first.
    public func matches(in tokens: [Token], range: Range<Int>) -> [Match] {
        var positions: [Int] = []
        positions.reserveCapacity(range.count)
        for i in range {
            let t = tokens[i]
            if t.kind == .punct, t.folded == "." || t.folded == "-" || t.folded == "'" { continue }
            positions.append(i)
        }
        var result: [Match] = []
        var p = 0
        while p < positions.count {
            guard tokens[positions[p]].kind != .punct, let first = children[0][tokens[positions[p]].folded] else {
                p += 1
                continue
            }
            var node = first
            var best: (end: Int, pattern: Pattern)?
            var q = p
            while true {
                if let pattern = terminal[node], accepts(pattern.rule, tokens: tokens, positions: positions[p...q]) {
                    best = (q, pattern)
                }
                q += 1
                guard q < positions.count, let next = children[Int(node)][tokens[positions[q]].folded] else { break }
                node = next
            }
            guard let (end, pattern) = best else {
                p += 1
                continue
            }
            let firstToken = positions[p]
            var lastToken = positions[end]
            // "U.N.", "U.S.": the full stop after a closing initial belongs to the name.
            if tokens[lastToken].kind == .word, tokens[lastToken].end - tokens[lastToken].start == 1, lastToken + 1 < range.upperBound,
               tokens[lastToken + 1].folded == ".", !tokens[lastToken + 1].spaceBefore,
               lastToken > range.lowerBound, tokens[lastToken - 1].folded == ".", !tokens[lastToken - 1].spaceBefore {
                lastToken += 1
            }
            result.append(Match(
                actor: pattern.actor, kind: pattern.kind, firstToken: firstToken, lastToken: lastToken,
                isPlace: isPlaceUse(tokens: tokens, first: firstToken, last: lastToken, range: range)))
            p = end + 1
        }
        return result
    }

    private func accepts(_ rule: CaseRule, tokens: [Token], positions: ArraySlice<Int>) -> Bool {
        switch rule {
        case .any: return true
        case .capitalized:
            let t = tokens[positions.first!]
            return t.isCapitalized || t.kind == .number
        case .allCaps:
            return positions.allSatisfy { tokens[$0].kind != .word || tokens[$0].isAllCaps }
        }
    }

    private func isPlaceUse(tokens: [Token], first: Int, last: Int, range: Range<Int>) -> Bool {
        let key = tokens[first...last].filter { $0.kind != .punct }.map(\.folded).joined(separator: " ")
        guard placeKeys.contains(key) else { return false }
        if first > range.lowerBound, Self.locativeBefore.contains(tokens[first - 1].folded) { return true }
        var next = last + 1
        while next < range.upperBound, tokens[next].kind == .punct, tokens[next].folded == "'" || tokens[next].folded == "-" { next += 1 }
        if next < range.upperBound, Self.processAfter.contains(tokens[next].folded) { return true }
        return false
    }
}
