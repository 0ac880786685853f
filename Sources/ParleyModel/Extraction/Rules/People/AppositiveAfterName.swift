/// An appositive right after a name that holds a title makes it a person's: "X, a spokesman
/// for the Kazakhstan Foreign Ministry," or "X, Turkish deputy prime minister,". The
/// appositive runs to the next comma, stop or dash, at most `reach` tokens, and must hold a
/// `title-heads` word.
///
/// Accepts: "⟦Ivo Dreyer⟧, a spokesman for the mission, said no." Refuses: "Ivo Dreyer, a
/// town near the border, was shelled." (no title head).
public struct AppositiveAfterName: PersonCueRule {
    public let name = "people.appositive-after-name"
    public let doc = "An appositive with a title after a name (\"X, a spokesman for Y,\")."
    public let examples = [
        RuleExample(
            rule: "people.appositive-after-name", text: "⟦Ivo Dreyer⟧, a spokesman for the mission, said no.", accepts: true,
            expect: ["role": "spokesman for the mission"], origin: "AppositiveAfterName.swift"),
        RuleExample(
            rule: "people.appositive-after-name", text: "Port Silva, a town near the border, was shelled.", accepts: false,
            origin: "AppositiveAfterName.swift"),
    ]

    /// An appositive is a short phrase: past this many tokens the comma closes something else.
    static let reach = 14

    public init() {}

    public func cue(for run: ClosedRange<Int>, in s: SentenceContext, finder: NameFinder) -> PersonCue? {
        Self.role(after: run.upperBound, doc: s.document, tokens: s.tokens, in: s.range, matches: s.matches, finder: finder)
            .map { PersonCue(role: $0, in: s.document) }
    }

    /// An appositive right after a name: ", a spokesman for the Kazakhstan Foreign Ministry,"
    /// or ", Turkish deputy prime minister,". It must hold a title word within a few words.
    static func role(
        after nameEnd: Int, doc: Document, tokens: [Token], in range: Range<Int>, matches: DocumentMatches,
        finder: NameFinder
    ) -> RoleFinding? {
        var j = nameEnd + 1
        guard j < range.upperBound else { return nil }
        // ", a spokesman for ...", " -- acting assistant Secretary ...", " — the envoy ..."
        if tokens[j].word == .comma || tokens[j].word == .emDash || tokens[j].word == .enDash {
            j += 1
        } else if tokens[j].word == .hyphen, j + 1 < range.upperBound, tokens[j + 1].word == .hyphen {
            j += 2
        } else {
            return nil
        }
        if j < range.upperBound, finder.lexicons.determiners.contains(tokens[j].word) { j += 1 }
        let start = j
        var end = j
        var headSeen = false
        var affiliation: Int?
        while j < range.upperBound, j - start < Self.reach {
            let t = tokens[j]
            if t.kind == .punct,
                t.word == .comma || t.word == .period || t.word == .semicolon || t.word == .openParen || t.word == .emDash
                    || t.word == .enDash
                    || (t.word == .hyphen && j + 1 < range.upperBound && tokens[j + 1].word == .hyphen)
            {
                if t.word == .period, j + 1 < range.upperBound, !tokens[j + 1].spaceBefore {
                    j += 1
                    continue
                }
                break
            }
            if finder.lexicons.speechVerbs.contains(t.word) { break }
            if let m = matches.match(at: j), finder.actorTypes[m.actor] != .person, affiliation == nil { affiliation = m.actor }
            if finder.lexicons.titleHeads.contains(t.word) { headSeen = true }
            end = j
            j += 1
        }
        guard headSeen, end >= start else { return nil }
        let span = doc.span(tokens[start].start..<tokens[end].end)
        return RoleFinding(text: TextFolding.singleSpaced(doc.text(span.range)), span: span, affiliation: affiliation)
    }
}
