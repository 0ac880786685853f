extension CorpusCoding {
    /// A mention as plain values: its span's bytes, actor, kind and sentence (its document is
    /// the list's). Every field 32 bits wide: no padding, so no stray bytes in the file.
    struct MentionRecord {
        var start: UInt32
        var end: UInt32
        var actor: UInt32
        var sentence: Int32
        var kind: UInt32
    }

    func encode(_ index: ActorIndex, _ w: inout CacheWriter) {
        w.array(index.actors) { w, a in encode(a, &w) }
        for lists in [index.mentionsByDocument, index.placesByDocument] {
            w.int(lists.count)
            for list in lists {
                w.plain(
                    list.map {
                        MentionRecord(
                            start: UInt32($0.span.start), end: UInt32($0.span.end), actor: UInt32($0.actor), sentence: Int32($0.sentence),
                            kind: UInt32(Mention.Kind.allCases.firstIndex(of: $0.kind)!))
                    })
            }
        }
        // Each actor's references, as they are (read back faster than made again).
        for refs in [index.mentionsByActor, index.placesByActor] {
            w.int(refs.count)
            for list in refs { w.plain(list) }
        }
    }

    func decodeActors(_ r: inout CacheReader) throws -> ActorIndex {
        let actors = try r.array(minimumBytes: 16) { try decodeActor(&$0) }
        for (i, a) in actors.enumerated() { try r.check(a.id == i, "actor \(i) numbered \(a.id)") }
        var byDocument: [[[Mention]]] = []
        let kinds = Mention.Kind.allCases
        let stride = MemoryLayout<MentionRecord>.stride
        for _ in 0..<2 {
            let n = try r.count(minimumBytes: 8)
            try r.check(n == documents.count, "mentions for \(n) of \(documents.count) documents")
            let ranges = try r.ranges(of: n) { r in try r.skip(try r.count(minimumBytes: stride) * stride) }
            let documents = documents
            let actorCount = actors.count
            let out = try r.parallel(ranges) { r, d -> [Mention] in
                let records = try r.plain(MentionRecord.self)
                let id = documents[d].id
                let bytes = documents[d].byteCount
                let sentences = documents[d].sentences
                var list: [Mention] = []
                list.reserveCapacity(records.count)
                for m in records {
                    try r.check(
                        Int(m.actor) < actorCount && Int(m.kind) < kinds.count && m.start <= m.end && Int(m.end) <= bytes
                            && m.sentence >= 0 && Int(m.sentence) < sentences.count && sentences[Int(m.sentence)].start <= Int(m.start)
                            && Int(m.end) <= sentences[Int(m.sentence)].end,
                        "\(id.path): a mention out of bounds")
                    list.append(
                        Mention(
                            actor: Int(m.actor), span: TextSpan(document: id, start: Int(m.start), end: Int(m.end)),
                            kind: kinds[Int(m.kind)],
                            sentence: Int(m.sentence)))
                }
                return list
            }
            byDocument.append(out)
        }
        var byActor: [[[MentionRef]]] = []
        let refStride = MemoryLayout<MentionRef>.stride
        for lists in byDocument {
            let n = try r.count(minimumBytes: 8)
            try r.check(n == actors.count, "references for \(n) of \(actors.count) actors")
            let ranges = try r.ranges(of: n) { r in try r.skip(try r.count(minimumBytes: refStride) * refStride) }
            let counts = lists.map(\.count)
            byActor.append(
                try r.parallel(ranges) { r, actor -> [MentionRef] in
                    let refs = try r.plain(MentionRef.self)
                    for ref in refs {
                        try r.check(
                            ref.document >= 0 && ref.document < counts.count && ref.mention >= 0 && ref.mention < counts[ref.document]
                                && lists[ref.document][ref.mention].actor == actor,
                            "a reference to no mention of actor \(actor)")
                    }
                    return refs
                })
        }
        return ActorIndex(
            actors: actors, mentionsByDocument: byDocument[0], mentionsByActor: byActor[0], placesByDocument: byDocument[1],
            placesByActor: byActor[1])
    }

    func encode(_ a: Actor, _ w: inout CacheWriter) {
        w.int(a.id)
        w.string(a.name)
        w.raw(a.type)
        w.strings(a.aliases)
        w.optional(a.side) { $0.raw($1) }
        w.optionalString(a.affiliation)
        w.raw(a.origin)
        w.optionalString(a.cue)
        w.optional(a.cueSpan) { encode($1, &$0) }
        w.array(a.roles) { w, role in
            w.string(role.text)
            encode(role.span, &w)
        }
        // In key order: the same actor, the same bytes.
        let joined = a.joinedBy.sorted { $0.key < $1.key }
        w.int(joined.count)
        for (k, v) in joined {
            w.string(k)
            w.string(v)
        }
        w.bool(a.isOutlet)
        w.strings(a.otherNames)
        w.strings(a.curation)
    }

    func decodeActor(_ r: inout CacheReader) throws -> Actor {
        var a = Actor(
            id: try r.int(), name: try r.string(), type: try r.raw(ActorType.self), aliases: try r.strings(),
            side: try r.optional { try $0.raw(ActorSide.self) }, affiliation: try r.optionalString(), origin: try r.raw(Actor.Origin.self),
            cue: try r.optionalString(), cueSpan: try r.optional { try decodeSpan(&$0) },
            roles: try r.array(minimumBytes: 16) { r in Actor.Role(text: try r.string(), span: try decodeSpan(&r)) })
        let joined = try r.count(minimumBytes: 8)
        for _ in 0..<joined {
            let k = try r.string()
            a.joinedBy[k] = try r.string()
        }
        a.isOutlet = try r.bool()
        a.otherNames = try r.strings()
        a.curation = try r.strings()
        return a
    }
}
