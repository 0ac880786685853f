/// A group the text keeps calling by one capitalised word after "the", as a noun phrase of its
/// own: "the Taliban said", "talks with the Taliban, who", "the Houthis and the government".
/// One sighting is a candidate; the corpus makes it a group when it is seen at least
/// `minimumSightings` times, once at least acting (`party-acts`: "said", "representatives"),
/// and never written in lower case where it is seen (`PartyReferences`).
/// The word must close its phrase (a `party-followers` word or punctuation comes next), which
/// keeps "the Friday meeting" and "the Trump administration" out, and be no word the lexicon
/// knows (titles, months, offices) and no known name: the world layer knows the Taliban and
/// the Houthis, and this rule finds the groups it does not.
///
/// Accepts: "Envoys met the ⟦Seleka⟧ in Bangui, and the ⟦Seleka⟧ said the talks went well."
/// Refuses: "Envoys met the Seleka in Bangui." (seen once).
public struct GroupAfterThe: PartyRule {
    public let name = "parties.group-after-the"
    public let doc = "A capitalised word after \"the\" that closes its noun phrase, seen more than once: a group."
    public let examples = [
        RuleExample(
            rule: "parties.group-after-the", text: "The ⟦Kurds⟧ said so, and the ⟦Kurds⟧ have agreed.", accepts: true,
            expect: ["type": "group"], origin: "GroupAfterThe.swift"),
        RuleExample(
            rule: "parties.group-after-the", text: "The Trump administration said so, and the Trump administration agreed.",
            accepts: false, origin: "GroupAfterThe.swift"),
    ]

    /// How often a word must be seen as a party before it is one.
    public static let minimumSightings = 2

    static let the = Word("the")
    static let plus = Word("+")

    public init() {}

    /// Every sighting in the sentence, each a candidate.
    public func parties(in s: SentenceContext, taken: (Int) -> Bool) -> [PartyFinding] {
        let lex = s.lexicons
        var found: [PartyFinding] = []
        let lower = s.range.lowerBound
        let end = s.range.upperBound
        for i in s.range where i > lower && !taken(i) {
            let t = s.tokens[i]
            guard t.kind == .word, t.isCapitalized, !t.isAllCaps || t.end - t.start > 1, s.tokens[i - 1].word == Self.the,
                s.matches.anyMatch(at: i) == nil, !isLexiconWord(t.word, lex)
            else { continue }
            // "the P4+1": a format's name, its number glued on.
            var last = i
            if i + 2 < end, s.tokens[i + 1].word == Self.plus, !s.tokens[i + 1].spaceBefore, s.tokens[i + 2].kind == .number,
                !s.tokens[i + 2].spaceBefore
            {
                last = i + 2
            }
            var acts = false
            if last + 1 < end {
                let next = s.tokens[last + 1]
                acts = !next.isCapitalized && lex.partyActs.contains(next.word)
                let closes =
                    next.kind == .punct ? next.word != .hyphen : (!next.isCapitalized && (acts || lex.partyFollowers.contains(next.word)))
                guard closes else { continue }
            }
            var p = PartyFinding(
                kind: .group, tokens: i...last, name: TextFolding.singleSpaced(s.document.text(s.bytes(i, last))), type: .group,
                rule: self.name)
            p.acts = acts
            found.append(p)
        }
        return found
    }

    /// The sightings of words seen at least `minimumSightings` times in the sentence's document
    /// (the corpus-wide count, on a document of its own: how the examples run).
    public func findings(in s: SentenceContext) -> [RuleFinding] {
        var counts: [String: Int] = [:]
        var acting = Set<String>()
        for sentence in s.document.sentences {
            let whole = SentenceContext(
                document: s.document, tokens: s.tokens, range: sentence.tokens, matches: s.matches, tracks: s.tracks,
                lexicons: s.lexicons, actorTypes: s.actorTypes)
            for p in parties(in: whole, taken: { _ in false }) {
                counts[p.key ?? "", default: 0] += 1
                if p.acts { acting.insert(p.key ?? "") }
            }
        }
        return parties(in: s, taken: { _ in false }).filter {
            (counts[$0.key ?? ""] ?? 0) >= Self.minimumSightings && acting.contains($0.key ?? "")
        }.map {
            RuleFinding(
                range: s.bytes($0.tokens.lowerBound, $0.tokens.upperBound), fields: ["type": $0.type.rawValue, "name": $0.name ?? ""])
        }
    }

    /// A word some class of the lexicon holds is a title, an office, a month: not a group's name.
    func isLexiconWord(_ w: Word, _ lex: Lexicons) -> Bool {
        lex.notNames.contains(w) || lex.titleHeads.contains(w) || lex.titleModifiers.contains(w) || lex.bodyHeads.contains(w)
            || lex.ministryNouns.contains(w) || lex.oppositionNouns.contains(w) || lex.roundNouns.contains(w) || lex.talkNouns.contains(w)
            || lex.processNouns.contains(w) || lex.sessionNouns.contains(w)
    }
}
