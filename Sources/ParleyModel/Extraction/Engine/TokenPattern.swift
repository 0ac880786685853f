import Yams

/// A small, bounded pattern over tokens, as spaCy's Matcher has them: a sequence of token tests,
/// each optional or not, attached to the token before or not, capturing a value or not, and an
/// `unless` sequence that must not follow the match. No alternation, no repetition: what needs
/// more is a code rule.
///
/// Accepts, as `[{ordinal: number, cardinal-ok: true}, {track: track, optional: true}, {class: round-nouns}]`:
/// "the ⟦fourth round⟧", "⟦the eight Astana round⟧"; refuses "the fourth meeting" (no round noun).
public final class TokenPattern: Sendable {
    public enum Test: Sendable {
        /// A word of a class (or a key of a table).
        case inClass(WordSet)
        case word(Word)
        /// An ordinal word, "21st", or "twenty-first" (three tokens), at least `min`; cardinals
        /// too when allowed.
        case ordinal(allowCardinal: Bool, min: Int)
        /// A cardinal in digits (or in words unless `digitsOnly`), within bounds.
        case number(min: Int, max: Int, digitsOnly: Bool)
        /// A key of a value table; the value is captured.
        case value(WordValues)
        /// A name of a process the corpus knows; its display name is captured.
        case track
        case punct([Word])
        /// A few words set off by two commas ("the eighth, and possibly the final, round"),
        /// none of them a word of the given class.
        case aside(WordSet)
    }

    /// The most words an aside may hold between its commas.
    static let asideWords = 5

    public struct Step: Sendable {
        public var test: Test
        public var optional = false
        /// No space between this token and the one before ("Astana-8").
        public var attached = false
        public var capture: String?

        /// Whether a token must be of a known kind here to match at all: a class word, a given
        /// word or a track.
        var isAnchor: Bool {
            switch test {
            case .inClass, .word, .track: return true
            default: return false
            }
        }

        /// The most tokens this step takes ("twenty-first" is three).
        var maxWidth: Int {
            if case .ordinal = test { return 3 }
            if case .aside = test { return TokenPattern.asideWords + 2 }
            return 1
        }
    }

    /// A captured value: a number or a text.
    public enum Value: Sendable, Hashable, CustomStringConvertible {
        case number(Int)
        case text(String)
        public var description: String {
            switch self {
            case .number(let n): return String(n)
            case .text(let t): return t
            }
        }
        public var number: Int? { if case .number(let n) = self { return n } else { return nil } }
        public var text: String? { if case .text(let t) = self { return t } else { return nil } }
    }

    public struct Match: Sendable {
        public var first: Int
        public var last: Int
        public var captures: [String: Value]
    }

    /// A pattern longer than this is a program, not a phrase: write a code rule.
    public static let maxSteps = 8

    public let steps: [Step]
    public let unless: [Step]
    /// At most how many tokens a match takes before its anchor (the first required class or
    /// track step): a match can start only that far before an anchor token.
    public let lead: Int

    public init(steps: [Step], unless: [Step] = []) {
        precondition(!steps.isEmpty && steps.count <= Self.maxSteps, "a token pattern has 1 to \(Self.maxSteps) steps")
        self.steps = steps
        self.unless = unless
        var lead = 0
        for s in steps {
            if !s.optional, s.isAnchor { break }
            lead += s.maxWidth
        }
        self.lead = lead
        var anchor: WordSet?
        for s in steps where !s.optional {
            if case .inClass(let set) = s.test {
                anchor = set
                break
            }
            if case .word(let w) = s.test {
                var set = WordSet([String]())
                set.insert(w)
                anchor = set
                break
            }
        }
        anchorWords = anchor
        isAnchoredAtTrack = steps.contains { step in
            guard !step.optional else { return false }
            if case .track = step.test { return true }
            return false
        }
    }

    /// The words one of which every match holds (the first required class or word step), so a sentence
    /// without any is skipped; nil when the pattern is anchored at a track name instead.
    public let anchorWords: WordSet?

    /// Whether a track name is the pattern's required anchor.
    public let isAnchoredAtTrack: Bool

    /// The match starting at token `i` of the sentence, if any.
    public func match(at i: Int, in s: SentenceContext, ordinals: Ordinals) -> Match? {
        // Captures are kept in a stack while steps are tried (cut back when a branch fails),
        // and made a dictionary only for a match: most tries fail, and copying a dictionary
        // at each step was most of a try's cost.
        var captures: [(String, Value)] = []
        guard let end = matchSteps(steps, from: 0, at: i, in: s, ordinals: ordinals, captures: &captures), end > i else { return nil }
        if !unless.isEmpty {
            var ignored: [(String, Value)] = []
            if matchSteps(unless, from: 0, at: end, in: s, ordinals: ordinals, captures: &ignored) != nil { return nil }
        }
        return Match(first: i, last: end - 1, captures: Dictionary(captures, uniquingKeysWith: { _, later in later }))
    }

    /// Steps `k...` from token `p`: the token after the match, trying an optional step before skipping it.
    private func matchSteps(
        _ steps: [Step], from k: Int, at p: Int, in s: SentenceContext, ordinals: Ordinals,
        captures: inout [(String, Value)]
    ) -> Int? {
        guard k < steps.count else { return p }
        if p < s.range.upperBound, let (width, value) = test(steps[k], at: p, in: s, ordinals: ordinals) {
            let depth = captures.count
            if let name = steps[k].capture, let value { captures.append((name, value)) }
            if let end = matchSteps(steps, from: k + 1, at: p + width, in: s, ordinals: ordinals, captures: &captures) {
                return end
            }
            captures.removeSubrange(depth...)
        }
        return steps[k].optional ? matchSteps(steps, from: k + 1, at: p, in: s, ordinals: ordinals, captures: &captures) : nil
    }

    /// How many tokens one step takes at `p`, and what it captures.
    private func test(_ step: Step, at p: Int, in s: SentenceContext, ordinals: Ordinals) -> (Int, Value?)? {
        let t = s.tokens[p]
        if step.attached, t.spaceBefore { return nil }
        switch step.test {
        case .inClass(let set):
            return set.contains(t.word) ? (1, nil) : nil
        case .word(let w):
            return t.word == w ? (1, nil) : nil
        case .ordinal(let allowCardinal, let lo):
            if let (v, last) = ordinals.compound(s.tokens, at: p, end: s.range.upperBound) {
                return v >= lo ? (last - p + 1, .number(v)) : nil
            }
            return ordinals.value(of: t, allowCardinal: allowCardinal).flatMap { $0 >= lo ? (1, .number($0)) : nil }
        case .number(let lo, let hi, let digitsOnly):
            if digitsOnly, t.kind != .number { return nil }
            guard let n = ordinals.cardinal(t), n >= lo, n <= hi else { return nil }
            return (1, .number(n))
        case .value(let table):
            return table[word: t.word].map { (1, .number($0)) }
        case .track:
            return s.tracks.track(named: t).map { (1, .text($0)) }
        case .punct(let marks):
            return t.kind == .punct && marks.contains(t.word) ? (1, nil) : nil
        case .aside(let stops):
            guard t.word == .comma else { return nil }
            let end = min(s.range.upperBound, p + 2 + Self.asideWords)
            for q in (p + 1)..<end {
                if s.tokens[q].word == .comma { return q > p + 1 ? (q - p + 1, nil) : nil }
                if s.tokens[q].kind == .punct || stops.contains(s.tokens[q].word) { return nil }
            }
            return nil
        }
    }

    // MARK: Reading patterns from YAML

    /// Compiles `match:` or `unless:` steps: `{class: NAME}`, `{word: TEXT}`, `{ordinal: CAPTURE,
    /// cardinal-ok: true}`, `{number: CAPTURE, min: 1, max: 99, digits: true}`, `{values: TABLE,
    /// capture: NAME}`, `{track: CAPTURE}`, `{punct: [",", "."]}`, each with `optional` and
    /// `attached`. Unknown keys and unknown classes are errors naming the line.
    static func steps(_ node: Node, lexicons: Lexicons, file: String) throws -> [Step] {
        guard let seq = node.sequence else {
            throw Lexicons.Problem(location: ResourceLocation(file: file, line: node.mark?.line ?? 0), message: "steps should be a list")
        }
        return try seq.map { item in
            let at = ResourceLocation(file: file, line: item.mark?.line ?? 0)
            guard let m = item.mapping else {
                throw Lexicons.Problem(location: at, message: "a step should be a mapping such as {class: round-nouns}")
            }
            func text(_ k: String) -> String? { m[k]?.scalar?.string }
            func flag(_ k: String) -> Bool { ["true", "yes"].contains(text(k) ?? "") }
            func int(_ k: String, _ d: Int) throws -> Int {
                guard let s = text(k) else { return d }
                guard let v = Int(s) else { throw Lexicons.Problem(location: at, message: "'\(k)' should be a whole number") }
                return v
            }
            let known: Set<String> = [
                "class", "word", "ordinal", "cardinal-ok", "number", "min", "max", "digits", "values", "capture",
                "track", "punct", "optional", "attached", "aside",
            ]
            for (k, _) in m {
                if let key = k.scalar?.string, !known.contains(key) {
                    throw Lexicons.Problem(location: at, message: "unknown step key '\(key)'")
                }
            }
            var step: Step
            if let name = text("class") {
                if let c = lexicons.classes[name] {
                    step = Step(test: .inClass(c.words))
                } else if let t = lexicons.tables[name] {
                    step = Step(test: .inClass(t.keys))
                } else {
                    throw Lexicons.Problem(location: at, message: "no word class or table named '\(name)'")
                }
                step.capture = text("capture")
            } else if let w = text("word") {
                let tokens = Tokenizer.tokenize(w)
                guard tokens.count == 1 else { throw Lexicons.Problem(location: at, message: "'\(w)' is not one token") }
                step = Step(test: .word(tokens[0].word), capture: text("capture"))
            } else if let cap = text("ordinal") {
                step = Step(test: .ordinal(allowCardinal: flag("cardinal-ok"), min: try int("min", 1)), capture: cap)
            } else if let cap = text("number") {
                step = Step(
                    test: .number(min: try int("min", 1), max: try int("max", 99), digitsOnly: flag("digits")),
                    capture: cap == "any" ? nil : cap)
            } else if let name = text("values") {
                guard let t = lexicons.tables[name] else { throw Lexicons.Problem(location: at, message: "no value table named '\(name)'") }
                step = Step(test: .value(t), capture: text("capture"))
            } else if let name = text("aside") {
                guard let c = lexicons.classes[name] else { throw Lexicons.Problem(location: at, message: "no word class named '\(name)'") }
                step = Step(test: .aside(c.words))
            } else if let cap = text("track") {
                step = Step(test: .track, capture: ["true", "any"].contains(cap) ? nil : cap)
            } else if let p = m["punct"] {
                let marks = (p.sequence?.compactMap { $0.scalar?.string } ?? p.scalar.map { [$0.string] } ?? [])
                let words = marks.map { Tokenizer.tokenize($0) }
                guard !words.isEmpty, words.allSatisfy({ $0.count == 1 && $0[0].kind == .punct }) else {
                    throw Lexicons.Problem(location: at, message: "'punct' should list single punctuation marks")
                }
                step = Step(test: .punct(words.map { $0[0].word }))
            } else {
                throw Lexicons.Problem(location: at, message: "a step needs a test: class, word, ordinal, number, values, track or punct")
            }
            step.optional = flag("optional")
            step.attached = flag("attached")
            return step
        }
    }
}
