import Yams

/// A round rule written as a token pattern in `Resources/rules/en/round-phrases.yaml`: the
/// pattern, the kind of claim a match makes, and whether the phrase extends to a determiner
/// and "of ... talks" (`RoundPhraseExtent`). Its examples are the entry's `accepts` and `refuses`.
/// A class: the finder tries every rule at many tokens, and a reference is handed on with one retain.
public final class RoundPhraseRule: ExtractionRule {
    public let name: String
    public let doc: String
    public let examples: [RuleExample]
    public let pattern: TokenPattern
    public let kind: RoundClaim.Kind
    public let extends: Bool
    /// Whether the sentence must name a process the corpus knows (`context: track`): "meeting"
    /// names a round only then, and not after a possessive ("its next meeting") or before "of"
    /// anything but talks ("the fifth meeting of the working group").
    public let needsTrack: Bool
    /// With `context: series`: a phrase followed by "since" counts a series of the process even
    /// where the sentence names none ("the third meeting between the sides since June").
    public let countsSeries: Bool

    init(
        name: String, doc: String, examples: [RuleExample], pattern: TokenPattern, kind: RoundClaim.Kind, extends: Bool,
        needsTrack: Bool = false, countsSeries: Bool = false
    ) {
        self.needsTrack = needsTrack
        self.countsSeries = countsSeries
        self.name = name
        self.doc = doc
        self.examples = examples
        self.pattern = pattern
        self.kind = kind
        self.extends = extends
    }

    /// The phrase a match at token `i` makes, if any.
    func phrase(at i: Int, in s: SentenceContext, ordinals: Ordinals) -> RoundPhrase? {
        guard let m = pattern.match(at: i, in: s, ordinals: ordinals) else { return nil }
        // The process named in the sentence, or the phrase counting a series: "the third meeting
        // between the Taliban and US officials since the appointment of the envoy".
        if needsTrack, !s.range.contains(where: { s.tracks.track(named: s.tokens[$0]) != nil }),
            !countsSeries || !((m.last + 1)..<s.range.upperBound).contains(where: { s.tokens[$0].word == Self.since })
        {
            return nil
        }
        var p = RoundPhrase(
            kind: kind, first: m.first, last: m.last, number: m.captures["number"]?.number,
            relation: m.captures["relation"]?.number.flatMap(RoundRelation.init(offset:)),
            count: m.captures["count"]?.number, track: m.captures["track"]?.text)
        if extends { RoundPhraseExtent.extend(&p, in: s) }
        // "The Joint Commission held its 18th round of meetings": the body's own count, where
        // no process is named before the possessive.
        if m.first > s.range.lowerBound, s.lexicons.bodyPossessives.contains(s.tokens[m.first - 1].word),
            !(s.range.lowerBound..<(m.first - 1)).contains(where: { s.tracks.track(named: s.tokens[$0]) != nil })
        {
            return nil
        }
        if needsTrack {
            // "its next meeting", "the fifth meeting of the working group": another body's meetings.
            if m.first > s.range.lowerBound, s.lexicons.possessives.contains(s.tokens[m.first - 1].word) { return nil }
            if p.last == m.last, m.last + 1 < s.range.upperBound, s.tokens[m.last + 1].word == RoundPhraseExtent.of { return nil }
        }
        return p
    }

    /// This rule alone over a sentence, left to right, matches not overlapping.
    public func phrases(in s: SentenceContext) -> [RoundPhrase] {
        let ordinals = Ordinals(s.lexicons)
        var out: [RoundPhrase] = []
        var i = s.range.lowerBound
        while i < s.range.upperBound {
            if let p = phrase(at: i, in: s, ordinals: ordinals) {
                out.append(p)
                i = p.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    public func findings(in s: SentenceContext) -> [RuleFinding] {
        phrases(in: s).map { RuleFinding(range: s.bytes($0.first, $0.last), fields: $0.fields) }
    }

    static let since = Word("since")

    /// `context:` of a rule: none, `track` (the sentence names a known process) or `series`
    /// (that, or the phrase counts a series "since" something).
    static func context(_ value: String?, at: ResourceLocation) throws -> (needsTrack: Bool, series: Bool) {
        switch value {
        case nil: return (false, false)
        case "track": return (true, false)
        case "series": return (true, true)
        case let other?: throw Lexicons.Problem(location: at, message: "context '\(other)' is not known (track, series)")
        }
    }

    /// Reads the rules of one file (a list of `{rule, doc, match, unless, kind, extend, accepts, refuses}`).
    static func parse(_ yaml: String, file: String, lexicons: Lexicons) throws -> [RoundPhraseRule] {
        let root: Node?
        do {
            root = try Catalog.compose(yaml)
        } catch {
            throw Lexicons.Problem(
                location: ResourceLocation(file: file, line: Catalog.yamlLine(of: error) ?? 0),
                message: "not valid YAML: \(Catalog.yamlMessage(error))")
        }
        guard let list = root?.sequence else {
            throw Lexicons.Problem(location: ResourceLocation(file: file, line: 1), message: "expected a list of rules")
        }
        return try list.map { node in
            let line = node.mark?.line ?? 0
            let at = ResourceLocation(file: file, line: line)
            guard let m = node.mapping, let name = m["rule"]?.scalar?.string, let doc = m["doc"]?.scalar?.string,
                let match = m["match"]
            else {
                throw Lexicons.Problem(location: at, message: "a rule needs rule, doc and match")
            }
            guard let kindName = m["kind"]?.scalar?.string, let kind = RoundClaim.Kind(rawValue: kindName),
                [.numbered, .relative, .count].contains(kind)
            else {
                throw Lexicons.Problem(location: at, message: "rule '\(name)' needs a kind: numbered, relative or count")
            }
            let steps = try TokenPattern.steps(match, lexicons: lexicons, file: file)
            guard steps.count <= TokenPattern.maxSteps else {
                throw Lexicons.Problem(
                    location: at, message: "rule '\(name)' has more than \(TokenPattern.maxSteps) steps: write a code rule")
            }
            let unless = try m["unless"].map { try TokenPattern.steps($0, lexicons: lexicons, file: file) } ?? []
            var examples: [RuleExample] = []
            for (field, accepts) in [("accepts", true), ("refuses", false)] {
                for item in m[field]?.sequence ?? [] {
                    examples.append(try LexiconFile.example(item, rule: name, accepts: accepts, file: file, line: item.mark?.line ?? line))
                }
            }
            let context = try context(m["context"]?.scalar?.string, at: at)
            return RoundPhraseRule(
                name: name, doc: doc, examples: examples, pattern: TokenPattern(steps: steps, unless: unless),
                kind: kind, extends: ["true", "yes"].contains(m["extend"]?.scalar?.string ?? ""),
                needsTrack: context.needsTrack, countsSeries: context.series)
        }
    }
}
