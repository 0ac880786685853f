/// Finds what articles say about rounds of talks: numbered rounds ("fourth round", "21st
/// round", "round 9", "Astana-8", "The eight round"), relative ones ("the latest round of
/// talks in March"), counts ("three rounds ... since January"), and the timing of the
/// article's own round ("kicked off on Wednesday"). Each claim keeps its sentence and the
/// process (track) it belongs to, so a round of the Geneva talks is not an Astana round.
///
/// A class: the finder is read by every document's pass on all cores, and a struct of this
/// many tables was copied (a retain per table) at each call into it.
public final class RoundFinder: Sendable {
    /// Track keys (folded word) to display names: "astana" -> "Astana".
    public let tracks: [String: String]
    /// The track assumed where an article names none.
    public let defaultTrack: String
    /// For a demonym or state actor, its capital's name ("Kazakh capital" -> "Astana").
    public let capitals: [Int: String]

    /// `tracks` by word.
    private let trackTable: TrackTable
    /// The round rules (`round-phrases.yaml`) and the words one of which a sentence needs for any to match.
    private let rules: RuleSet
    private let roundAnchors: WordSet
    /// Words that mark what follows as planned (`future-words`), as words.
    private let futureWords: WordSet
    /// Per round rule, what the scan needs to know where it may match: its anchor words (or that
    /// it is anchored at a track name) and its lead.
    private let roundRules: [(anchor: WordSet?, atTrack: Bool, lead: Int)]
    private let trackAnchored: Bool
    /// Round, talk and timing words (`rounds.yaml`), date words, speech verbs.
    private let lexicons: Lexicons
    private let ordinals: Ordinals
    /// Words a date mention may be anchored at, as a set of words: a sentence with none of
    /// them and no digit holds no date.
    private let dateAnchors: WordSet
    /// Words without one of which a date in a sentence with no round phrase is never used: a
    /// word of timing ("opened on Monday") or a unit of a length ("for three days").
    private let ownRoundDateWords: WordSet

    public init(
        tracks: [String: String], defaultTrack: String, capitals: [Int: String] = [:], lexicons: Lexicons = .builtIn,
        rules: RuleSet = .builtIn
    ) {
        self.tracks = tracks
        self.defaultTrack = defaultTrack
        self.capitals = capitals
        self.lexicons = lexicons
        ordinals = Ordinals(lexicons)
        dateAnchors = WordSet(lexicons.dates.anchors)
        var ownRound = lexicons.timingCues.words
        ownRound.formUnion(WordSet(lexicons.dates.durationUnits))
        ownRoundDateWords = ownRound
        trackTable = TrackTable(tracks)
        self.rules = rules
        roundAnchors = rules.roundAnchorWords
        futureWords = lexicons.futureWords.words
        roundRules = rules.roundPhrases.map { ($0.pattern.anchorWords, $0.pattern.isAnchoredAtTrack, $0.pattern.lead) }
        trackAnchored = rules.hasTrackAnchoredRounds
    }

    static let inWord = Word("in")
    static let onWord = Word("on")
    static let since = Word("since")
    static let peace = Word("peace")
    static let capital = Word("capital")
    /// Words between "capital" and the city's name ("capital city of Nur-Sultan").
    static let capitalFillers: [Word] = [Word("city"), Word("of"), .comma]

    // MARK: Tracks

    /// Names of processes a corpus uses: a capitalised word right before "talks", "process",
    /// "negotiations"... ("Astana talks", "Geneva talks"), or after "talks in". Words the
    /// gazetteer knows as states or organisations are not tracks ("Syria peace talks").
    public static func discoverTracks(
        in documents: [Document], coverages: [DocumentMatches],
        lexicons: Lexicons = .builtIn
    ) -> [String: (name: String, count: Int)] {
        // Per document on all cores, then merged in document order (the first spelling wins).
        let perDocument = concurrentMap(Array(documents.indices)) { d in
            trackUses(in: documents[d], coverage: coverages[d], lexicons: lexicons)
        }
        var found: [String: (name: String, count: Int)] = [:]
        for uses in perDocument {
            for (key, name) in uses { found[key, default: (name, 0)].count += 1 }
        }
        // One passing use is not enough to call a word a process's name.
        return found.filter { $0.value.count >= 2 }
    }

    /// One document's uses of words as process names: (folded word, text), in text order.
    private static func trackUses(in doc: Document, coverage: DocumentMatches, lexicons: Lexicons) -> [(key: String, name: String)] {
        let tokens = doc.tokens
        var uses: [(key: String, name: String)] = []
        // A known name is a track only when it is a city ("Astana"), never a state or
        // organisation ("Syria peace talks", "talks in Kazakhstan"). Matches are in token
        // order and do not overlap, so one cursor follows the scan.
        let matches = coverage.matches
        var m = 0
        for i in tokens.indices {
            let t = tokens[i]
            guard t.kind == .word, t.isCapitalized, !t.isAllCaps else { continue }
            while m < matches.count, matches[m].lastToken < i { m += 1 }
            let known = m < matches.count && matches[m].firstToken <= i && matches[m].kind != .capital
            // Nor is a word for a process or for talks ("the Astana Process talks" names Astana's).
            guard !known, !lexicons.notNames.contains(t.word), !lexicons.notTracks.contains(t.word),
                !lexicons.processNouns.contains(t.word), !lexicons.talkNouns.contains(t.word)
            else { continue }
            var next = i + 1
            if next < tokens.count, tokens[next].word == Self.peace { next += 1 }
            let before = i >= 2 && tokens[i - 1].word == Self.inWord && lexicons.talkSentenceNouns.contains(tokens[i - 2].word)
            // A round noun after a name does not make it a process ("Astana round" is Astana's round).
            let after = next < tokens.count && lexicons.trackNouns.contains(tokens[next].word)
            guard before || after else { continue }
            uses.append((t.folded, doc.text(t.range)))
        }
        return uses
    }

    // MARK: Claims

    public func claims(in doc: Document, coverage: DocumentMatches) -> DocumentRounds {
        let tokens = doc.tokens
        let mainTrack = dominantTrack(in: doc)
        var claims: [RoundClaim] = []
        var durations: [Int] = []
        var sinceDates: [(claim: Int, date: DateValue, span: TextSpan)] = []
        let talkWords = lexicons.talkSentenceNouns
        var talkPlaces: [PlaceFinding] = []

        for (s, sentence) in doc.sentences.enumerated() {
            let range = sentence.tokens
            let phrases = findPhrases(in: doc, tokens, in: range, coverage: coverage)
            let talkSentence = range.contains { talkWords.contains(tokens[$0].word) }
            // Dates matter only next to a round phrase or in a sentence about talks; most
            // sentences are neither, and date finding is the costly part of this pass.
            guard !phrases.isEmpty || talkSentence else { continue }
            // Every date mention is anchored at a number or one of the date finder's words; a
            // sentence with neither is not tokenised again for dates. Without a round phrase, a
            // date is read only for the article's own round: after a word of timing, or as its length.
            let mayHoldDates =
                (!phrases.isEmpty || range.contains { ownRoundDateWords.contains(tokens[$0].word) })
                && (range.contains { dateAnchors.contains(tokens[$0].word) }
                    || doc.text.utf8.withContiguousStorageIfAvailable { $0[sentence.start..<sentence.end].contains { $0 &- 0x30 < 10 } }
                        ?? true)
            let dates =
                !mayHoldDates
                ? []
                : DateFinder.find(
                    bytes: doc.bytes(sentence.range), reference: doc.metadata.date, words: lexicons.dates,
                    // The tense gives a claim its status: only a round phrase or a word of timing
                    // ("talks opened on Monday") makes one.
                    readTense: !phrases.isEmpty || range.contains { lexicons.timingCues.contains(tokens[$0].word) }
                ).map {
                    m -> DateMention in
                    var m = m
                    m.range = (m.range.lowerBound + sentence.start)..<(m.range.upperBound + sentence.start)
                    return m
                }
            let places = places(in: tokens, range: range, doc: doc, coverage: coverage)
            // Where talks are, said in no sentence about a numbered round: the article's own round's place.
            if let place = places.first, talkSentence, phrases.isEmpty { talkPlaces.append(place) }
            let futureSentence = range.contains { futureWords.contains(tokens[$0].word) }
            var sentenceClaims: [RoundClaim] = phrases.map { p in
                var c = RoundClaim(
                    kind: p.kind, track: p.track ?? nearestTrack(tokens, in: range, to: p.first) ?? mainTrack ?? defaultTrack,
                    number: p.number, relation: p.relation, count: p.count,
                    phrase: doc.span(tokens[p.first].start..<tokens[p.last].end), sentence: doc.span(sentence.range),
                    sentenceIndex: s, date: nil, dateSpan: nil, durationDays: nil)
                // "The latest round ... opened on Thursday", "a new round was launched": the
                // article's own round; "this new round" too.
                if p.kind == .relative, !futureSentence,
                    (p.first...p.last).contains(where: { lexicons.openingRelations.contains(tokens[$0].word) }),
                    (max(range.lowerBound, p.first - 1)...p.last).contains(where: { lexicons.roundRelations[word: tokens[$0].word] == 0 })
                        || range.contains(where: { lexicons.openingVerbs.match(tokens, at: $0, end: range.upperBound) != nil })
                {
                    c.relation = .current
                }
                // "the last meeting in Nur-Sultan was held in December 2019": the last one at
                // that place, the round before only if every round was there, so it names no
                // number. "the last round was held in Nur-Sultan" still names the one before.
                if p.kind == .relative, (c.relation?.offset ?? 0) < 0, p.last + 2 < range.upperBound,
                    tokens[p.last + 1].word == Self.inWord, places.contains(where: { $0.token == p.last + 2 })
                {
                    c.placeRestricted = true
                }
                return c
            }
            // Each place goes to the round phrase of its clause ("the 14th meeting was held in
            // Nur-Sultan in December 2019, while the 15th ..." places the 14th), the first it names.
            for place in places {
                guard let k = placeAttachment(phrases, place: place.token, tokens: tokens), sentenceClaims[k].placeFinding == nil
                else { continue }
                sentenceClaims[k].placeFinding = place
            }
            var timing: [(DateValue, TextSpan, ClaimStatus?)] = []
            // Whether the sentence says a round opened or goes on, and not that it ended.
            let opening =
                !dates.isEmpty && !futureSentence
                && range.contains { lexicons.openingVerbs.match(tokens, at: $0, end: range.upperBound) != nil }
                && !range.contains { lexicons.endCues.match(tokens, at: $0, end: range.upperBound) != nil }
            for m in dates {
                let firstToken = doc.tokenIndex(atOrAfter: m.range.lowerBound)
                if m.kind == .duration {
                    guard let days = m.durationDays, talkSentence else { continue }
                    if let k = nearest(phrases, to: firstToken), sentenceClaims[k].kind != .count {
                        sentenceClaims[k].durationDays = days
                    } else if phrases.isEmpty, !dates.contains(where: { $0.kind != .duration && $0.value != nil }) {
                        // A length said beside a date of its own ("Their meeting last month went
                        // on for three days") is that meeting's, not the article's round's.
                        durations.append(days)
                    }
                    continue
                }
                guard var value = m.value, !isReportingDate(tokens, at: firstToken, in: range) else { continue }
                // "the nuclear deal of 2015", "the 2015 deal": the date of a deal, not of a round.
                let afterDate = doc.tokenIndex(atOrAfter: m.range.upperBound)
                if firstToken - 2 >= range.lowerBound, tokens[firstToken - 1].word == Self.of,
                    lexicons.datedNouns.contains(tokens[firstToken - 2].word)
                {
                    continue
                }
                if value.start.month == nil, afterDate < range.upperBound, lexicons.datedNouns.contains(tokens[afterDate].word) { continue }
                // "ended in Nur-Sultan on June 21", "On Friday, the seventh round came to an end":
                // the round ran up to that day, from a start the text does not give (some day of
                // that year: a round's start is never guessed closer than that).
                if value.end == nil, value.start.isComplete,
                    isEnd(tokens, before: firstToken, in: range) || endsAfter(phrases, date: firstToken, tokens: tokens, in: range)
                {
                    value = DateValue(start: PartialDate(year: value.start.year), end: value.start)
                }
                let span = doc.span(m.range)
                // "the 21st round of talks since the start of the process in 2017": a date after
                // "since" dates the process, not the round.
                let sinceFrom = min(
                    max(range.lowerBound, firstToken - 3), phrases.map(\.last).filter { $0 < firstToken }.max() ?? firstToken)
                let afterSince = (sinceFrom..<firstToken).contains { tokens[$0].word == Self.since }
                // "Nur-Sultan, 22 December 2021 (TDI):" opens the article: the day of the report.
                if s == 0, isDateline(tokens, date: firstToken, end: doc.tokenIndex(atOrAfter: m.range.upperBound), in: range) { continue }
                if !phrases.isEmpty {
                    guard let k = attachment(phrases, date: firstToken, tokens: tokens) else { continue }
                    if afterSince {
                        if sentenceClaims[k].kind == .count { sinceDates.append((claims.count + k, value, span)) }
                        continue
                    }
                    if sentenceClaims[k].kind == .count { continue }
                    let status = checked(
                        status(of: m, after: phrases[k], in: phrases, tokens: tokens, range: range), m, value, doc, opening: opening)
                    // A date that was moved or dropped is kept with its status; the timeline does not date the round by it.
                    if sentenceClaims[k].status?.datesTheRound ?? true { sentenceClaims[k].status = status }
                    sentenceClaims[k].date = combine(sentenceClaims[k].date, value)
                    sentenceClaims[k].dateSpan =
                        sentenceClaims[k].dateSpan.map { doc.span(min($0.start, span.start)..<max($0.end, span.end)) } ?? span
                    continue
                }
                guard !afterSince, talkSentence, hasTimingCue(tokens, before: firstToken, in: range) else { continue }
                // "Their meeting last month went on for three days": talks that ended weeks
                // before the report are an earlier meeting, not the article's own round.
                if let today = doc.metadata.date?.dayNumber, let bounds = value.dayBounds, bounds.upperBound < today - Self.ownRoundReach {
                    continue
                }
                if let other = nearestTrack(tokens, in: range, to: firstToken), other != (mainTrack ?? defaultTrack) { continue }
                timing.append((value, span, checked(m.tense.map(ClaimStatus.init(tense:)), m, value, doc, opening: opening)))
            }
            if let first = timing.first {
                var value = first.0
                var span = first.1
                for (v, sp, _) in timing.dropFirst() {
                    value = combine(value, v)
                    span = doc.span(min(span.start, sp.start)..<max(span.end, sp.end))
                }
                sentenceClaims.append(
                    RoundClaim(
                        kind: .timing, track: mainTrack ?? defaultTrack, number: nil, relation: nil, count: nil,
                        phrase: span, sentence: doc.span(sentence.range), sentenceIndex: s,
                        date: value, dateSpan: span, durationDays: nil,
                        placeFinding: places.first, status: first.2))
            }
            // A date the sentence gives no tense ("Astana Talks Next Week"), wholly after the
            // article's own day, is a plan: nothing after the report can be held yet.
            // A round phrase no date stands beside still says how the round stands, by its tense.
            var sentenceBytes: [UInt8]?
            for k in phrases.indices where sentenceClaims[k].status == nil && sentenceClaims[k].kind != .count {
                if sentenceBytes == nil { sentenceBytes = doc.bytes(sentence.range) }
                let p = tokens[phrases[k].first].start - sentence.start
                sentenceClaims[k].tenseStatus =
                    TenseReader.read(sentence: sentenceBytes!, around: p..<p, words: lexicons.dates).map { ClaimStatus(tense: $0.tense) }
            }
            if let today = doc.metadata.date?.dayNumber {
                for k in sentenceClaims.indices where sentenceClaims[k].status == nil {
                    if let first = sentenceClaims[k].date?.dayBounds?.lowerBound, first > today { sentenceClaims[k].status = .planned }
                }
            }
            claims += sentenceClaims
        }

        // The article's own round: the number it gives most often on its main track.
        let track = mainTrack ?? defaultTrack
        var counts: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        for (k, c) in claims.enumerated() where c.kind == .numbered && c.track == track {
            counts[c.number!, default: 0] += 1
            firstSeen[c.number!] = firstSeen[c.number!] ?? k
        }
        let mainRound = counts.max { a, b in a.value == b.value ? firstSeen[a.key]! > firstSeen[b.key]! : a.value < b.value }?.key

        // An article that announces its own round ("the 21st round, which is scheduled for
        // January 23") counts from the last round held: its "coming meeting" is that round.
        let ownRound = claims.filter { $0.kind == .numbered && $0.number == mainRound && $0.track == track }
        let announcesItsRound = ownRound.contains { $0.status == .planned } && !ownRound.contains { $0.status == .held }
        for k in claims.indices {
            switch claims[k].kind {
            case .relative:
                guard let main = mainRound, claims[k].track == track, !claims[k].placeRestricted else { continue }
                var offset = claims[k].relation?.offset ?? 0
                if announcesItsRound, offset > 0 { offset = 0 }
                let n = main + offset
                claims[k].number = n >= 1 ? n : nil
            case .timing:
                // Talks held in an article that only announces its round are not that round,
                // which is yet to come: a meeting beside it or before it, kept unresolved.
                if let main = mainRound, !(announcesItsRound && [.held, .contradicted].contains(claims[k].status)) {
                    claims[k].number = main
                } else {
                    claims[k].kind = .reportedTalks
                }
            default: break
            }
        }
        // "three rounds ... since January" in an article about the fourth: the first round
        // took place from January on.
        for (k, date, span) in sinceDates {
            guard let main = mainRound, claims[k].count == main - 1, claims[k].track == track else { continue }
            claims[k].number = 1
            claims[k].date = date
            claims[k].dateSpan = span
        }
        // A length given apart from the date ("two days of talks") stretches a one-day date.
        if let days = durations.first, days > 1 {
            for k in claims.indices
            where claims[k].kind == .timing || claims[k].kind == .reportedTalks
                || (claims[k].kind == .numbered && claims[k].number == mainRound && claims[k].track == track)
            {
                claims[k].durationDays = claims[k].durationDays ?? days
            }
        }
        for k in claims.indices {
            guard let days = claims[k].durationDays, days > 1, let d = claims[k].date else { continue }
            if d.end == nil, let endDay = d.start.adding(days: days - 1) {
                claims[k].date = DateValue(start: d.start, end: endDay)
            } else if d.start.month == nil, let end = d.end, end.isComplete, let early = end.adding(days: -days),
                let late = end.adding(days: 1 - days)
            {
                // "the nine-day negotiations ... were concluded on Monday": nine days up to Monday,
                // which the press counts with the last day or without it, so the start is only as
                // precise as both counts agree: the month (or the year) they share.
                let start =
                    early.month == late.month
                    ? PartialDate(year: late.year, month: late.month)
                    : early.year == late.year ? PartialDate(year: late.year) : nil
                if let start { claims[k].date = DateValue(start: start, end: end) }
            }
        }
        return DocumentRounds(
            claims: claims, mainTrack: mainTrack, mainRound: mainRound,
            talkPlaces: talkPlaces)
    }

    /// The round phrases of a sentence: at each token the round rules are tried in their order,
    /// and the first that matches takes its tokens. A sentence with no rule's anchor word and no
    /// track name is not tried at all.
    private func findPhrases(in doc: Document, _ tokens: [Token], in range: Range<Int>, coverage: DocumentMatches) -> [RoundPhrase] {
        // Per start, the rules that may match there (a bit per rule): a rule is tried only where
        // the token is its anchor (a round noun, a session noun, a track name) or at most its lead
        // before it, and a sentence with no anchor not at all.
        var starts: [(start: Int, rules: UInt32)] = []
        for i in range {
            let isTrack = trackAnchored && trackTable.track(named: tokens[i]) != nil
            guard isTrack || roundAnchors.contains(tokens[i].word) else { continue }
            for r in roundRules.indices {
                let rule = roundRules[r]
                let anchored = rule.anchor.map { $0.contains(tokens[i].word) } ?? (isTrack && rule.atTrack)
                guard anchored else { continue }
                for s in max(range.lowerBound, i - rule.lead)...i { starts.append((s, 1 << UInt32(r))) }
            }
        }
        guard !starts.isEmpty else { return [] }
        starts.sort { $0.start < $1.start }
        let sentence = SentenceContext(
            document: doc, tokens: tokens, range: range, matches: coverage, tracks: trackTable, lexicons: lexicons)
        var phrases: [RoundPhrase] = []
        var free = range.lowerBound
        var k = 0
        while k < starts.count {
            let i = starts[k].start
            var mask: UInt32 = 0
            while k < starts.count, starts[k].start == i {
                mask |= starts[k].rules
                k += 1
            }
            guard i >= free else { continue }
            for (r, rule) in rules.roundPhrases.enumerated() where mask & (1 << UInt32(r)) != 0 {
                if let p = rule.phrase(at: i, in: sentence, ordinals: ordinals) {
                    phrases.append(p)
                    free = p.last + 1
                    break
                }
            }
        }
        return phrases
    }

    /// The phrase a date belongs to: the last phrase before it in the same clause ("the 14th
    /// meeting was held in December 2019, while the 15th ..." dates the 14th), else the nearest.
    private func attachment(_ phrases: [RoundPhrase], date: Int, tokens: [Token]) -> Int? {
        if let k = phrases.indices.last(where: { phrases[$0].last < date }),
            !((phrases[k].last + 1)..<date).contains(where: {
                lexicons.clauseContrasts.contains(tokens[$0].word) || tokens[$0].word == .semicolon
            })
        {
            return k
        }
        return nearest(phrases, to: date)
    }

    /// The phrase a place belongs to: the last before it in the same clause ("the 14th meeting
    /// was held in Nur-Sultan, while the 15th ..." places the 14th), else the first after it in
    /// the same clause ("In Doha, the eighth round opened"); none across a clause stop ("was in
    /// the Afghan capital after a second round of meetings" places no round).
    private func placeAttachment(_ phrases: [RoundPhrase], place: Int, tokens: [Token]) -> Int? {
        // A contrast or semicolon tells two rounds' clauses apart; with one round phrase, "the
        // fourth round got under way; it is being held in Vienna" still places it.
        let several = phrases.count > 1
        func breaks(_ range: Range<Int>) -> Bool {
            range.contains {
                let w = tokens[$0].word
                return lexicons.clauseStops.contains(w) || (several && (lexicons.clauseContrasts.contains(w) || w == .semicolon))
            }
        }
        if let k = phrases.indices.last(where: { phrases[$0].last < place }) {
            // "the 15th meeting, which was held in Sochi": a clause about the phrase itself.
            var from = phrases[k].last + 1
            if from < place, tokens[from].word == .comma { from += 1 }
            if from < place, lexicons.relativePronouns.contains(tokens[from].word) { from += 1 }
            return breaks(from..<place) ? nil : k
        }
        if let k = phrases.indices.first(where: { phrases[$0].first > place }), !breaks((place + 1)..<phrases[k].first) { return k }
        return nil
    }

    /// What a date says happened to the round of `phrase`: postponed or cancelled when a cue
    /// follows the phrase before the next round phrase ("scheduled for March 2020 but was put off"),
    /// else planned or held by the date's tense.
    private func status(of m: DateMention, after phrase: RoundPhrase, in phrases: [RoundPhrase], tokens: [Token], range: Range<Int>)
        -> ClaimStatus?
    {
        let end = phrases.first(where: { $0.first > phrase.last })?.first ?? range.upperBound
        let window = (phrase.last + 1)..<max(phrase.last + 1, end)
        for i in window {
            if lexicons.cancelledCues.match(tokens, at: i, end: end) != nil { return .cancelled }
            if lexicons.postponedCues.match(tokens, at: i, end: end) != nil { return .postponed }
        }
        return m.tense.map(ClaimStatus.init(tense:))
    }

    /// A date said to be held on a day after the article's own: contradicted where the past
    /// tense stands in the date's clause ("took place today on September 24" in a report of
    /// September 15), kept and never dating the round; planned where the past tense is only
    /// elsewhere in the sentence ("there were two options: resuming on December 27") or is a
    /// verb of saying ("said the round opens on 22 December"), since nothing after the report
    /// can have been held.
    ///
    /// A date that takes in the report's own day, in a sentence that says the round opened or
    /// goes on ("kicked off on Wednesday" in a report of that Wednesday, "the talks, under way
    /// since Monday"), is under way; "ended on Wednesday" is held.
    private func checked(
        _ status: ClaimStatus?, _ m: DateMention, _ value: DateValue, _ doc: Document, opening: Bool = false
    ) -> ClaimStatus? {
        guard status == .held || status == nil, doc.metadata.date?.day != nil, let today = doc.metadata.date?.dayNumber,
            let bounds = value.dayBounds
        else { return status }
        if opening, bounds.contains(today), value.end == nil || value.start.isComplete { return .underWay }
        guard status == .held, bounds.lowerBound > today else { return status }
        // "said the 9th round opens on 22 December": the saying is past, the round is not.
        let bySaying = m.tenseWord.map { lexicons.speechVerbs.contains(Word($0)) } ?? false
        return m.tenseInClause && !bySaying ? .contradicted : .planned
    }

    /// A date among the first words of an article's first sentence, right before a colon,
    /// bracket or dash: a dateline ("Nur-Sultan, 22 December 2021 (TDI):").
    func isDateline(_ tokens: [Token], date first: Int, end: Int, in range: Range<Int>) -> Bool {
        guard first - range.lowerBound < Self.datelineReach else { return false }
        return (end..<min(range.upperBound, end + 2)).contains { Self.datelineMarks.contains(tokens[$0].word) }
    }

    /// What follows a dateline's date ("22 December 2021 (TDI):", "May 3 —").
    static let datelineMarks: [Word] = [.openParen, Word(":"), .emDash, .enDash, .hyphen]

    /// How many days before its report an article's own round may have ended: a report on a
    /// round is written while it goes on or soon after.
    static let ownRoundReach = 14

    /// How far into an article's first sentence a dateline's date can stand.
    static let datelineReach = 8

    private func nearest(_ phrases: [RoundPhrase], to token: Int) -> Int? {
        phrases.indices.min { abs(phrases[$0].first - token) < abs(phrases[$1].first - token) }
    }

    func nearestTrack(_ tokens: [Token], in range: Range<Int>, to token: Int) -> String? {
        var best: (Int, String)?
        for i in range {
            guard let tr = trackTable.track(named: tokens[i]), tokens[i].isCapitalized else { continue }
            let d = abs(i - token)
            if best == nil || d < best!.0 { best = (d, tr) }
        }
        return best?.1
    }

    func dominantTrack(in doc: Document) -> String? {
        var counts: [String: Int] = [:]
        for t in doc.tokens where t.isCapitalized { if let tr = trackTable.track(named: t) { counts[tr, default: 0] += 1 } }
        return counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key
    }

    /// "said Tuesday", "told reporters on Monday", "said in remarks to TASS on Friday": the day
    /// of the report, not of the talks. A verb of saying (or a word such as "reporters") within
    /// `reportReach` words before the date counts, unless a word of timing or planning stands
    /// between ("said the talks would open on Monday" dates the talks).
    /// Whether an end cue stands a few words before a date ("ended in Nur-Sultan, Kazakhstan,
    /// on June 21", "came to an end on Friday"), in the same clause.
    func isEnd(_ tokens: [Token], before first: Int, in range: Range<Int>) -> Bool {
        let floor = max(range.lowerBound, first - Self.endReach)
        for j in stride(from: first - 1, through: floor, by: -1) {
            if tokens[j].word == .semicolon || lexicons.clauseContrasts.contains(tokens[j].word) { return false }
            if lexicons.endCues.match(tokens, at: j, end: first) != nil { return true }
        }
        return false
    }

    /// Whether the round phrase after a date is followed by an end cue ("On Friday, the
    /// seventh round came to an end").
    func endsAfter(_ phrases: [RoundPhrase], date first: Int, tokens: [Token], in range: Range<Int>) -> Bool {
        guard let p = phrases.first(where: { $0.first > first }) else { return false }
        return ((p.last + 1)..<min(range.upperBound, p.last + 1 + Self.endReach)).contains {
            lexicons.endCues.match(tokens, at: $0, end: range.upperBound) != nil
        }
    }

    /// How many words before a date an end cue may stand ("ended in Nur-Sultan, Kazakhstan, on").
    static let endReach = 10

    static let of = Word("of")

    func isReportingDate(_ tokens: [Token], at first: Int, in range: Range<Int>) -> Bool {
        var j = first - 1
        let floor = max(range.lowerBound, first - Self.reportReach)
        while j >= floor {
            let w = tokens[j].word
            if lexicons.speechVerbs.contains(w) || lexicons.reportWords.contains(w) { return true }
            if lexicons.timingCues.contains(w) || tokens[j].word == .comma || futureWords.contains(tokens[j].word) {
                return false
            }
            j -= 1
        }
        return false
    }

    /// How far back a verb of saying makes a date the day of the report.
    static let reportReach = 6

    /// Whether a word of timing stands shortly before a date, in its clause: "kicked off on
    /// Wednesday", "met in the United Arab Emirates on Monday" (a name and punctuation do not
    /// count towards the reach, only lower-case words do). Refused: "talks were held after
    /// Putin visited Ankara on Monday" (a clause stop between), "held talks with the
    /// delegation of the other side on Monday" (too far).
    func hasTimingCue(_ tokens: [Token], before first: Int, in range: Range<Int>) -> Bool {
        var j = first - 1
        var words = 0
        let floor = max(range.lowerBound, first - Self.timingTokens)
        while j >= floor, words < Self.timingReach {
            let t = tokens[j]
            if lexicons.timingCues.contains(t.word) { return true }
            if lexicons.clauseStops.contains(t.word) { return false }
            if t.kind == .word, !t.isCapitalized { words += 1 }
            j -= 1
        }
        return false
    }

    /// How many lower-case words before a date a word of timing may stand.
    static let timingReach = 4
    /// How many tokens in all (names and punctuation included) the look for it walks.
    static let timingTokens = 12

    /// Two dates of one passage as one interval ("kicked off on Wednesday and will continue
    /// into Thursday"); a vaguer date gives way to a precise one inside it.
    func combine(_ a: DateValue?, _ b: DateValue) -> DateValue {
        guard let a else { return b }
        guard let ab = a.dayBounds, let bb = b.dayBounds else { return a }
        if ab.count > bb.count && ab.contains(bb.lowerBound) { return b }
        if bb.count > ab.count && bb.contains(ab.lowerBound) { return a }
        guard a.start.isComplete, b.start.isComplete else { return a }
        let lo = min(ab.lowerBound, bb.lowerBound)
        let hi = max(ab.upperBound, bb.upperBound)
        guard hi - lo < 31 else { return a }
        return DateValue(start: PartialDate(dayNumber: lo), end: PartialDate(dayNumber: hi))
    }

    /// Where a sentence places things, in text order: a known city or state after "in" or "at"
    /// ("in Astana", "at the UAE"), the capital a demonym names ("the Kazakh capital Nur-Sultan"),
    /// and a city no list knows, named with its state where talks are held (`cityWithState`).
    func places(in tokens: [Token], range: Range<Int>, doc: Document, coverage: DocumentMatches) -> [PlaceFinding] {
        var found: [PlaceFinding] = []
        var capitalPhrase: PlaceFinding?
        // Matches are in text order: find the sentence's first by halving, not by a scan of
        // the whole document (a 50 MB article has hundreds of thousands).
        let matches = coverage.matches
        var lo = 0
        var hi = matches.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if matches[mid].firstToken < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < matches.count, matches[end].firstToken < range.upperBound { end += 1 }
        let inSentence = matches[lo..<end]
        func finding(_ first: Int, _ last: Int, isCity: Bool, key: String) -> PlaceFinding {
            let span = doc.span(tokens[first].start..<tokens[last].end)
            return PlaceFinding(text: doc.text(span.range), span: span, token: first, isCity: isCity, key: key)
        }
        for m in inSentence {
            if m.isPlace, m.kind == .capital || m.kind == .alias, m.firstToken > range.lowerBound,
                ["in", "at"].contains(tokens[m.firstToken - 1].folded)
            {
                found.append(finding(m.firstToken, m.lastToken, isCity: m.kind == .capital, key: "actor#\(m.actor)#\(m.kind == .capital)"))
                continue
            }
            if let city = cityWithState(tokens, before: m, in: range, matches: inSentence) {
                found.append(
                    finding(
                        city.lowerBound, city.upperBound, isCity: true, key: "city#" + tokens[city].map(\.folded).joined(separator: " ")))
                continue
            }
            if capitalPhrase == nil, m.lastToken + 1 < range.upperBound, tokens[m.lastToken + 1].word == Self.capital,
                let c = capitals[m.actor]
            {
                // "the Kazakh capital Nur-Sultan", "the Kazakh capital city of Nur-Sultan": the
                // city the text names, which may be the capital's name of the day, not today's.
                var k = m.lastToken + 2
                while k < range.upperBound, Self.capitalFillers.contains(tokens[k].word) { k += 1 }
                let key = "actor#\(m.actor)#true"
                if let named = inSentence.first(where: { $0.firstToken == k && ($0.kind == .capital || $0.kind == .alias) }) {
                    capitalPhrase = finding(named.firstToken, named.lastToken, isCity: true, key: key)
                } else {
                    var p = finding(m.firstToken, m.lastToken + 1, isCity: true, key: key)
                    p.text = c
                    capitalPhrase = p
                }
            }
        }
        if let capitalPhrase { found.append(capitalPhrase) }
        var i = range.lowerBound + 1
        while i < range.upperBound - 1 {
            defer { i += 1 }
            guard tokens[i].word == Self.inWord, let city = cityAfterVenue(tokens, in: i, range: range, matches: inSentence),
                !found.contains(where: { city.contains($0.token) })
            else { continue }
            found.append(
                finding(city.lowerBound, city.upperBound, isCity: true, key: "city#" + tokens[city].map(\.folded).joined(separator: " ")))
            i = city.upperBound
        }
        return found.count > 1 ? found.sorted { $0.token < $1.token } : found
    }

    /// A city no list knows, right after a word of holding or of talks and "in": "the round was
    /// held in Geneva in March", "talks in Camp David". The name is one to three capitalised
    /// words the lexicons do not know, not the sentence's first word, and ends where the text
    /// goes on in lower case or with punctuation. Refused: "the envoy stayed in Geneva" (no
    /// such word before "in"), "held in March" (a word the lexicons know), "held in the Rixos
    /// Hotel" (no capital right after "in"), "held in Geneva Convention Centre Hall" (a longer
    /// name, of a building or a body, not a city).
    func cityAfterVenue(
        _ tokens: [Token], in at: Int, range: Range<Int>, matches: ArraySlice<ActorMatcher.Match>
    ) -> ClosedRange<Int>? {
        guard at > range.lowerBound, isVenueCue(tokens[at - 1].word) else { return nil }
        let first = at + 1
        var last = first - 1
        while last + 1 < range.upperBound, tokens[last + 1].kind == .word, tokens[last + 1].isCapitalized,
            !lexicons.knownWords.contains(tokens[last + 1].word)
        {
            last += 1
            if last - first + 1 > Self.cityWords { return nil }
        }
        guard last >= first else { return nil }
        if last + 1 < range.upperBound, tokens[last + 1].isCapitalized { return nil }
        guard !matches.contains(where: { $0.firstToken <= last && $0.lastToken >= first }) else { return nil }
        return first...last
    }

    /// A city no list knows, named as "in CITY, STATE" where talks are held: "starts activities
    /// in Sochi, Russia", "the talks held in Sharm El Sheikh, Egypt". Refused: "displaced families
    /// in Idlib, Syria" (no word of holding or of talks before "in"), "in Moscow, Russia" (a
    /// known city, found as such), "in March, Russia" (a word the lexicons know).
    /// `state` is the match after the comma; the city is one to three capitalised words.
    func cityWithState(
        _ tokens: [Token], before state: ActorMatcher.Match, in range: Range<Int>, matches: ArraySlice<ActorMatcher.Match>
    ) -> ClosedRange<Int>? {
        guard capitals[state.actor] != nil, state.kind == .name || state.kind == .alias,
            state.firstToken - 2 > range.lowerBound, tokens[state.firstToken - 1].word == .comma
        else { return nil }
        let last = state.firstToken - 2
        var first = last
        while first > range.lowerBound, last - first < Self.cityWords - 1, tokens[first - 1].isCapitalized { first -= 1 }
        guard first > range.lowerBound, tokens[first - 1].word == Self.inWord,
            (first...last).allSatisfy({
                tokens[$0].kind == .word && tokens[$0].isCapitalized && !lexicons.knownWords.contains(tokens[$0].word)
            })
        else { return nil }
        // Known names are found as such; this rule is for the cities no list has.
        guard !matches.contains(where: { $0.firstToken <= last && $0.lastToken >= first }) else { return nil }
        let cueFrom = max(range.lowerBound, first - 1 - Self.venueReach)
        guard (cueFrom..<(first - 1)).contains(where: { isVenueCue(tokens[$0].word) })
        else { return nil }
        return first...last
    }

    /// A word of holding, opening or timing, or a talk noun: "held in", "talks in", "starts activities in".
    private func isVenueCue(_ w: Word) -> Bool {
        lexicons.venueCues.contains(w) || lexicons.timingCues.contains(w) || lexicons.openingVerbs.contains(w)
            || lexicons.talkSentenceNouns.contains(w)
    }

    /// How many words a city unknown to every list may have ("Sharm El Sheikh").
    static let cityWords = 3
    /// How far before "in" a word of holding or of talks may stand ("held in", "starts activities in").
    static let venueReach = 3
}
