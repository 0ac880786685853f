/// A name that a clause after it makes a person: a relative clause ("X, who heads the
/// delegation") or a copula and a title ("X is the head of the opposition delegation", "X was
/// a member of the team"). The role, when there is one, is the title phrase.
///
/// Accepts: "⟦Ilse Brandt⟧, who sits on the committee, spoke." and "⟦Ilse Brandt⟧ is the head
/// of the delegation." Refuses: "Ilse Brandt is the best choice." (no title after the copula).
public struct ClauseAfterName: PersonCueRule {
    public let name = "people.clause-after-name"
    public let doc = "A name before \", who\" or before \"is/was the|a\" and a title."
    public let examples = [
        RuleExample(
            rule: "people.clause-after-name", text: "⟦Ilse Brandt⟧, who sits on the committee, spoke.", accepts: true,
            expect: ["cue": ", who"], origin: "ClauseAfterName.swift"),
        RuleExample(
            rule: "people.clause-after-name", text: "⟦Ilse Brandt⟧ is the head of the delegation.", accepts: true,
            expect: ["cue": "is the head"], origin: "ClauseAfterName.swift"),
        RuleExample(
            rule: "people.clause-after-name", text: "Ilse Brandt is the best choice.", accepts: false, origin: "ClauseAfterName.swift"),
    ]

    static let who = Word("who")
    static let copulas: Set<Word> = [Word("is"), Word("was")]
    static let articles: Set<Word> = [Word("the"), Word("a"), Word("an")]

    public init() {}

    public func cue(for run: ClosedRange<Int>, in s: SentenceContext, finder: NameFinder) -> PersonCue? {
        let tokens = s.tokens
        let k = run.upperBound + 1
        guard k + 1 < s.range.upperBound else { return nil }
        if tokens[k].word == .comma, tokens[k + 1].word == Self.who { return PersonCue(tokens: k..<(k + 2), role: nil) }
        guard Self.copulas.contains(tokens[k].word), k + 2 < s.range.upperBound, Self.articles.contains(tokens[k + 1].word) else {
            return nil
        }
        // "is the head", "was a senior member": a title head within two words of the article.
        for h in (k + 2)...min(k + 3, s.range.upperBound - 1) where s.lexicons.titleHeads.contains(tokens[h].word) {
            return PersonCue(tokens: k..<(h + 1), role: nil)
        }
        return nil
    }
}
