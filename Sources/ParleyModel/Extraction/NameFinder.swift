/// Finds people from the way news prose introduces them, whether or not any gazetteer knows
/// them: after a title ("Deputy Foreign Minister X", "U.N. Special Envoy for Syria X"), before
/// an appositive ("X, a spokesman for Y"), before a verb of saying ("X told AFP"), after an
/// agent phrase ("led by X"). It also reads the role and affiliation those phrases give.
public struct NameFinder: Sendable {
    /// What the gazetteer pass found in one document: its matches in text order, which do not
    /// overlap, so the match covering a token is found by binary search (a per-token table
    /// would cost 4 bytes for every token of the corpus).
    public struct Coverage: Sendable {
        public var matches: [ActorMatcher.Match]

        public init(matches: [ActorMatcher.Match]) {
            self.matches = matches
        }

        /// The actor match (not a place use) covering a token, if any.
        func match(at token: Int) -> ActorMatcher.Match? {
            var lo = 0
            var hi = matches.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if matches[mid].firstToken <= token { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { return nil }
            let m = matches[lo - 1]
            return m.lastToken >= token && !m.isPlace ? m : nil
        }

        func covers(_ token: Int) -> Bool { match(at: token) != nil }
    }

    /// The type of every actor, by index, so that persons are told from the rest.
    public var actorTypes: [ActorType]
    /// The titles, particles, verbs and not-names it reads (`titles.yaml`, `people.yaml`).
    public let lexicons: Lexicons

    public init(actorTypes: [ActorType], lexicons: Lexicons = .builtIn) {
        self.actorTypes = actorTypes
        self.lexicons = lexicons
    }

    // MARK: Discovery

    /// People named in a sentence whom the gazetteer pass did not already cover.
    public func discover(in doc: Document, sentence s: Int, coverage: Coverage) -> [NameFinding] {
        let tokens = doc.tokens
        let range = doc.sentences[s].tokens
        var found: [NameFinding] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard let run = nameRun(tokens, from: i, in: range, coverage: coverage) else {
                i += 1
                continue
            }
            defer { i = run.upperBound + 1 }
            guard let finding = cue(for: run, doc: doc, in: range, coverage: coverage) else { continue }
            found.append(finding)
        }
        return found
    }

    /// The longest run of name-like tokens starting at `start`, trimmed of leading titles and
    /// known actors; nil unless it holds at least two name words.
    func nameRun(_ tokens: [Token], from start: Int, in range: Range<Int>, coverage: Coverage) -> ClosedRange<Int>? {
        guard isNameWord(tokens[start], at: start, coverage: coverage) else { return nil }
        var end = start
        var j = start + 1
        while j < range.upperBound {
            let t = tokens[j]
            if t.kind == .punct, t.word == .hyphen, !t.spaceBefore, j + 1 < range.upperBound, !tokens[j + 1].spaceBefore,
               isNameWord(tokens[j + 1], at: j + 1, coverage: coverage) || lexicons.nameParticles.contains(tokens[j + 1].word) {
                j += 1
                continue
            }
            if isNameWord(t, at: j, coverage: coverage) {
                end = j
                j += 1
                continue
            }
            if t.kind == .word, lexicons.nameParticles.contains(t.word), j + 1 < range.upperBound {
                let next = tokens[j + 1]
                if isNameWord(next, at: j + 1, coverage: coverage) || (next.word == .hyphen && !next.spaceBefore) {
                    j += 1
                    continue
                }
            }
            break
        }
        // Leading title words belong to the role, not the name ("Foreign Minister Kairat ...").
        var first = start
        while first <= end, lexicons.titleHeads.contains(tokens[first].word) || lexicons.titleModifiers.contains(tokens[first].word) {
            first += 1
        }
        guard first <= end else { return nil }
        var words = 0
        for k in first...end where tokens[k].kind == .word && !lexicons.nameParticles.contains(tokens[k].word) { words += 1 }
        guard words >= 2, words <= 5 else { return nil }
        return first...end
    }

    func isNameWord(_ t: Token, at index: Int, coverage: Coverage) -> Bool {
        guard t.kind == .word, t.isCapitalized, !coverage.covers(index) else { return false }
        // "AFP", "HNC": acronyms are organisations, not people.
        if t.isAllCaps, t.end - t.start > 1 { return false }
        return !lexicons.notNames.contains(t.word)
    }

    /// Why a run is a person's name, if the context says so.
    func cue(for run: ClosedRange<Int>, doc: Document, in range: Range<Int>, coverage: Coverage) -> NameFinding? {
        let tokens = doc.tokens
        // "Jaish al-Islam faction leader X", "Kazakhstan Foreign Ministry": a name that
        // qualifies a title or office is an organisation's, not a person's.
        if run.upperBound + 1 < range.upperBound {
            let next = tokens[run.upperBound + 1]
            if next.kind == .word, lexicons.titleHeads.contains(next.word) || lexicons.titleModifiers.contains(next.word) { return nil }
        }
        let nameSpan = doc.span(tokens[run.lowerBound].start..<tokens[run.upperBound].end)
        let name = TextFolding.singleSpaced(doc.text(nameSpan.range))
        func finding(_ cue: Range<Int>, role: RoleFinding?) -> NameFinding {
            let cueSpan = doc.span(tokens[cue.lowerBound].start..<tokens[cue.upperBound - 1].end)
            return NameFinding(name: name, firstToken: run.lowerBound, lastToken: run.upperBound, span: nameSpan,
                               cue: TextFolding.singleSpaced(doc.text(cueSpan.range)), cueSpan: cueSpan, role: role)
        }
        if let role = titleBefore(run.lowerBound, doc: doc, in: range, coverage: coverage) {
            let cueRange = doc.tokenIndex(atOrAfter: role.span.start)..<doc.tokenIndex(atOrAfter: role.span.end)
            return finding(cueRange, role: role)
        }
        if let role = appositiveAfter(run.upperBound, doc: doc, in: range, coverage: coverage) {
            let cueRange = doc.tokenIndex(atOrAfter: role.span.start)..<doc.tokenIndex(atOrAfter: role.span.end)
            return finding(cueRange, role: role)
        }
        var k = run.upperBound + 1
        if k < range.upperBound, tokens[k].word == .comma { k += 1 }
        if k < range.upperBound, lexicons.speechVerbs.contains(tokens[k].word) {
            var end = k + 1
            if end < range.upperBound, coverage.covers(end) || tokens[end].isAllCaps { end += 1 }
            return finding(k..<end, role: nil)
        }
        let b = run.lowerBound
        if b - 2 >= range.lowerBound, tokens[b - 1].folded == "by", lexicons.agentVerbs.contains(tokens[b - 2].word) {
            return finding((b - 2)..<b, role: nil)
        }
        if b - 2 >= range.lowerBound, tokens[b - 2].folded == "according", tokens[b - 1].folded == "to" {
            return finding((b - 2)..<b, role: nil)
        }
        return nil
    }

    // MARK: Roles

    /// The title phrase just before a name ("Iranian Deputy Foreign Minister", "U.N. Special
    /// Envoy for Syria", "special envoy for Syria,"), with the actor it names as affiliation.
    public func titleBefore(_ nameStart: Int, doc: Document, in range: Range<Int>, coverage: Coverage) -> RoleFinding? {
        let tokens = doc.tokens
        var j = nameStart - 1
        if j >= range.lowerBound, tokens[j].word == .comma { j -= 1 }
        var first = j + 1
        var headSeen = false
        var lastTitleWord = -1
        var affiliation: Int?
        while j >= range.lowerBound {
            let t = tokens[j]
            if let m = coverage.match(at: j) {
                if actorTypes[m.actor] == .person { break }
                affiliation = m.actor
                first = m.firstToken
                j = m.firstToken - 1
                continue
            }
            if t.kind == .punct {
                // "Syria's UN Ambassador", "U.N." : possessives and initials' dots stay inside.
                if t.word == .apostrophe || t.word == .period || t.word == .hyphen { j -= 1; continue }
                // "... Committee (HNC), X": an acronym in brackets stays inside too.
                if t.word == .closeParen, let open = (max(range.lowerBound, j - 4)..<j).last(where: { tokens[$0].word == .openParen }) {
                    j = open - 1
                    continue
                }
                break
            }
            if t.folded == "s", j - 1 >= range.lowerBound, tokens[j - 1].word == .apostrophe { j -= 1; continue }
            if lexicons.titleHeads.contains(t.word) {
                headSeen = true
                if lastTitleWord < 0 { lastTitleWord = j }
                first = j
                j -= 1
                continue
            }
            if lexicons.titleModifiers.contains(t.word) {
                if lastTitleWord < 0 { lastTitleWord = j }
                first = j
                j -= 1
                continue
            }
            // Joiners sit inside a title ("Envoy for Syria", "Secretary of State"), so they are
            // crossed only before its head is reached; "government of President X" stops at "of".
            if lexicons.titleJoiners.contains(t.word), j - 1 >= range.lowerBound, !headSeen {
                j -= 1
                continue
            }
            break
        }
        guard headSeen, lastTitleWord >= 0 else { return nil }
        // The role is the title words; a leading state or organisation becomes the affiliation.
        var roleStart = first
        while roleStart < nameStart, coverage.covers(roleStart) || tokens[roleStart].kind == .punct || tokens[roleStart].folded == "s" {
            roleStart += 1
        }
        var roleEnd = nameStart - 1
        while roleEnd > roleStart, tokens[roleEnd].word == .comma { roleEnd -= 1 }
        guard roleStart <= roleEnd else { return nil }
        let span = doc.span(tokens[roleStart].start..<tokens[roleEnd].end)
        if affiliation == nil {
            for k in roleStart...roleEnd { if let m = coverage.match(at: k), actorTypes[m.actor] != .person { affiliation = m.actor; break } }
        }
        return RoleFinding(text: TextFolding.singleSpaced(doc.text(span.range)), span: span, affiliation: affiliation)
    }

    /// An appositive right after a name: ", a spokesman for the Kazakhstan Foreign Ministry,"
    /// or ", Turkish deputy prime minister,". It must hold a title word within a few words.
    public func appositiveAfter(_ nameEnd: Int, doc: Document, in range: Range<Int>, coverage: Coverage) -> RoleFinding? {
        let tokens = doc.tokens
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
        if j < range.upperBound, ["a", "an", "the"].contains(tokens[j].folded) { j += 1 }
        let start = j
        var end = j
        var headSeen = false
        var affiliation: Int?
        while j < range.upperBound, j - start < 14 {
            let t = tokens[j]
            if t.kind == .punct, t.word == .comma || t.word == .period || t.word == .semicolon || t.word == .openParen || t.word == .emDash || t.word == .enDash
                || (t.word == .hyphen && j + 1 < range.upperBound && tokens[j + 1].word == .hyphen) {
                if t.word == .period , j + 1 < range.upperBound, !tokens[j + 1].spaceBefore { j += 1; continue }
                break
            }
            if lexicons.speechVerbs.contains(t.word) { break }
            if let m = coverage.match(at: j), actorTypes[m.actor] != .person, affiliation == nil { affiliation = m.actor }
            if lexicons.titleHeads.contains(t.word) { headSeen = true }
            end = j
            j += 1
        }
        guard headSeen, end >= start else { return nil }
        let span = doc.span(tokens[start].start..<tokens[end].end)
        return RoleFinding(text: TextFolding.singleSpaced(doc.text(span.range)), span: span, affiliation: affiliation)
    }
}
