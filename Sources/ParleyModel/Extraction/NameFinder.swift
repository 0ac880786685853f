/// Finds people from the way news prose introduces them, whether or not any gazetteer knows
/// them: after a title ("Deputy Foreign Minister X", "U.N. Special Envoy for Syria X"), before
/// an appositive ("X, a spokesman for Y"), before a verb of saying ("X told AFP"), after an
/// agent phrase ("led by X"). It also reads the role and affiliation those phrases give.
public struct NameFinder: Sendable {
    /// The type of every actor, by index, so that persons are told from the rest.
    public var actorTypes: [ActorType]
    /// The titles, particles, verbs and not-names it reads (`titles.yaml`, `people.yaml`).
    public let lexicons: Lexicons
    /// The rules that say why a run of capitalised words is a person's name, tried in order.
    public let cueRules: [any PersonCueRule]

    public init(actorTypes: [ActorType], lexicons: Lexicons = .builtIn, cueRules: [any PersonCueRule] = RuleSet.personCues) {
        self.actorTypes = actorTypes
        self.lexicons = lexicons
        self.cueRules = cueRules
    }

    // MARK: Discovery

    /// People named in a sentence whom the gazetteer pass did not already cover.
    public func discover(in doc: Document, sentence s: Int, coverage: DocumentMatches) -> [NameFinding] {
        discover(in: doc, range: doc.sentences[s].tokens, coverage: coverage)
    }

    func discover(in doc: Document, range: Range<Int>, coverage: DocumentMatches) -> [NameFinding] {
        let tokens = doc.tokens
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
    func nameRun(_ tokens: [Token], from start: Int, in range: Range<Int>, coverage: DocumentMatches) -> ClosedRange<Int>? {
        guard isNameWord(tokens[start], at: start, coverage: coverage) else { return nil }
        var end = start
        var j = start + 1
        while j < range.upperBound {
            let t = tokens[j]
            if t.kind == .punct, t.word == .hyphen, !t.spaceBefore, j + 1 < range.upperBound, !tokens[j + 1].spaceBefore,
                isNameWord(tokens[j + 1], at: j + 1, coverage: coverage) || lexicons.nameParticles.contains(tokens[j + 1].word)
            {
                j += 1
                continue
            }
            // "Kan’ani", "Ma'ruf": an apostrophe inside a name, a lower-case part glued on (three
            // letters at least, so "Syria's" and "won't" stay apart).
            if t.kind == .punct, t.word == .apostrophe, !t.spaceBefore, j + 1 < range.upperBound, end == j - 1 {
                let next = tokens[j + 1]
                if next.kind == .word, !next.spaceBefore, !next.isCapitalized, next.end - next.start >= 3 {
                    end = j + 1
                    j += 2
                    continue
                }
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
        // Title words belong to the role, not the name, and so does all before the last of them
        // ("Foreign Minister Kairat ...", "for Arab and African Affairs Hossein Jaberi Ansari").
        var first = start
        for k in start...end where lexicons.titleHeads.contains(tokens[k].word) || lexicons.titleModifiers.contains(tokens[k].word) {
            first = k + 1
        }
        guard first <= end else { return nil }
        var words = 0
        for k in first...end where tokens[k].kind == .word && !lexicons.nameParticles.contains(tokens[k].word) { words += 1 }
        guard words >= 2, words <= 5 else { return nil }
        return first...end
    }

    func isNameWord(_ t: Token, at index: Int, coverage: DocumentMatches) -> Bool {
        // A known name is no part of a new person's, even where it is a place ("US Ambassador
        // to Kazakhstan George Krol").
        guard t.kind == .word, t.isCapitalized, !coverage.coversAny(index) else { return false }
        // "AFP", "HNC": acronyms are organisations, not people.
        if t.isAllCaps, t.end - t.start > 1 { return false }
        return !lexicons.notNames.contains(t.word)
    }

    /// Why a run is a person's name, if the context says so: the first cue rule that sees it.
    func cue(for run: ClosedRange<Int>, doc: Document, in range: Range<Int>, coverage: DocumentMatches) -> NameFinding? {
        let tokens = doc.tokens
        // "Joint Commission", "European External Action Service": a body's name, not a person's.
        if run.contains(where: { lexicons.bodyHeads.contains(tokens[$0].word) }) { return nil }
        // "Jaish al-Islam faction leader X", "Kazakhstan Foreign Ministry": a name that
        // qualifies a title or office is an organisation's, not a person's.
        if run.upperBound + 1 < range.upperBound {
            let next = tokens[run.upperBound + 1]
            if next.kind == .word, lexicons.titleHeads.contains(next.word) || lexicons.titleModifiers.contains(next.word) { return nil }
        }
        let sentence = SentenceContext(
            document: doc, tokens: tokens, range: range, matches: coverage, tracks: .none,
            lexicons: lexicons, actorTypes: actorTypes)
        for rule in cueRules {
            guard let cue = rule.cue(for: run, in: sentence, finder: self) else { continue }
            let nameSpan = doc.span(tokens[run.lowerBound].start..<tokens[run.upperBound].end)
            let cueSpan = doc.span(tokens[cue.tokens.lowerBound].start..<tokens[cue.tokens.upperBound - 1].end)
            return NameFinding(
                name: TextFolding.singleSpaced(doc.text(nameSpan.range)), firstToken: run.lowerBound,
                lastToken: run.upperBound, span: nameSpan, cue: TextFolding.singleSpaced(doc.text(cueSpan.range)),
                cueSpan: cueSpan, role: cue.role)
        }
        return nil
    }

    /// People the cue rules find in one sentence, as rule findings (the name's bytes, its cue and role).
    func findings(in s: SentenceContext) -> [RuleFinding] {
        discover(in: s.document, range: s.range, coverage: s.matches).map { f in
            var fields = ["name": f.name, "cue": f.cue]
            if let role = f.role { fields["role"] = role.text }
            return RuleFinding(range: f.span.range, fields: fields)
        }
    }

    // MARK: Roles

    /// The title phrase just before a name, with the actor it names as affiliation
    /// (`TitleBeforeName`): also read for the people a gazetteer knows.
    public func titleBefore(_ nameStart: Int, doc: Document, in range: Range<Int>, coverage: DocumentMatches) -> RoleFinding? {
        TitleBeforeName.role(before: nameStart, doc: doc, tokens: doc.tokens, in: range, matches: coverage, finder: self)
    }

    /// An appositive right after a name (`AppositiveAfterName`): also read for known people.
    public func appositiveAfter(_ nameEnd: Int, doc: Document, in range: Range<Int>, coverage: DocumentMatches) -> RoleFinding? {
        AppositiveAfterName.role(after: nameEnd, doc: doc, tokens: doc.tokens, in: range, matches: coverage, finder: self)
    }
}
