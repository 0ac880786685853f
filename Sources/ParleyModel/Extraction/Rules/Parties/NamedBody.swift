/// A body the text names by a run of capitalised words ending in a head noun (`body-heads`):
/// "the Syrian Constitutional Committee", "the JCPOA Joint Commission", "the Pakistan Army",
/// with what it is of or for ("the Working Group on Detained Persons", "the Joint Commission of
/// the JCPOA"). An organisation, or a group when its head is a `group-heads` word ("the Levant
/// Liberation Front"); a state named at its start is its affiliation. A run with a known name
/// in it other than a state's (the gazetteer's "International Committee of the Red Cross", a
/// person) is left to the gazetteer.
///
/// Accepts: "Members of the ⟦Syrian Constitutional Committee⟧ met." Refuses: "Committee
/// members said the vote was fair." (a head alone names no body).
public struct NamedBody: PartyRule {
    public let name = "parties.named-body"
    public let doc = "A run of capitalised words ending in a body's head noun, with what it is of or for."
    public let examples = [
        RuleExample(
            rule: "parties.named-body", text: "The ⟦Pakistan Army⟧ denied the report.", accepts: true,
            expect: ["type": "organisation"], origin: "NamedBody.swift"),
        RuleExample(
            rule: "parties.named-body", text: "The army denied the report.", accepts: false, origin: "NamedBody.swift"),
    ]

    static let the = Word("the")
    static let and = Word("and")

    public init() {}

    public func parties(in s: SentenceContext, taken: (Int) -> Bool) -> [PartyFinding] {
        let lex = s.lexicons
        var found: [PartyFinding] = []
        let lower = s.range.lowerBound
        let end = s.range.upperBound
        var h = lower
        while h < end {
            defer { h += 1 }
            let head = s.tokens[h]
            guard head.kind == .word, head.isCapitalized, lex.bodyHeads.contains(head.word), !taken(h), !isKnown(h, s) else { continue }
            // Back over the capitalised words that qualify the head ("Syrian Constitutional").
            var first = h
            var state: Int?
            while first - 1 >= lower, !taken(first - 1) {
                let t = s.tokens[first - 1]
                if t.kind == .punct, t.word == .hyphen, !t.spaceBefore, first - 2 >= lower, s.tokens[first - 2].isCapitalized {
                    first -= 1
                    continue
                }
                guard isNameWord(first - 1, s) else { break }
                if let m = s.state(at: first - 1) {
                    state = m.actor
                    first = m.firstToken
                    continue
                }
                if isKnown(first - 1, s) { break }
                first -= 1
            }
            // On over what it is of or for ("of the JCPOA", "on Detained Persons").
            var last = h
            var k = h + 1
            var tail: [Int] = []
            while k < end {
                var j = k
                var joined = false
                while j < end, lex.bodyLinks.contains(s.tokens[j].word), !s.tokens[j].isCapitalized {
                    if s.tokens[j].word == Self.and { joined = true }
                    j += 1
                }
                // "of Kazakhstan" is the body's; "Islamic Emirate and United States" is two parties.
                guard j > k, j < end, isTailWord(j, s), s.state(at: j) != nil ? !joined : !isKnown(j, s), !taken(j) else { break }
                var e = j
                while e + 1 < end, isTailWord(e + 1, s), !isKnown(e + 1, s) || s.state(at: e + 1) != nil { e += 1 }
                if let m = s.state(at: e), m.lastToken > e { e = m.lastToken }
                tail += Array(j...e)
                last = e
                k = e + 1
            }
            // The leading "The" of a sentence is no part of the name.
            while first < h, s.tokens[first].word == Self.the { first += 1 }
            guard first < h || last > h else { continue }
            let text = TextFolding.singleSpaced(s.document.text(s.bytes(first, last)))
            var p = PartyFinding(
                kind: .body, tokens: first...last, name: text, type: lex.groupHeads.contains(head.word) ? .group : .organisation,
                state: state, rule: self.name)
            p.identity = identity(first: first, head: h, tail: tail, s)
            found.append(p)
            h = last
        }
        return found
    }

    /// One body however the text words it: the words up to the head without acronyms, and
    /// what it is of as initials ("JCPOA Joint Commission", "Joint Commission of the JCPOA" and
    /// "Joint Commission of the Joint Comprehensive Plan of Action" are all "joint
    /// commission|JCPOA"). `PartyReferences` joins a bare "Joint Commission" to the one body
    /// of that core the corpus names, if only one.
    func identity(first: Int, head: Int, tail: [Int], _ s: SentenceContext) -> String {
        var core: [String] = []
        var acronym = ""
        for i in first...head {
            let t = s.tokens[i]
            if t.kind == .word, t.isAllCaps, t.end - t.start > 1, s.state(at: i) == nil {
                acronym = s.document.text(t.start..<t.end)
            } else if t.kind == .word || t.kind == .number {
                core.append(t.folded)
            }
        }
        let words = tail.map { s.tokens[$0] }.filter { $0.kind == .word && $0.word != Self.the }
        if words.count == 1, words[0].isAllCaps {
            acronym = s.document.text(words[0].start..<words[0].end)
        } else if !words.isEmpty {
            acronym = String(words.compactMap { $0.folded.first }).uppercased()
        }
        return "body:" + core.joined(separator: " ") + "|" + acronym
    }

    /// A capitalised word that may stand in a body's name: no weekday, month or function word.
    func isNameWord(_ i: Int, _ s: SentenceContext) -> Bool {
        let t = s.tokens[i]
        guard t.kind == .word || t.kind == .number, t.isCapitalized || t.kind == .number else { return false }
        if s.lexicons.bodyHeads.contains(t.word) { return true }
        return !s.lexicons.notNames.contains(t.word) || s.lexicons.titleModifiers.contains(t.word)
    }

    /// A capitalised word that may stand in what a body is of or for: any but a date's or a
    /// function word, since "Peace" or "Security" names no person but do name what an
    /// institute is for ("Institute for Peace and Security Affairs"; not "Commission on Friday").
    func isTailWord(_ i: Int, _ s: SentenceContext) -> Bool {
        if isNameWord(i, s) { return true }
        let t = s.tokens[i]
        guard t.kind == .word, t.isCapitalized else { return false }
        let d = s.lexicons.dates
        let f = t.folded
        if d.months[f] != nil || d.weekdays[f] != nil || d.relativeDays[f] != nil { return false }
        return !s.lexicons.determiners.contains(t.word) && !s.lexicons.bodyLinks.contains(t.word)
    }

    /// Whether a known actor other than a state covers token `i`.
    func isKnown(_ i: Int, _ s: SentenceContext) -> Bool {
        guard let m = s.matches.anyMatch(at: i) else { return false }
        return m.actor < 0 || m.actor >= s.actorTypes.count || s.actorTypes[m.actor] != .state
    }
}
