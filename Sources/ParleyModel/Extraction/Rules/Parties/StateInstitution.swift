/// A state's ministry, named with its kind and its state in any of the orders the press uses:
/// "the Kazakh Foreign Ministry", "Kazakhstan's Foreign Ministry", "the Ministry of Foreign
/// Affairs of the Republic of Kazakhstan", "Pakistan's Foreign Office", "the Kazakh MFA". The
/// kinds and their names are `ministry-kinds` in `parties.yaml`. A phrase without its state
/// ("the Foreign Ministry") or its kind ("the Kazakh ministry", "the ministry") is found with
/// what it gives, and the document says which ministry it is; but a ministry without its
/// state in a person's title ("X, the deputy undersecretary of Foreign Ministry") is the
/// ministry of the one state the sentence names ("The Turkish delegation is headed by X, ..."),
/// where there is just one.
///
/// Accepts: "⟦Norway's Defence Ministry⟧ denied it." Refuses: "The Foreign Minister of
/// Kazakhstan said so." (a minister is a person's title, not the ministry).
public struct StateInstitution: PartyRule {
    public let name = "parties.state-institution"
    public let doc = "A state's ministry: its kind, its state and the ministry noun, in any order the press writes them."
    public let examples = [
        RuleExample(
            rule: "parties.state-institution", text: "Officials at ⟦the ministry⟧ declined to comment.", accepts: true,
            origin: "StateInstitution.swift"),
        RuleExample(
            rule: "parties.state-institution", text: "A new ministry was set up.", accepts: false, origin: "StateInstitution.swift"),
        RuleExample(
            rule: "parties.state-institution",
            text: "The Norwegian delegation is headed by Ola Berg, the deputy undersecretary of ⟦Foreign Ministry⟧.", accepts: true,
            expect: ["name": "Ministry of Foreign Affairs of Norway"], origin: "StateInstitution.swift"),
    ]

    static let of = Word("of")
    static let the = Word("the")

    public init() {}

    public func parties(in s: SentenceContext, taken: (Int) -> Bool) -> [PartyFinding] {
        let lex = s.lexicons
        var found: [PartyFinding] = []
        var i = s.range.lowerBound
        let end = s.range.upperBound
        let firstWords = lex.institutionFirstWords
        while i < end {
            guard firstWords.contains(s.tokens[i].word), !taken(i), s.tokens[i].kind == .word else {
                i += 1
                continue
            }
            var last = -1
            var kind: WordClass?
            var after = i
            if let (k, n) = kindAt(i, s), i + n < end, lex.ministryNouns.contains(s.tokens[i + n].word) {
                // "Foreign Ministry", "Foreign Affairs Ministry"
                kind = k
                last = i + n
                after = last + 1
            } else if let n = lex.foreignOffices.match(s.tokens, at: i, end: end), isOffice(i, n, s) {
                kind = lex.ministryKinds.first { $0.canonical == "Ministry of Foreign Affairs" } ?? lex.ministryKinds.first
                last = i + n - 1
                after = last + 1
            } else if lex.ministryNouns.contains(s.tokens[i].word) {
                // "Ministry of Foreign Affairs", or the bare noun.
                last = i
                after = i + 1
                if i + 1 < end, s.tokens[i + 1].word == Self.of {
                    var k = i + 2
                    if k < end, s.tokens[k].word == Self.the, kindAt(k, s) == nil { k += 1 }
                    if let (found, n) = kindAt(k, s) {
                        kind = found
                        last = k + n - 1
                        after = last + 1
                    }
                }
            }
            if last < 0, let (body, n) = bodyAt(i, s) {
                // "Iran's parliament", "the Parliament of Iran": only with the state.
                var state = s.state(before: i)
                let first = state?.firstToken ?? i
                var lastToken = i + n - 1
                if state == nil, let m = stateAfterOf(i + n, s) {
                    state = m
                    lastToken = m.lastToken
                }
                // "the Free Syrian Army" is a group's name: a capitalised word before the state.
                let inName =
                    state.map {
                        $0.firstToken > s.range.lowerBound && s.tokens[$0.firstToken - 1].isCapitalized
                            && s.tokens[$0.firstToken - 1].word != Self.the
                    } ?? false
                if let state, !inName, s.actorNames.indices.contains(state.actor), let canonical = body.canonical {
                    found.append(
                        PartyFinding(
                            kind: .institution, tokens: first...lastToken, name: "\(canonical) of \(s.actorNames[state.actor])",
                            type: .organisation, state: state.actor, institution: canonical, rule: self.name))
                    i = lastToken + 1
                    continue
                }
            }
            guard last >= 0 else {
                i += 1
                continue
            }
            var first = i
            var state: ActorMatcher.Match?
            if let m = s.state(before: i) {
                state = m
                first = m.firstToken
            }
            if state == nil, let m = stateAfterOf(after, s) {
                state = m
                last = m.lastToken
            }
            // The bare noun needs its state or a determiner: "a new ministry" names none.
            if kind == nil, state == nil, !(i > s.range.lowerBound && s.tokens[i - 1].word == Self.the) {
                i += 1
                continue
            }
            if kind == nil, state == nil { first = i - 1 }
            // "..., the deputy undersecretary of Foreign Ministry": a title's ministry is the
            // state's that the sentence names alone.
            if kind != nil, state == nil, isInTitle(first, s), let only = onlyState(s) { state = only }
            let stateName = state.map { s.actorNames.indices.contains($0.actor) ? s.actorNames[$0.actor] : "" }
            var name: String?
            if let kind, let canonical = kind.canonical, let stateName, !stateName.isEmpty { name = "\(canonical) of \(stateName)" }
            found.append(
                PartyFinding(
                    kind: .institution, tokens: first...last, name: name, type: .organisation, state: state?.actor,
                    institution: kind?.canonical, rule: self.name))
            i = last + 1
        }
        return found
    }

    /// Whether the phrase at `first` follows a title and its joiner ("undersecretary of
    /// [the]", "spokesman for the").
    func isInTitle(_ first: Int, _ s: SentenceContext) -> Bool {
        var k = first - 1
        if k >= s.range.lowerBound, s.tokens[k].word == Self.the { k -= 1 }
        guard k - 1 >= s.range.lowerBound, s.lexicons.titleJoiners.contains(s.tokens[k].word) else { return false }
        return s.lexicons.titleHeads.contains(s.tokens[k - 1].word)
    }

    /// The one state the sentence names as an actor (by name or demonym), if it names one only.
    func onlyState(_ s: SentenceContext) -> ActorMatcher.Match? {
        var found: ActorMatcher.Match?
        var i = s.range.lowerBound
        while i < s.range.upperBound {
            if let m = s.matches.match(at: i), m.actor >= 0, m.actor < s.actorTypes.count, s.actorTypes[m.actor] == .state {
                if let f = found, f.actor != m.actor { return nil }
                found = found ?? m
                i = m.lastToken + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// The state named after "of" at `after` ("... of Iran", "... of the Republic of
    /// Kazakhstan"), starting right after "of" or its "the".
    func stateAfterOf(_ after: Int, _ s: SentenceContext) -> ActorMatcher.Match? {
        let end = s.range.upperBound
        guard after + 1 < end, s.tokens[after].word == Self.of else { return nil }
        var k = after + 1
        if s.tokens[k].word == Self.the, k + 1 < end { k += 1 }
        guard let m = s.state(at: k), m.firstToken == k || (m.firstToken == k - 1 && s.tokens[k - 1].word == Self.the) else {
            return nil
        }
        return m
    }

    /// The state's body a word or phrase at `i` names ("parliament", "armed forces"), and its
    /// length in tokens.
    func bodyAt(_ i: Int, _ s: SentenceContext) -> (WordClass, Int)? {
        Self.classAt(i, s.lexicons.stateBodies, firstWords: s.lexicons.stateBodyFirstWords, s)
    }

    /// The kind of ministry a word or phrase at `i` names, and its length in tokens.
    func kindAt(_ i: Int, _ s: SentenceContext) -> (WordClass, Int)? {
        Self.classAt(i, s.lexicons.ministryKinds, firstWords: s.lexicons.ministryKindFirstWords, s)
    }

    /// The first of `classes` whose word or phrase stands at `i`, and its length in tokens;
    /// `firstWords` is the classes' first words together.
    static func classAt(_ i: Int, _ classes: [WordClass], firstWords: WordSet, _ s: SentenceContext) -> (WordClass, Int)? {
        guard i < s.range.upperBound, firstWords.contains(s.tokens[i].word) else { return nil }
        for k in classes {
            if let n = k.match(s.tokens, at: i, end: s.range.upperBound) { return (k, n) }
        }
        return nil
    }

    /// "Foreign Office" and "MFA" only as names: capitalised, or in capitals.
    func isOffice(_ i: Int, _ n: Int, _ s: SentenceContext) -> Bool {
        n > 1 ? s.tokens[i].isCapitalized && s.tokens[i + 1].isCapitalized : s.tokens[i].isAllCaps
    }
}
