/// Rounds merged across articles: one entry per round per track, with the evidence kept.
public struct Timeline: Sendable {
    public var entries: [TimelineEntry]
    /// Claims that name no round number the corpus can resolve ("the next round of Geneva
    /// talks"); kept so that nothing said is lost.
    public var unresolved: [RoundClaim]
    /// For each document, the rounds it reports (its own round, or the one its date falls in).
    public var roundsByDocument: [DocumentID: [String]]

    /// Builds the timeline from each document's claims. `mentions` are per document, and
    /// `documents` in the same order as `rounds`. `cues` are each document's
    /// `ParticipationCues`, when the caller has them already.
    ///
    /// Entries keep what the claims establish (evidence, dates, documents, places), not the
    /// claims; each document's claims in `rounds` are dropped once read, so a large corpus
    /// never holds them all twice.
    public static func build(
        documents: [Document], rounds: consuming [DocumentRounds], mentions: [[Mention]],
        cues: [ParticipationCues]? = nil, outlets: [Bool] = []
    ) -> Timeline {
        // Entries by their key ("Astana#4") once per claim, then everything else by the entry's
        // position and the document's: no string or span is hashed per claim but the key.
        var entryIndex: [String: Int] = [:]
        var entries: [TimelineEntry] = []
        var unresolved: [RoundClaim] = []
        var roundsByDocument: [DocumentID: [String]] = [:]

        // Sets beside the arrays keep membership tests constant-time: a round of a large
        // corpus has thousands of claims.
        struct SentenceKey: Hashable {
            var document: Int32
            var start: UInt32
            var end: UInt32
        }
        var evidenceSeen: [Set<SentenceKey>] = []
        var documentsSeen: [Set<Int32>] = []
        var reportingTalks: [Set<DocumentID>] = []
        // Per entry, what each claim says happened: the round's status.
        var statuses: [[ClaimStatus]] = []
        func addDocument(_ d: Int, to e: Int) {
            if documentsSeen[e].insert(Int32(d)).inserted { entries[e].documents.append(documents[d].id) }
        }
        func add(_ claim: RoundClaim, number: Int, document d: Int) {
            let key = "\(claim.track)#\(number)"
            let e: Int
            if let known = entryIndex[key] {
                e = known
            } else {
                e = entries.count
                entryIndex[key] = e
                entries.append(
                    TimelineEntry(
                        track: claim.track, number: number, date: nil, dateClaims: [], hasConflict: false, place: nil,
                        documents: [], participants: [], evidence: []))
                evidenceSeen.append([])
                documentsSeen.append([])
                reportingTalks.append([])
                statuses.append([])
            }
            if let place = claim.placeFinding {
                entries[e].placeClaims.append(.init(place: place, sentence: claim.sentence, status: claim.status, ofArticle: false))
            }
            if claim.kind == .reportedTalks { reportingTalks[e].insert(claim.phrase.document) }
            if let status = claim.status ?? claim.tenseStatus { statuses[e].append(status) }
            // A document's claims are about that document, so its number stands for the span's path.
            addDocument(d, to: e)
            let sentence = SentenceKey(document: Int32(d), start: UInt32(claim.sentence.start), end: UInt32(claim.sentence.end))
            if evidenceSeen[e].insert(sentence).inserted { entries[e].evidence.append(claim.sentence) }
            if let date = claim.date {
                entries[e].dateClaims.append(
                    .init(value: date, span: claim.dateSpan ?? claim.phrase, sentence: claim.sentence, status: claim.status))
            }
        }

        for (d, doc) in documents.enumerated() {
            for claim in rounds[d].claims {
                if let n = claim.number, claim.kind != .reportedTalks {
                    add(claim, number: n, document: d)
                } else if claim.kind != .reportedTalks || rounds[d].mainRound != nil {
                    // Talks an article with its own round reports beside it are not that
                    // round: kept, unresolved, with their sentence.
                    unresolved.append(claim)
                }
            }
            if let main = rounds[d].mainRound, let track = rounds[d].mainTrack {
                let key = "\(track)#\(main)"
                roundsByDocument[doc.id] = [key]
                if let e = entryIndex[key] {
                    addDocument(d, to: e)
                    // Once per article: where its talks are, most often.
                    if let p = bestPlace(rounds[d].talkPlaces), let s = documents[d].sentenceIndex(containing: p.span.start) {
                        let sentence = documents[d].span(documents[d].sentences[s].range)
                        entries[e].placeClaims.append(.init(place: p, sentence: sentence, status: nil, ofArticle: true))
                    }
                }
                rounds[d].claims = []
            } else {
                // Only its reported talks are read again, below.
                rounds[d].claims.removeAll { $0.kind != .reportedTalks }
            }
        }
        FreedMemory.release()
        for e in entries.indices { entries[e].date = mergeDates(entries[e].dateClaims).date }

        // An article that gives no number but reports talks on a date joins the round the
        // rest of the corpus places on that date.
        for (d, doc) in documents.enumerated() where rounds[d].mainRound == nil {
            let reported = rounds[d].claims.filter { $0.kind == .reportedTalks && $0.date?.dayBounds != nil }
            guard let first = reported.first, let bounds = first.date?.dayBounds else {
                unresolved += rounds[d].claims.filter { $0.kind == .reportedTalks }
                continue
            }
            // A round known only by the day it ended ("until 17 Dec 2021") is that day here, not
            // the whole year before it.
            func extent(_ v: DateValue?) -> ClosedRange<Int>? {
                guard let v else { return nil }
                if v.start.month == nil, let end = v.end, end.month != nil { return end.dayBounds }
                return v.dayBounds
            }
            let candidates = entries.indices.filter { e in
                entries[e].track == first.track && (extent(entries[e].date).map { $0.overlaps(bounds) } ?? false)
            }
            guard candidates.count == 1, let target = candidates.first else {
                unresolved += reported
                continue
            }
            roundsByDocument[doc.id] = [entries[target].id]
            for claim in reported { add(claim, number: entries[target].number, document: d) }
            addDocument(d, to: target)
        }

        let docIndex = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0) })
        // Which sentences speak of taking part, per document, once and on all cores; then
        // each round is finished on its own, also on all cores.
        let cues = cues ?? concurrentMap(documents) { doc in ParticipationCues(doc) }
        let actorCount = mentions.reduce(0) { most, list in list.reduce(most) { max($0, $1.actor + 1) } }
        // Which rounds each sentence is evidence of (by document and sentence number): a
        // sentence about one round says nothing of who took part in another.
        var roundsOfSentence: [Int64: [Int]] = [:]
        for (e, entry) in entries.enumerated() {
            for span in entry.evidence {
                guard let d = docIndex[span.document], let s = documents[d].sentenceIndex(containing: span.start) else { continue }
                roundsOfSentence[Int64(d) << 32 | Int64(s), default: []].append(e)
            }
        }
        let finished = concurrentMap(Array(entries.indices)) { index -> TimelineEntry in
            var e = entries[index]
            let merged = mergeDates(e.dateClaims)
            e.date = merged.date
            e.hasConflict = merged.conflict
            e.dateSupport = merged.support
            e.dateStatus = merged.status
            e.status = ClaimStatus.ofRound(statuses[index])
            e.documents.sort()
            // A round's place is what the articles say: of the round, else of their talks; never
            // the process's name in its stead.
            let place = mergePlaces(e.placeClaims)
            e.place = place.place
            e.placeConflict = place.conflict
            (e.participation, e.participationByArticle) = participation(
                of: e, index: index, roundsOfSentence: roundsOfSentence, reportingTalks: reportingTalks[index], documents: documents,
                docIndex: docIndex,
                rounds: rounds, mentions: mentions, cues: cues, actorCount: actorCount, outlets: outlets)
            e.participants = e.participation.filter(\.present).map(\.actor)
            e.evidence.sort()
            return e
        }
        let sorted = finished.sorted { ($0.track, $0.number) < ($1.track, $1.number) }
        return Timeline(entries: sorted, unresolved: unresolved, roundsByDocument: roundsByDocument)
    }

    /// Picks the round's date from its claims: the most precise date every claim allows, or,
    /// where claims disagree, the best-supported one, with the conflict flagged.
    /// A postponed or cancelled date never dates the round. A date said to be kept ("was held on July 4-5") outweighs a plan ("will take place in
    /// August"): plans are read only where no other claim dates the round.
    ///
    /// `support` counts articles: those whose claims (of the kind read) overlap the date chosen,
    /// of all that give one.
    static func mergeDates(_ all: [TimelineEntry.DateClaim]) -> (
        date: DateValue?, conflict: Bool, support: TimelineEntry.Support?, status: ClaimStatus?
    ) {
        let usable = all.filter { $0.status?.datesTheRound ?? true }
        let notPlanned = usable.filter { $0.status != .planned }
        let claims = notPlanned.isEmpty ? usable : notPlanned
        let known = claims.compactMap { c in c.value.dayBounds.map { (claim: c, bounds: $0) } }
        guard !known.isEmpty else { return (claims.first?.value, false, nil, claims.first?.status) }
        // Two intervals all overlap unless one ends before another starts.
        let latestStart = known.map(\.bounds.lowerBound).max()!
        let earliestEnd = known.map(\.bounds.upperBound).min()!
        let conflict = latestStart > earliestEnd
        // Support of a claim: how many claims overlap it = all, less those ending before it
        // starts, less those starting after it ends (counted by binary search, not pairwise).
        let starts = known.map(\.bounds.lowerBound).sorted()
        let ends = known.map(\.bounds.upperBound).sorted()
        func support(_ b: ClosedRange<Int>) -> Int {
            known.count - countBelow(ends, b.lowerBound) - (starts.count - countBelow(starts, b.upperBound + 1))
        }
        // Of equal support, the most precise; a day the round ended ("ended on June 21"), whose
        // start the text does not give, only after any claim that gives a start.
        func precision(_ v: DateValue) -> Int { v.start.day == nil && v.end?.day != nil ? Int.max / 4 : v.vagueness }
        let best = known.map { ($0.claim, support($0.bounds)) }.min { a, b in
            a.1 != b.1 ? a.1 > b.1 : precision(a.0.value) < precision(b.0.value)
        }!
        let chosen = best.0.value.dayBounds!
        let agreeing = known.filter { $0.bounds.overlaps(chosen) }.map(\.claim)
        let support = TimelineEntry.Support(
            agree: Set(agreeing.map(\.span.document)).count, of: Set(known.map(\.claim.span.document)).count)
        // Of the claims that agree with it, what they say happened: held or under way before planned.
        let agreeingStatus = ClaimStatus.ofRound(agreeing.compactMap(\.status))
        return (best.0.value, conflict, support, agreeingStatus)
    }

    /// How many of the sorted values are below `limit`.
    static func countBelow(_ sorted: [Int], _ limit: Int) -> Int {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < limit { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Who took part in round `e` (entry `index`), and who stayed away: the actors named in
    /// the round's evidence, and in its articles' sentences that speak of taking part, unless
    /// such a sentence is about another round only; an actor a sentence says stayed away
    /// (`ParticipationCues.Absence`) is absent, not present.
    static func participation(
        of e: TimelineEntry, index: Int, roundsOfSentence: [Int64: [Int]], reportingTalks: Set<DocumentID>, documents: [Document],
        docIndex: [DocumentID: Int],
        rounds: [DocumentRounds], mentions: [[Mention]], cues: [ParticipationCues], actorCount: Int, outlets: [Bool]
    ) -> (all: [TimelineEntry.Participation], byArticle: [TimelineEntry.Participation]) {
        // Counted in arrays by actor number, with the actors in the order first seen.
        var counts = [Int32](repeating: 0, count: actorCount)
        var seen: [Int] = []
        var first: [Int: TimelineEntry.Participation] = [:]
        var absent: [TimelineEntry.Participation] = []
        var absentSeen = Set<Int>()
        var byArticle: [TimelineEntry.Participation] = []
        // Evidence is whole sentences: kept as sentence numbers per document, so that each
        // mention is tested by its sentence number instead of hashing a span and its path.
        var evidence: [DocumentID: Set<Int>] = [:]
        for span in e.evidence {
            guard let d = docIndex[span.document], let s = documents[d].sentenceIndex(containing: span.start),
                documents[d].sentences[s].range == span.range
            else { continue }
            evidence[span.document, default: []].insert(s)
        }
        for id in e.documents {
            guard let d = docIndex[id] else { continue }
            let reportsRound = rounds[d].mainRound == e.number && rounds[d].mainTrack == e.track
            let ofRound = reportsRound || reportingTalks.contains(id)
            let evidenceSentences = evidence[id] ?? []
            // In an article about two rounds, a sentence about the other stays with it.
            func ofOtherRound(_ s: Int) -> Bool {
                guard let rounds = roundsOfSentence[Int64(d) << 32 | Int64(s)] else { return false }
                return !rounds.contains(index)
            }
            let cueSentences = ofRound ? cues[d].present.filter { !ofOtherRound($0.key) } : [:]
            let absences = cues[d].absences.filter { evidenceSentences.contains($0.sentence) || (ofRound && !ofOtherRound($0.sentence)) }
            guard !cueSentences.isEmpty || !evidenceSentences.isEmpty || !absences.isEmpty else { continue }
            let doc = documents[d]
            func sentenceSpan(_ s: Int) -> TextSpan { doc.span(doc.sentences[s].range) }
            // This article's own account: each actor once present, once absent.
            var saidHere = Set<Int>()
            // The tense at a sentence's cue, read once however many actors it names.
            var statusOfSentence: [Int: ClaimStatus?] = [:]
            func presenceStatus(_ s: Int) -> ClaimStatus? {
                if let known = statusOfSentence[s] { return known }
                let status = cues[d].presenceStatus(in: doc, sentence: s)
                statusOfSentence[s] = .some(status)
                return status
            }
            for m in mentions[d] {
                // An outlet ("TASS reports") tells of the round; it does not take part.
                if m.actor < outlets.count && outlets[m.actor] { continue }
                if let a = absences.first(where: { $0.sentence == m.sentence && $0.subject.contains(m.span.start) }) {
                    let claim = TimelineEntry.Participation(
                        actor: m.actor, present: false, status: a.status, span: m.span, sentence: sentenceSpan(m.sentence))
                    if absentSeen.insert(m.actor).inserted { absent.append(claim) }
                    if saidHere.insert(-1 - m.actor).inserted { byArticle.append(claim) }
                    continue
                }
                let hasCue = cueSentences[m.sentence] != nil
                guard hasCue || evidenceSentences.contains(m.sentence) else { continue }
                // "... are the first since US President Donald Trump infuriated the Kremlin".
                if cues[d].isApart(sentence: m.sentence, byte: m.span.start) { continue }
                if counts[m.actor] == 0 {
                    seen.append(m.actor)
                    first[m.actor] = .init(
                        actor: m.actor, present: true, status: hasCue ? presenceStatus(m.sentence) : nil,
                        span: m.span, sentence: sentenceSpan(m.sentence))
                }
                if saidHere.insert(m.actor).inserted {
                    // The tense of an article's own claim is read when its account is asked for
                    // (`RoundAccounts`): reading it here for every article would read the
                    // tokens of every article again.
                    byArticle.append(
                        counts[m.actor] == 0
                            ? first[m.actor]!
                            : .init(actor: m.actor, present: true, status: nil, span: m.span, sentence: sentenceSpan(m.sentence)))
                }
                counts[m.actor] += 1
            }
        }
        var firstSeen = [Int32](repeating: 0, count: actorCount)
        for (k, actor) in seen.enumerated() { firstSeen[actor] = Int32(k) }
        // Said to stay away is said of that round; being named near it is not as strong.
        let present = seen.filter { !absentSeen.contains($0) }
            .sorted { a, b in counts[a] != counts[b] ? counts[a] > counts[b] : firstSeen[a] < firstSeen[b] }
        return (present.map { first[$0]! } + absent, byArticle)
    }

    /// Picks the round's place from its claims, as dates are picked: sentences about the round
    /// before where an article's talks are; of those, what was said to happen before plans; a
    /// postponed or cancelled place never. Then a city before a state ("the meeting in Abu Dhabi"
    /// over "held in the UAE"), and the place most claims name, under its most used name.
    static func mergePlaces(_ all: [TimelineEntry.PlaceClaim]) -> (place: String?, conflict: Bool) {
        let usable = all.filter { $0.status?.datesTheRound ?? true }
        let direct = usable.filter { !$0.ofArticle }
        var tier = direct.isEmpty ? usable : direct
        let kept = tier.filter { $0.status != .planned }
        if !kept.isEmpty { tier = kept }
        let findings = tier.map(\.place)
        let cities = findings.filter(\.isCity)
        let considered = cities.isEmpty ? findings : cities
        return (bestPlace(considered)?.text, Set(considered.map(\.key)).count > 1)
    }

    /// Of places, a city before a state, then the one named most often (the first named of
    /// equals), under the name used most for it.
    public static func bestPlace(_ places: [PlaceFinding]) -> PlaceFinding? {
        let cities = places.filter(\.isCity)
        let considered = cities.isEmpty ? places : cities
        var counts: [String: Int] = [:]
        for p in considered { counts[p.key, default: 0] += 1 }
        guard let top = counts.values.max(), let key = considered.first(where: { counts[$0.key] == top })?.key else { return nil }
        let named = considered.filter { $0.key == key }
        var names: [String: Int] = [:]
        for p in named { names[p.text, default: 0] += 1 }
        let most = names.values.max()!
        return named.first { names[$0.text] == most }
    }

    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key
    }
}
