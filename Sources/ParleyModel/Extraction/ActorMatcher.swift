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
    ///
    /// Stored in 16 bytes (a large corpus holds hundreds of thousands, in more than one pass);
    /// actor and token indices fit 32 bits since the loader reads files of at most 1 GiB.
    public struct Match: Sendable, Hashable {
        private var actor32: Int32
        private var first32: Int32
        private var last32: Int32
        public var kind: Mention.Kind
        /// True when a place name is used as a place ("in Astana", "Astana talks"), not as an actor.
        public var isPlace: Bool

        public init(actor: Int, kind: Mention.Kind, firstToken: Int, lastToken: Int, isPlace: Bool) {
            actor32 = Int32(actor)
            first32 = Int32(firstToken)
            last32 = Int32(lastToken)
            self.kind = kind
            self.isPlace = isPlace
        }

        /// Index of the actor (-1 for a place use of an actor never named as one).
        public var actor: Int {
            get { Int(actor32) }
            set { actor32 = Int32(newValue) }
        }
        /// Token indices (first, last) in the document.
        public var firstToken: Int { Int(first32) }
        public var lastToken: Int { Int(last32) }
    }

    /// The trie: the first word of a name by word number (a dense table, since nearly every
    /// token is looked up there and nearly all miss), later words keyed by (node, word).
    private var roots: [Int32] = []
    private var edges = TrieEdges()
    private var nodeCount: Int32 = 1
    /// The name ending at each node, by node number (nil where none ends).
    private var terminal: [Pattern?] = [nil]
    /// Nodes that end a name which is also a place (a capital, a state), for the locative
    /// guard: a match's words are the path to its node, so no key is built per match.
    private var isPlaceNode: [Bool] = [false]

    /// Words before a name that make it a place ("in Damascus"), from `places.yaml`.
    private let locativeBefore: WordClass
    /// Words after a name that make it the process's name, not the actor ("the Astana talks").
    private let processAfter: WordSet
    /// Words between a locative and a place ("in downtown Vienna"), from `places.yaml`.
    private let locativeModifiers: WordClass
    /// Verbs whose object is a place ("reached Vienna"), from `places.yaml`.
    private let motionVerbs: WordClass
    /// Nouns after a demonym that make it a place ("the Austrian capital").
    private let placeNounsAfter: WordClass
    /// Nouns after a demonym that make it no mention of the state ("the Syrian civil war").
    private let demonymNotState: WordClass
    /// Words with a part other than a name's: a demonym before any other capitalised word is
    /// part of that word's name ("Japanese TBS TV", "the Turkish Stream pipeline").
    private let knownWords: WordSet
    /// Words glued on by a hyphen that keep a name a place ("Vienna-based").
    private let placeSuffixes: WordClass
    /// Nouns before "of"/"from" that keep the state after them an actor ("delegations from Turkey").
    private let relationalNouns: WordClass
    /// Month and weekday names, which after "Vienna," make it a dateline, not a list.
    private let dates: DateWords
    /// "Astana is a course to peace": a copula, then a noun that makes the name the talks or
    /// the place (`copulas`, `place-descriptions` in places.yaml).
    private let copulas: WordClass
    private let placeDescriptions: WordClass

    public init(lexicons: Lexicons = .builtIn) {
        dates = lexicons.dates
        locativeBefore = lexicons.locativeBefore
        processAfter = lexicons.processAfter
        placeNounsAfter = lexicons.placeNounsAfter
        demonymNotState = lexicons.demonymNotState
        knownWords = lexicons.knownWords
        locativeModifiers = lexicons.locativeModifiers
        motionVerbs = lexicons.motionVerbs
        placeSuffixes = lexicons.placeSuffixes
        relationalNouns = lexicons.relationalNouns
        copulas = lexicons.copulas
        placeDescriptions = lexicons.placeDescriptions
    }

    /// How many of a document's first sentences may open with a dateline ("VIENNA, December
    /// 17.", "DOHA (Dispatches) –"): a headline may stand before it.
    static let datelineSentences = 2

    /// A matcher of every name a gazetteer gives (names, aliases, demonyms, metonyms, capitals),
    /// actor numbers being entry positions; a corpus-layer entry wins over a world one.
    public init(gazetteer: Gazetteer, lexicons: Lexicons = .builtIn) {
        self.init(lexicons: lexicons)
        for (i, e) in gazetteer.entries.enumerated() {
            let priority = e.layer == .corpus ? 2 : 1
            add(e.name, actor: i, kind: .name, priority: priority)
            for a in e.aliases { add(a, actor: i, kind: .alias, priority: priority) }
            for a in e.demonyms { add(a, actor: i, kind: .demonym, priority: priority) }
            for a in e.metonyms { add(a, actor: i, kind: .metonym, priority: priority) }
            if let c = e.capital { add(c, actor: i, kind: .capital, priority: priority) }
            for c in e.capitalNames { add(c, actor: i, kind: .capital, priority: priority) }
            if e.type == .state {
                addPlace(e.name)
                for a in e.aliases { addPlace(a) }
            }
        }
    }

    /// Adds a name. A later name with the same key replaces an earlier one only at a higher
    /// priority, which is how the corpus layer wins over the world layer.
    public mutating func add(_ text: String, actor: Int, kind: Mention.Kind, priority: Int = 0) {
        let tokens = Tokenizer.tokenize(text)
        let keys = tokens.matchWords
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
        let node = path(keys)
        if let existing = terminal[Int(node)], existing.priority > priority { return }
        if let existing = terminal[Int(node)], existing.priority == priority, existing.actor != actor { return }
        terminal[Int(node)] = Pattern(actor: actor, kind: kind, rule: rule, priority: priority)
        if kind == .capital { isPlaceNode[Int(node)] = true }
    }

    /// The node at the end of a non-empty list of words, made as needed.
    private mutating func path(_ keys: [Word]) -> Int32 {
        let head = keys[0]
        if head.index >= roots.count { roots += Array(repeating: -1, count: head.index - roots.count + 1) }
        var node = roots[head.index]
        if node < 0 {
            node = newNode()
            roots[head.index] = node
        }
        for key in keys.dropFirst() {
            if let next = edges.next(node, key) {
                node = next
            } else {
                let next = newNode()
                edges.insert(node, key, next: next)
                node = next
            }
        }
        return node
    }

    private mutating func newNode() -> Int32 {
        defer { nodeCount += 1 }
        terminal.append(nil)
        isPlaceNode.append(false)
        return nodeCount
    }

    /// Marks a name as also being a place, so that "in Damascus" is not read as the actor.
    public mutating func addPlace(_ text: String) {
        let keys = Tokenizer.tokenize(text).matchWords
        guard !keys.isEmpty else { return }
        isPlaceNode[Int(path(keys))] = true
    }

    /// Matches in the tokens `range` of a document's tokens, left to right, longest first.
    public func matches(in tokens: [Token], range: Range<Int>) -> [Match] {
        var result: [Match] = []
        var positions: [Int] = []
        tokens.withUnsafeBufferPointer { appendMatches(in: $0, range: range, to: &result, positions: &positions) }
        return result
    }

    /// The matches of every sentence of a document, in text order.
    public func matches(in tokens: [Token], sentences: [Sentence]) -> [Match] {
        var result: [Match] = []
        result.reserveCapacity(tokens.count / 8)
        // One scratch array for the whole document, not one per sentence.
        var positions: [Int] = []
        positions.reserveCapacity(sentences.reduce(0) { max($0, $1.tokens.count) })
        tokens.withUnsafeBufferPointer { all in
            for (k, s) in sentences.enumerated() {
                appendMatches(in: all, range: s.tokens, to: &result, positions: &positions, opening: k < Self.datelineSentences)
            }
        }
        return result
    }

    private func appendMatches(
        in tokens: UnsafeBufferPointer<Token>, range: Range<Int>, to result: inout [Match], positions: inout [Int], opening: Bool = false
    ) {
        let before = result.count
        let period = Word.period
        let hyphen = Word.hyphen
        let apostrophe = Word.apostrophe
        // Most sentences name nobody: find the first token that can start a name before
        // building anything.
        var firstStart = range.lowerBound
        while firstStart < range.upperBound, !startsName(tokens[firstStart]) { firstStart += 1 }
        guard firstStart < range.upperBound else { return }
        positions.removeAll(keepingCapacity: true)
        for i in firstStart..<range.upperBound {
            let t = tokens[i]
            if t.kind == .punct, t.word == period || t.word == hyphen || t.word == apostrophe { continue }
            positions.append(i)
        }
        var p = 0
        while p < positions.count {
            let head = tokens[positions[p]]
            guard startsName(head) else {
                p += 1
                continue
            }
            var best = longestMatch(from: p, tokens: tokens, positions: positions)
            // "the UN High Commissioner for Refugees": a name that starts with "the" ("the UN")
            // gives way to a longer one starting at the next word.
            if let b = best, head.word == Self.the, p + 1 < positions.count,
                let longer = longestMatch(from: p + 1, tokens: tokens, positions: positions), longer.end > b.end
            {
                best = longer
                p += 1
            }
            guard let (end, pattern, matched) = best else {
                p += 1
                continue
            }
            let firstToken = positions[p]
            var lastToken = positions[end]
            // "U.N.", "U.S.": the full stop after a closing initial belongs to the name.
            if tokens[lastToken].kind == .word, tokens[lastToken].end - tokens[lastToken].start == 1, lastToken + 1 < range.upperBound,
                tokens[lastToken + 1].word == period, !tokens[lastToken + 1].spaceBefore,
                lastToken > range.lowerBound, tokens[lastToken - 1].word == period, !tokens[lastToken - 1].spaceBefore
            {
                lastToken += 1
            }
            var place = false
            if isPlaceNode[Int(matched)] {
                place =
                    isPlaceUse(tokens: tokens, first: firstToken, last: lastToken, range: range)
                    || (opening && firstToken == range.lowerBound
                        && isDateline(tokens: tokens, first: firstToken, last: lastToken, range: range))
                    // "Vienna, Austria": a state after its capital and a comma is where that place is.
                    || (result.count > before && result.last!.isPlace && result.last!.kind == .capital
                        && result.last!.actor == pattern.actor && result.last!.lastToken == firstToken - 2
                        && tokens[firstToken - 1].word == .comma)
            } else if pattern.kind == .demonym, lastToken + 1 < range.upperBound, placeNounsAfter.contains(tokens[lastToken + 1].word) {
                place = true
            } else if pattern.kind == .demonym, lastToken + 1 < range.upperBound,
                demonymNotState.contains(tokens[lastToken + 1].word) || isInOtherName(tokens[lastToken + 1])
            {
                // "the Syrian civil war", "an Australian academic": the country's people or
                // affairs, not the state; "Japanese TBS TV", "Turkish Stream": part of the name
                // of something else. No mention at all.
                p = end + 1
                continue
            }
            result.append(Match(actor: pattern.actor, kind: pattern.kind, firstToken: firstToken, lastToken: lastToken, isPlace: place))
            p = end + 1
        }
    }

    @inline(__always)
    /// Whether the word after a demonym makes the demonym part of another thing's name: a
    /// capitalised word that no lexicon knows and that starts no known name ("Japanese TBS",
    /// "Turkish Stream", "Syrian Kurds"); not "Russian Foreign Minister" ("foreign" is a
    /// title's word) nor "the Iranian President".
    private func isInOtherName(_ t: Token) -> Bool {
        t.kind == .word && t.isCapitalized && t.spaceBefore && !knownWords.contains(t.word) && !startsName(t)
    }

    private func startsName(_ t: Token) -> Bool {
        t.kind != .punct && t.word.index < roots.count && roots[t.word.index] >= 0
    }

    /// The longest name starting at `positions[p]`, as the matching loop finds it.
    private func longestMatch(from p: Int, tokens: UnsafeBufferPointer<Token>, positions: [Int]) -> (
        end: Int, pattern: Pattern, node: Int32
    )? {
        let head = tokens[positions[p]]
        guard startsName(head) else { return nil }
        var node = roots[head.word.index]
        var best: (end: Int, pattern: Pattern, node: Int32)?
        var q = p
        while true {
            if let pattern = terminal[Int(node)], accepts(pattern.rule, tokens: tokens, positions: positions[p...q]) {
                best = (q, pattern, node)
            }
            q += 1
            guard q < positions.count, let next = edges.next(node, tokens[positions[q]].word) else { break }
            node = next
        }
        return best
    }

    private func accepts(_ rule: CaseRule, tokens: UnsafeBufferPointer<Token>, positions: ArraySlice<Int>) -> Bool {
        switch rule {
        case .any: return true
        case .capitalized:
            let t = tokens[positions.first!]
            return t.isCapitalized || t.kind == .number
        case .allCaps:
            return positions.allSatisfy { tokens[$0].kind != .word || tokens[$0].isAllCaps }
        }
    }

    /// Whether a match of a place name is used as a place here: after a locative ("in
    /// Astana", "in downtown Vienna") or a verb of going ("reached Vienna"; "met Russia's
    /// envoy" is not one); but "delegations from Turkey" and "the government of Syria" are the actor), before a process noun ("the Astana talks", and after "the" with one lower-case
    /// word between: "the Vienna nuclear talks"), or glued to a place suffix ("Vienna-based").
    /// "Astana said" and "Astana's position" stay the actor.
    private func isPlaceUse(tokens: UnsafeBufferPointer<Token>, first: Int, last: Int, range: Range<Int>) -> Bool {
        if first > range.lowerBound, locativeBefore.contains(tokens[first - 1].word) {
            // "delegations from Turkey", "the government of Syria": the state is the actor.
            let w = tokens[first - 1].word
            let relational =
                (w == Self.of || w == Self.from) && first - 1 > range.lowerBound && relationalNouns.contains(tokens[first - 2].word)
            if !relational { return true }
        }
        // "in downtown Vienna", "in northern Syria"; "reached Vienna on Thursday".
        if first > range.lowerBound + 1, locativeModifiers.contains(tokens[first - 1].word),
            locativeBefore.contains(tokens[first - 2].word)
        {
            return true
        }
        if first > range.lowerBound, motionVerbs.contains(tokens[first - 1].word) { return true }
        var next = last + 1
        if next + 1 < range.upperBound, tokens[next].word == .hyphen, !tokens[next].spaceBefore, !tokens[next + 1].spaceBefore,
            placeSuffixes.contains(tokens[next + 1].word)
        {
            return true
        }
        while next < range.upperBound, tokens[next].kind == .punct,
            tokens[next].word == .apostrophe || tokens[next].word == .hyphen || tokens[next].word == Self.underscore
        {
            next += 1
        }
        guard next < range.upperBound else { return false }
        if processAfter.contains(tokens[next].word) { return true }
        if copulas.contains(tokens[next].word), isDescribedAsPlace(tokens: tokens, after: next, range: range) { return true }
        // One word between only after "the": "Russia said talks …" is Russia speaking.
        let t = tokens[next]
        return first > range.lowerBound && tokens[first - 1].word == Self.the && t.kind == .word && !t.isCapitalized
            && next + 1 < range.upperBound && processAfter.contains(tokens[next + 1].word)
    }

    /// Whether the words after a copula describe the name before it as the talks or a place:
    /// a description or process noun within `descriptionReach` words, no punctuation between
    /// ("is a course", "remains the only venue", "has been the main platform"). Refused: "is
    /// a guarantor", "is hosting the talks" (a verb, then the talks: the state acting).
    private func isDescribedAsPlace(tokens: UnsafeBufferPointer<Token>, after copula: Int, range: Range<Int>) -> Bool {
        let end = min(range.upperBound, copula + 1 + Self.descriptionReach)
        for k in (copula + 1)..<end {
            let t = tokens[k]
            if t.kind == .punct { return false }
            if placeDescriptions.contains(t.word) || processAfter.contains(t.word) {
                // "is hosting the talks": a verb before the noun makes the state the one acting.
                return !((copula + 1)..<k).contains { tokens[$0].folded.hasSuffix("ing") }
            }
        }
        return false
    }

    /// How many words after a copula a description may stand ("remains the only real venue").
    static let descriptionReach = 4

    /// A name that opens one of an article's first sentences and is followed by a comma,
    /// colon, bracket or dash is its dateline ("VIENNA, December 17.", "DOHA (Dispatches) –"):
    /// where it was written, not an actor. "Moscow said" stays the actor. A comma makes a
    /// dateline only after a name in capitals ("NUR-SULTAN, Kazakhstan") or before a date
    /// ("Vienna, 30 November 2021"): "Russia, Turkey and Iran sign ..." opens a list of actors.
    private func isDateline(tokens: UnsafeBufferPointer<Token>, first: Int, last: Int, range: Range<Int>) -> Bool {
        guard last + 1 < range.upperBound else { return false }
        let mark = tokens[last + 1].word
        guard Self.datelineMarks.contains(mark) else { return false }
        guard mark == .comma else { return true }
        if tokens[first].isAllCaps { return true }
        guard last + 2 < range.upperBound else { return false }
        let next = tokens[last + 2]
        if next.kind == .number { return true }
        let f = next.folded
        return next.isCapitalized && (dates.months[f] != nil || dates.monthAbbreviations[f] != nil || dates.weekdays[f] != nil)
    }

    static let datelineMarks: Set<Word> = [.comma, Word(":"), .openParen, .emDash, .enDash, .hyphen]
    static let underscore = Word("_")
    static let the = Word("the")
    static let of = Word("of")
    static let from = Word("from")
}
