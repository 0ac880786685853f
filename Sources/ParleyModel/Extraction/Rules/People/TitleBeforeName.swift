/// A title just before a name makes it a person's, and gives the role and its affiliation:
/// "Iranian Deputy Foreign Minister X", "U.N. Special Envoy for Syria X", "special envoy for
/// Syria, X". The title's words are `title-heads` (one at least), `title-modifiers` and, before
/// the head is reached, `title-joiners`; a state or organisation inside it is the affiliation.
///
/// Accepts: "Deputy Foreign Minister ⟦Lena Brandt⟧ arrived." Refuses: "The government of Lena
/// Brandt fell." ("of" is crossed only inside a title, and "government" heads none; "the
/// government of President Lena Brandt" gives Lena Brandt, with the role President).
public struct TitleBeforeName: PersonCueRule {
    public let name = "people.title-before-name"
    public let doc = "A title (a head such as minister or envoy, with its modifiers) right before a name."
    public let examples = [
        RuleExample(
            rule: "people.title-before-name", text: "Iranian Deputy Foreign Minister ⟦Reza Tahmasbi⟧ told reporters.",
            accepts: true, expect: ["role": "Deputy Foreign Minister"], origin: "TitleBeforeName.swift"),
        RuleExample(
            rule: "people.title-before-name", text: "The government of Lena Brandt fell.", accepts: false,
            origin: "TitleBeforeName.swift"),
        RuleExample(
            rule: "people.title-before-name", text: "Foreign Office spokesman Dr ⟦Samir Qadri⟧ announced the start.",
            accepts: true, expect: ["role": "Foreign Office spokesman"], origin: "TitleBeforeName.swift"),
        RuleExample(
            rule: "people.title-before-name", text: "Dr Samir Qadri announced the start.", accepts: false,
            origin: "TitleBeforeName.swift"),
    ]

    /// How many capitalised words no lexicon knows a title may hold before its head.
    static let unknownWordsInTitle = 3

    public init() {}

    public func cue(for run: ClosedRange<Int>, in s: SentenceContext, finder: NameFinder) -> PersonCue? {
        Self.role(before: run.lowerBound, doc: s.document, tokens: s.tokens, in: s.range, matches: s.matches, finder: finder)
            .map { PersonCue(role: $0, in: s.document) }
    }

    /// The title phrase just before a name ("Iranian Deputy Foreign Minister", "U.N. Special
    /// Envoy for Syria", "special envoy for Syria,"), with the actor it names as affiliation.
    static func role(
        before nameStart: Int, doc: Document, tokens: [Token], in range: Range<Int>, matches: DocumentMatches,
        finder: NameFinder
    ) -> RoleFinding? {
        var j = nameStart - 1
        // "spokesman Dr Mohammad Faisal", "spokesman Dr. Faisal": a style between title and name.
        while j >= range.lowerBound,
            finder.lexicons.honorifics.contains(tokens[j].word)
                || (tokens[j].word == .period && j - 1 >= range.lowerBound && finder.lexicons.honorifics.contains(tokens[j - 1].word))
        {
            j -= 1
        }
        if j >= range.lowerBound, tokens[j].word == .comma { j -= 1 }
        var first = j + 1
        var headSeen = false
        var lastTitleWord = -1
        var affiliation: Int?
        var crossed = 0
        while j >= range.lowerBound {
            let t = tokens[j]
            // A known name inside a title ("UN Envoy", "Ambassador to Norway"): the actor one is
            // the affiliation, a place ("to Norway") only part of the title.
            if let m = matches.anyMatch(at: j) {
                if !m.isPlace, finder.actorTypes[m.actor] == .person { break }
                if !m.isPlace { affiliation = m.actor }
                first = m.firstToken
                j = m.firstToken - 1
                continue
            }
            if t.kind == .punct {
                // "Syria's UN Ambassador", "U.N." : possessives and initials' dots stay inside.
                if t.word == .apostrophe || t.word == .period || t.word == .hyphen {
                    j -= 1
                    continue
                }
                // "... Committee (HNC), X": an acronym in brackets stays inside too.
                if t.word == .closeParen, let open = (max(range.lowerBound, j - 4)..<j).last(where: { tokens[$0].word == .openParen }) {
                    j = open - 1
                    continue
                }
                break
            }
            if t.folded == "s", j - 1 >= range.lowerBound, tokens[j - 1].word == .apostrophe {
                j -= 1
                continue
            }
            if finder.lexicons.titleHeads.contains(t.word) {
                headSeen = true
                if lastTitleWord < 0 { lastTitleWord = j }
                first = j
                j -= 1
                continue
            }
            if finder.lexicons.titleModifiers.contains(t.word) {
                if lastTitleWord < 0 { lastTitleWord = j }
                first = j
                j -= 1
                continue
            }
            // Joiners sit inside a title ("Envoy for Syria", "Secretary of State"), so they are
            // crossed only before its head is reached; "government of President X" stops at "of".
            if finder.lexicons.titleJoiners.contains(t.word), j - 1 >= range.lowerBound, !headSeen {
                j -= 1
                continue
            }
            // The object of a title's "for" may be names no lexicon holds ("for Arab and African
            // Affairs"): a few capitalised words are crossed after a title word, before its head.
            if t.kind == .word, t.isCapitalized, !headSeen, lastTitleWord >= 0, crossed < Self.unknownWordsInTitle {
                crossed += 1
                j -= 1
                continue
            }
            break
        }
        guard headSeen, lastTitleWord >= 0 else { return nil }
        // The role is the title words; a leading state or organisation becomes the affiliation.
        var roleStart = first
        while roleStart < nameStart, matches.covers(roleStart) || tokens[roleStart].kind == .punct || tokens[roleStart].folded == "s" {
            roleStart += 1
        }
        var roleEnd = nameStart - 1
        while roleEnd > roleStart,
            tokens[roleEnd].word == .comma || tokens[roleEnd].word == .period || finder.lexicons.honorifics.contains(tokens[roleEnd].word)
        {
            roleEnd -= 1
        }
        guard roleStart <= roleEnd else { return nil }
        let span = doc.span(tokens[roleStart].start..<tokens[roleEnd].end)
        if affiliation == nil {
            for k in roleStart...roleEnd {
                if let m = matches.match(at: k), finder.actorTypes[m.actor] != .person {
                    affiliation = m.actor
                    break
                }
            }
        }
        return RoleFinding(text: TextFolding.singleSpaced(doc.text(span.range)), span: span, affiliation: affiliation)
    }

}
