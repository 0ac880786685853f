extension CorpusCoding {
    /// A claim of taking part as plain values (a round's article claims run to the hundred
    /// thousand): the actor, present or not, the status (0 for none, else 1 + its number) and
    /// two spans as (document, start, end). 32 bytes with no padding, so no stray bytes in the file.
    struct ParticipationRecord {
        var actor: UInt32
        var spanDocument: Int32
        var spanStart: UInt32
        var spanEnd: UInt32
        var sentenceDocument: Int32
        var sentenceStart: UInt32
        var sentenceEnd: UInt32
        var present: UInt16
        var status: UInt16
    }

    func encode(_ t: Timeline, _ w: inout CacheWriter) {
        w.array(t.entries) { w, e in encode(e, &w) }
        w.array(t.unresolved) { w, c in encode(c, &w) }
        let rounds = t.roundsByDocument.sorted { $0.key < $1.key }
        w.int(rounds.count)
        for (id, keys) in rounds {
            w.string(id.path)
            w.strings(keys)
        }
    }

    func decodeTimeline(_ r: inout CacheReader, actorCount: Int) throws -> Timeline {
        let entries = try r.array(minimumBytes: 32) { try decodeEntry(&$0, actorCount: actorCount) }
        let unresolved = try r.array(minimumBytes: 32) { try decodeClaim(&$0) }
        var rounds: [DocumentID: [String]] = [:]
        let n = try r.count(minimumBytes: 12)
        for _ in 0..<n {
            let id = try decodeDocumentID(&r)
            rounds[id] = try r.strings()
        }
        return Timeline(entries: entries, unresolved: unresolved, roundsByDocument: rounds)
    }

    func encode(_ e: TimelineEntry, _ w: inout CacheWriter) {
        w.string(e.track)
        w.int(e.number)
        w.optional(e.date) { Self.encode($1, &$0) }
        w.array(e.dateClaims) { w, c in
            Self.encode(c.value, &w)
            encode(c.span, &w)
            encode(c.sentence, &w)
            Self.encode(c.status, &w)
        }
        w.bool(e.hasConflict)
        w.optional(e.dateSupport) { w, s in
            w.int(s.agree)
            w.int(s.of)
        }
        Self.encode(e.status, &w)
        Self.encode(e.dateStatus, &w)
        w.optionalString(e.place)
        w.array(e.placeClaims) { w, c in
            encode(c.place, &w)
            encode(c.sentence, &w)
            Self.encode(c.status, &w)
            w.bool(c.ofArticle)
        }
        w.bool(e.placeConflict)
        w.array(e.documents) { $0.string($1.path) }
        w.array(e.participants) { $0.int($1) }
        encode(e.participation, &w)
        w.array(e.evidence) { w, s in encode(s, &w) }
        encode(e.participationByArticle, &w)
    }

    func decodeEntry(_ r: inout CacheReader, actorCount: Int) throws -> TimelineEntry {
        var e = TimelineEntry(
            track: try r.string(), number: try r.int(), date: try r.optional { try Self.decodeDateValue(&$0) },
            dateClaims: try r.array(minimumBytes: 32) { r in
                TimelineEntry.DateClaim(
                    value: try Self.decodeDateValue(&r), span: try decodeSpan(&r), sentence: try decodeSpan(&r),
                    status: try Self.decodeStatus(&r))
            },
            hasConflict: try r.bool(), place: nil, documents: [], participants: [], evidence: [])
        e.dateSupport = try r.optional { r in TimelineEntry.Support(agree: try r.int(), of: try r.int()) }
        e.status = try Self.decodeStatus(&r)
        e.dateStatus = try Self.decodeStatus(&r)
        e.place = try r.optionalString()
        e.placeClaims = try r.array(minimumBytes: 32) { r in
            TimelineEntry.PlaceClaim(
                place: try decodePlace(&r), sentence: try decodeSpan(&r), status: try Self.decodeStatus(&r), ofArticle: try r.bool())
        }
        e.placeConflict = try r.bool()
        e.documents = try r.array(minimumBytes: 4) { try decodeDocumentID(&$0) }
        e.participants = try r.array(minimumBytes: 8) { r in
            let a = try r.int()
            try r.check(a >= 0 && a < actorCount, "participant \(a) of \(actorCount) actors")
            return a
        }
        e.participation = try decodeParticipation(&r, actorCount: actorCount)
        e.evidence = try r.array(minimumBytes: 12) { try decodeSpan(&$0) }
        e.participationByArticle = try decodeParticipation(&r, actorCount: actorCount)
        return e
    }

    func encode(_ list: [TimelineEntry.Participation], _ w: inout CacheWriter) {
        let statuses = ClaimStatus.allCases
        w.plain(
            list.map { p in
                ParticipationRecord(
                    actor: UInt32(p.actor), spanDocument: Int32(number(of: p.span.document) ?? -1), spanStart: UInt32(p.span.start),
                    spanEnd: UInt32(p.span.end), sentenceDocument: Int32(number(of: p.sentence.document) ?? -1),
                    sentenceStart: UInt32(p.sentence.start), sentenceEnd: UInt32(p.sentence.end), present: p.present ? 1 : 0,
                    status: p.status.map { UInt16(statuses.firstIndex(of: $0)! + 1) } ?? 0)
            })
    }

    func decodeParticipation(_ r: inout CacheReader, actorCount: Int) throws -> [TimelineEntry.Participation] {
        let statuses = ClaimStatus.allCases
        let records = try r.plain(ParticipationRecord.self)
        var out: [TimelineEntry.Participation] = []
        out.reserveCapacity(records.count)
        func span(_ d: Int32, _ start: UInt32, _ end: UInt32) throws -> TextSpan {
            try r.check(
                d >= 0 && Int(d) < documents.count && start <= end && Int(end) <= documents[Int(d)].byteCount,
                "a claim's span out of bounds")
            return TextSpan(document: documents[Int(d)].id, start: Int(start), end: Int(end))
        }
        for p in records {
            try r.check(
                Int(p.actor) < actorCount && p.present <= 1 && Int(p.status) <= statuses.count, "a claim of taking part out of bounds")
            out.append(
                TimelineEntry.Participation(
                    actor: Int(p.actor), present: p.present == 1, status: p.status == 0 ? nil : statuses[Int(p.status) - 1],
                    span: try span(p.spanDocument, p.spanStart, p.spanEnd),
                    sentence: try span(p.sentenceDocument, p.sentenceStart, p.sentenceEnd)))
        }
        return out
    }

    func encode(_ p: PlaceFinding, _ w: inout CacheWriter) {
        w.string(p.text)
        encode(p.span, &w)
        w.int(p.token)
        w.bool(p.isCity)
        w.string(p.key)
    }

    func decodePlace(_ r: inout CacheReader) throws -> PlaceFinding {
        PlaceFinding(text: try r.string(), span: try decodeSpan(&r), token: try r.int(), isCity: try r.bool(), key: try r.string())
    }

    func encode(_ c: RoundClaim, _ w: inout CacheWriter) {
        w.raw(c.kind)
        w.string(c.track)
        w.optionalInt(c.number)
        w.optional(c.relation) { $0.raw($1) }
        w.optionalInt(c.count)
        encode(c.phrase, &w)
        encode(c.sentence, &w)
        w.int(c.sentenceIndex)
        w.optional(c.date) { Self.encode($1, &$0) }
        w.optional(c.dateSpan) { encode($1, &$0) }
        w.optionalInt(c.durationDays)
        w.optional(c.placeFinding) { encode($1, &$0) }
        Self.encode(c.status, &w)
        Self.encode(c.tenseStatus, &w)
        w.bool(c.placeRestricted)
    }

    /// A document's name, which must be one of the corpus's.
    func decodeDocumentID(_ r: inout CacheReader) throws -> DocumentID {
        let id = DocumentID(try r.string())
        try r.check(number(of: id) != nil, "'\(id.path)' is no document of the corpus")
        return id
    }

    func decodeClaim(_ r: inout CacheReader) throws -> RoundClaim {
        let claim = try decodeClaimFields(&r)
        let sentences = number(of: claim.sentence.document).map { documents[$0].sentences.count } ?? 0
        try r.check(claim.sentenceIndex >= 0 && claim.sentenceIndex < max(1, sentences), "a claim of sentence \(claim.sentenceIndex)")
        return claim
    }

    private func decodeClaimFields(_ r: inout CacheReader) throws -> RoundClaim {
        RoundClaim(
            kind: try r.raw(RoundClaim.Kind.self), track: try r.string(), number: try r.optionalInt(),
            relation: try r.optional { try $0.raw(RoundRelation.self) }, count: try r.optionalInt(), phrase: try decodeSpan(&r),
            sentence: try decodeSpan(&r), sentenceIndex: try r.int(), date: try r.optional { try Self.decodeDateValue(&$0) },
            dateSpan: try r.optional { try decodeSpan(&$0) }, durationDays: try r.optionalInt(),
            placeFinding: try r.optional { try decodePlace(&$0) }, status: try Self.decodeStatus(&r),
            tenseStatus: try Self.decodeStatus(&r),
            placeRestricted: try r.bool())
    }
}
