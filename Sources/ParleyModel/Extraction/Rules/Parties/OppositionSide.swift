/// The side that opposes a state's government: "the Syrian opposition", "the Syrian armed
/// opposition groups", "the main Yemeni opposition delegation". One actor per country, named
/// by its demonym ("Syrian opposition"), typed a group, on the opposition side. "The armed
/// opposition" and "the opposition", which do not say whose, are resolved from the document
/// and the corpus (`PartyReferences`).
///
/// Accepts: "The ⟦Syrian armed opposition⟧ sent a delegation." Refuses: "The plan met
/// opposition from several states." (no determiner, demonym or modifier: opposition to
/// something, not a side) and "opposition-held areas" (an adjective of a place).
public struct OppositionSide: PartyRule {
    public let name = "parties.opposition-side"
    public let doc = "A side of the conflict: [demonym] [armed|main|…] opposition [groups|delegation|…]."
    public let examples = [
        RuleExample(
            rule: "parties.opposition-side", text: "Envoys met the ⟦opposition⟧ on Sunday.", accepts: true,
            origin: "OppositionSide.swift"),
        RuleExample(
            rule: "parties.opposition-side", text: "There was no opposition to the plan.", accepts: false,
            origin: "OppositionSide.swift"),
    ]

    static let the = Word("the")
    static let to = Word("to")
    static let from = Word("from")

    public init() {}

    public func parties(in s: SentenceContext, taken: (Int) -> Bool) -> [PartyFinding] {
        let lex = s.lexicons
        var found: [PartyFinding] = []
        let lower = s.range.lowerBound
        let end = s.range.upperBound
        for i in s.range where lex.oppositionNouns.contains(s.tokens[i].word) && !taken(i) {
            // "opposition-held", "opposition to the plan", "opposition from"
            if i + 1 < end, s.tokens[i + 1].word == .hyphen || s.tokens[i + 1].word == Self.to || s.tokens[i + 1].word == Self.from {
                continue
            }
            var first = i
            var state: ActorMatcher.Match?
            var modified = false
            while first - 1 >= lower {
                if lex.oppositionModifiers.contains(s.tokens[first - 1].word), !taken(first - 1) {
                    first -= 1
                    modified = true
                } else if state == nil, let m = s.state(before: first) {
                    state = m
                    first = m.firstToken
                } else {
                    break
                }
            }
            if state == nil, !modified {
                guard i > lower, s.tokens[i - 1].word == Self.the else { continue }
            }
            var last = i
            if i + 1 < end, lex.oppositionFollowers.contains(s.tokens[i + 1].word) { last = i + 1 }
            var name: String?
            if let state {
                let listed = s.actorDemonyms.indices.contains(state.actor) ? s.actorDemonyms[state.actor] : ""
                let demonym =
                    !listed.isEmpty || state.kind != .demonym
                    ? listed : TextFolding.singleSpaced(s.document.text(s.bytes(state.firstToken, state.lastToken)))
                let stateName = s.actorNames.indices.contains(state.actor) ? s.actorNames[state.actor] : ""
                if !demonym.isEmpty {
                    name = "\(demonym) opposition"
                } else if !stateName.isEmpty {
                    name = "Opposition of \(stateName)"
                }
            }
            found.append(
                PartyFinding(
                    kind: .opposition, tokens: first...last, name: name, type: .group, state: state?.actor, side: .opposition,
                    rule: self.name))
        }
        return found
    }
}
