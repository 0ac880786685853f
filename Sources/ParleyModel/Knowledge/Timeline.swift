/// Rounds merged across articles: one entry per round per track, with the evidence kept.
public struct Timeline: Sendable {
    public var entries: [TimelineEntry]
    /// Claims that name no round number the corpus can resolve ("the next round of Geneva
    /// talks"); kept so that nothing said is lost.
    public var unresolved: [RoundClaim]
    /// For each document, the rounds it reports (its own round, or the one its date falls in).
    public var roundsByDocument: [DocumentID: [String]]

    /// Words of a sentence that says who takes part in talks.
    static let participationCues: Set<String> = [
        "delegation", "delegations", "delegates", "delegate", "attend", "attends", "attending", "attended",
        "participate", "participates", "participating", "participation", "participants", "part", "represent",
        "representing", "represented", "representatives", "led", "leads", "heading", "headed",
        "sponsored", "sponsors", "moderated", "mediators", "guarantor", "guarantors", "observer", "observers",
        "observe", "join", "joined", "arrived", "negotiator", "negotiators", "hosting", "hosted",
    ]

    /// Words that turn a participation sentence into its opposite ("would not attend").
    static let negations: Set<String> = ["not", "except", "without", "snubbed", "boycott", "boycotted", "absent", "t", "never", "no"]

    /// Builds the timeline from each document's claims. `mentions` are per document, and
    /// `documents` in the same order as `rounds`.
    public static func build(documents: [Document], rounds: [DocumentRounds], mentions: [[Mention]]) -> Timeline {
        var entries: [String: TimelineEntry] = [:]
        var unresolved: [RoundClaim] = []
        var roundsByDocument: [DocumentID: [String]] = [:]

        func add(_ claim: RoundClaim, number: Int, doc: Document) {
            let key = "\(claim.track)#\(number)"
            var e = entries[key] ?? TimelineEntry(
                track: claim.track, number: number, date: nil, dateClaims: [], hasConflict: false, place: nil,
                documents: [], participants: [], evidence: [], claims: [])
            e.claims.append(claim)
            if !e.evidence.contains(claim.sentence) { e.evidence.append(claim.sentence) }
            if let d = claim.date {
                e.dateClaims.append(.init(value: d, span: claim.dateSpan ?? claim.phrase, sentence: claim.sentence))
            }
            entries[key] = e
        }

        for (d, doc) in documents.enumerated() {
            for claim in rounds[d].claims {
                if let n = claim.number, claim.kind != .reportedTalks { add(claim, number: n, doc: doc) }
                else if claim.kind != .reportedTalks { unresolved.append(claim) }
            }
            if let main = rounds[d].mainRound, let track = rounds[d].mainTrack {
                let key = "\(track)#\(main)"
                roundsByDocument[doc.id] = [key]
                if !(entries[key]?.documents.contains(doc.id) ?? true) { entries[key]!.documents.append(doc.id) }
            }
        }
        for key in entries.keys { entries[key]!.date = mergeDates(entries[key]!.dateClaims).date }

        // An article that gives no number but reports talks on a date joins the round the
        // rest of the corpus places on that date.
        for (d, doc) in documents.enumerated() where rounds[d].mainRound == nil {
            let reported = rounds[d].claims.filter { $0.kind == .reportedTalks && $0.date?.dayBounds != nil }
            guard let first = reported.first, let bounds = first.date?.dayBounds else {
                unresolved += rounds[d].claims.filter { $0.kind == .reportedTalks }
                continue
            }
            let candidates = entries.values.filter { e in
                e.track == first.track && (e.date?.dayBounds.map { $0.overlaps(bounds) } ?? false)
            }
            guard candidates.count == 1, let target = candidates.first else {
                unresolved += reported
                continue
            }
            roundsByDocument[doc.id] = [target.id]
            for claim in reported { add(claim, number: target.number, doc: doc) }
            entries[target.id]!.documents.append(doc.id)
        }

        let docIndex = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0) })
        for key in entries.keys {
            var e = entries[key]!
            let merged = mergeDates(e.dateClaims)
            e.date = merged.date
            e.hasConflict = merged.conflict
            for claim in e.claims where !e.documents.contains(claim.phrase.document) {
                e.documents.append(claim.phrase.document)
            }
            e.documents.sort()
            e.place = mostCommon(e.claims.compactMap(\.place)) ?? e.track
            e.participants = participants(of: e, documents: documents, docIndex: docIndex, rounds: rounds, mentions: mentions)
            e.evidence.sort()
            entries[key] = e
        }
        let sorted = entries.values.sorted { ($0.track, $0.number) < ($1.track, $1.number) }
        return Timeline(entries: sorted, unresolved: unresolved, roundsByDocument: roundsByDocument)
    }

    /// Picks the round's date from its claims: the most precise date every claim allows, or,
    /// where claims disagree, the best-supported one, with the conflict flagged.
    static func mergeDates(_ claims: [TimelineEntry.DateClaim]) -> (date: DateValue?, conflict: Bool) {
        let known = claims.filter { $0.value.dayBounds != nil }
        guard !known.isEmpty else { return (claims.first?.value, false) }
        var conflict = false
        for a in known { for b in known where !a.value.dayBounds!.overlaps(b.value.dayBounds!) { conflict = true } }
        // Support of a claim: how many claims agree with it.
        let scored = known.map { c in (c, known.filter { $0.value.dayBounds!.overlaps(c.value.dayBounds!) }.count) }
        let best = scored.min { a, b in
            a.1 != b.1 ? a.1 > b.1 : a.0.value.vagueness < b.0.value.vagueness
        }!
        return (best.0.value, conflict)
    }

    static func participants(of e: TimelineEntry, documents: [Document], docIndex: [DocumentID: Int],
                             rounds: [DocumentRounds], mentions: [[Mention]]) -> [Int] {
        var counts: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        var order = 0
        let evidence = Set(e.evidence)
        for id in e.documents {
            guard let d = docIndex[id] else { continue }
            let doc = documents[d]
            let reportsRound = rounds[d].mainRound == e.number && rounds[d].mainTrack == e.track
            var cueSentences = Set<Int>()
            if reportsRound || !e.claims.filter({ $0.phrase.document == id && $0.kind == .reportedTalks }).isEmpty {
                for (s, sentence) in doc.sentences.enumerated()
                where sentence.tokens.contains(where: { participationCues.contains(doc.tokens[$0].folded) })
                    && !sentence.tokens.contains(where: { negations.contains(doc.tokens[$0].folded) }) {
                    cueSentences.insert(s)
                }
            }
            for m in mentions[d] where cueSentences.contains(m.sentence) || evidence.contains(doc.span(doc.sentences[m.sentence].range)) {
                counts[m.actor, default: 0] += 1
                if firstSeen[m.actor] == nil { firstSeen[m.actor] = order; order += 1 }
            }
        }
        return counts.keys.sorted { a, b in counts[a]! != counts[b]! ? counts[a]! > counts[b]! : firstSeen[a]! < firstSeen[b]! }
    }

    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key
    }
}
