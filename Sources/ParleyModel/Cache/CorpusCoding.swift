import Foundation

/// The corpus model in the cache's binary form, and back: documents (text, metadata, sentences,
/// paragraphs), the file warnings, the actors and their mentions, the timeline and the search
/// index. Spans are written as (document number, start, end) and read back onto the documents'
/// own identifiers; every number read is checked against what it indexes (a document, an
/// actor, a sentence, the text's bytes), so a cache that passes its checksum but not the model's
/// bounds is refused, not trusted.
///
/// Read back only by the build that wrote it (`CacheKey` names the build), so plain values
/// are copied as memory.
struct CorpusCoding {
    let documents: [Document]
    private let numberOf: [DocumentID: Int]
    private let byteCounts: [Int]

    init(documents: [Document]) {
        self.documents = documents
        numberOf = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        byteCounts = documents.map(\.byteCount)
    }

    // MARK: The whole corpus

    /// Five sections, then where each starts: documents (each with its length, so that they
    /// are read on all cores), file warnings, actors, timeline, search index.
    static func encode(_ corpus: Corpus, into w: inout CacheWriter) {
        var starts: [Int] = []
        starts.append(w.position)
        w.int(corpus.documents.count)
        for d in corpus.documents {
            var one = CacheWriter(capacity: d.byteCount + d.sentences.count * 24 + 256)
            encode(d, &one)
            w.int(one.bytes.count)
            w.append(one.bytes)
        }
        starts.append(w.position)
        w.array(corpus.warnings) { w, x in
            w.string(x.file)
            w.optionalInt(x.byteOffset)
            w.optionalInt(x.line)
            w.string(x.message)
        }
        let coding = CorpusCoding(documents: corpus.documents)
        starts.append(w.position)
        coding.encode(corpus.actors, &w)
        starts.append(w.position)
        coding.encode(corpus.timeline, &w)
        starts.append(w.position)
        coding.encode(corpus.search, &w)
        starts.append(w.position)
        for s in starts { w.int(s) }
    }

    static func decode(_ r: inout CacheReader, root: URL) throws -> Corpus {
        // The section table at the end: six offsets (the last is the table's own).
        let table = r.remaining - 6 * 8
        try r.check(table >= 0, "no section table")
        var tail = try r.reader(over: (r.offset + table)..<(r.offset + r.remaining))
        let starts = try (0..<6).map { _ in try tail.int() }
        try r.check(
            starts[0] == 0 && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 } && starts[5] == table, "a broken section table")
        let sections = try (0..<5).map { try r.reader(over: (r.offset + starts[$0])..<(r.offset + starts[$0 + 1])) }

        var docs = sections[0]
        let n = try docs.count(minimumBytes: 16)
        let ranges = try docs.ranges(of: n) { r in try r.skip(try r.count()) }
        try docs.check(docs.remaining == 0, "bytes after the documents")
        let documents = try docs.parallel(ranges) { r, _ in
            _ = try r.count()
            return try decodeDocument(&r)
        }
        var w = sections[1]
        let warnings = try w.array(minimumBytes: 10) { r in
            LoadWarning(file: try r.string(), byteOffset: try r.optionalInt(), line: try r.optionalInt(), message: try r.string())
        }
        // Names as the loader gives them: relative, inside the folder, each once.
        var names = Set<String>()
        for d in documents {
            let path = d.id.path
            try docs.check(
                !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && names.insert(path).inserted,
                "an article named '\(path)'")
        }
        let coding = CorpusCoding(documents: documents)
        // The actors, the timeline (which needs only how many actors there are) and the index,
        // side by side.
        var peek = sections[2]
        let actorCount = try peek.count(minimumBytes: 16)
        let actors = Slot<Result<ActorIndex, Error>>()
        let timeline = Slot<Result<Timeline, Error>>()
        let search = Slot<Result<SearchIndex, Error>>()
        // Each part reads its own section only.
        let parts = UnsafeSendable(sections)
        DispatchQueue.concurrentPerform(iterations: 3) { part in
            switch part {
            case 0:
                actors.value = Result {
                    var a = parts.value[2]
                    let index = try coding.decodeActors(&a)
                    try a.check(a.remaining == 0, "bytes after the actors")
                    return index
                }
            case 1:
                timeline.value = Result {
                    var t = parts.value[3]
                    let timeline = try coding.decodeTimeline(&t, actorCount: actorCount)
                    try t.check(t.remaining == 0, "bytes after the timeline")
                    return timeline
                }
            default:
                search.value = Result {
                    var s = parts.value[4]
                    let index = try coding.decodeSearch(&s)
                    try s.check(s.remaining == 0, "bytes after the search index")
                    return index
                }
            }
        }
        let index = try actors.value!.get()
        return Corpus(
            root: root, documents: documents, actors: index, timeline: try timeline.value!.get(),
            search: try search.value!.get().withActors(index.actors), warnings: warnings)
    }

    // MARK: Documents

    static func encode(_ d: Document, _ w: inout CacheWriter) {
        w.string(d.id.path)
        w.string(d.text)
        let m = d.metadata
        w.optionalString(m.title)
        w.optionalString(m.outlet)
        w.optional(m.date) { encode($1, &$0) }
        w.optionalString(m.url)
        w.optionalString(m.place)
        w.int(d.bodyStart)
        w.plain(d.sentences)
        w.plain(d.paragraphs)
    }

    static func decodeDocument(_ r: inout CacheReader) throws -> Document {
        let id = DocumentID(try r.string())
        let text = try r.string()
        let metadata = DocumentMetadata(
            title: try r.optionalString(), outlet: try r.optionalString(), date: try r.optional { try decodePartialDate(&$0) },
            url: try r.optionalString(), place: try r.optionalString())
        let bodyStart = try r.int()
        let sentences = try r.plain(Sentence.self)
        let paragraphs = try r.plain(Paragraph.self)
        let count = text.utf8.count
        try r.check(bodyStart >= 0 && bodyStart <= count, "\(id.path): a body past the text's end")
        // Token ranges run forwards, one after another, and a token is at least a byte long.
        var tokensSoFar = 0
        for s in sentences {
            try r.check(
                s.isWellFormed && s.end <= count && s.paragraph < paragraphs.count && s.tokens.lowerBound >= tokensSoFar
                    && s.tokens.upperBound <= count,
                "\(id.path): a sentence out of bounds")
            tokensSoFar = s.tokens.upperBound
        }
        for p in paragraphs {
            try r.check(
                p.start >= 0 && p.start <= p.end && p.end <= count && p.sentences.lowerBound >= 0
                    && p.sentences.lowerBound <= p.sentences.upperBound && p.sentences.upperBound <= sentences.count,
                "\(id.path): a paragraph out of bounds")
        }
        return Document(id: id, text: text, metadata: metadata, bodyStart: bodyStart, sentences: sentences, paragraphs: paragraphs)
    }

    // MARK: Spans and dates

    /// A span as (document number, start, end); a span of no document of the corpus (none is
    /// made) is written as document -1, which the reader refuses.
    func encode(_ s: TextSpan, _ w: inout CacheWriter) {
        w.i32(numberOf[s.document] ?? -1)
        w.u32(UInt32(s.start))
        w.u32(UInt32(s.end))
    }

    func decodeSpan(_ r: inout CacheReader) throws -> TextSpan {
        let d = try r.i32()
        // Every span the model keeps is of a document of the corpus.
        try r.check(d >= 0 && d < documents.count, "a span of document \(d) of \(documents.count)")
        let id = documents[d].id
        let start = Int(try r.u32())
        let end = Int(try r.u32())
        try r.check(start <= end && end <= byteCounts[d], "a span \(start)..<\(end) past its text")
        return TextSpan(document: id, start: start, end: end)
    }

    func number(of id: DocumentID) -> Int? { numberOf[id] }

    static func encode(_ p: PartialDate, _ w: inout CacheWriter) {
        w.optionalInt(p.year)
        w.optionalInt(p.month)
        w.optionalInt(p.day)
    }

    static func decodePartialDate(_ r: inout CacheReader) throws -> PartialDate {
        let date = PartialDate(year: try r.optionalInt(), month: try r.optionalInt(), day: try r.optionalInt())
        try r.check(
            (date.year.map { abs($0) <= 99_999 } ?? true) && (date.month.map { (1...12).contains($0) } ?? true)
                && (date.day.map { (1...31).contains($0) } ?? true),
            "a date \(date) out of the calendar")
        return date
    }

    static func encode(_ v: DateValue, _ w: inout CacheWriter) {
        encode(v.start, &w)
        w.optional(v.end) { encode($1, &$0) }
        w.optionalString(v.qualifier)
    }

    static func decodeDateValue(_ r: inout CacheReader) throws -> DateValue {
        DateValue(
            start: try decodePartialDate(&r), end: try r.optional { try decodePartialDate(&$0) }, qualifier: try r.optionalString())
    }

    static func encode(_ s: ClaimStatus?, _ w: inout CacheWriter) { w.optional(s) { $0.raw($1) } }

    static func decodeStatus(_ r: inout CacheReader) throws -> ClaimStatus? { try r.optional { try $0.raw(ClaimStatus.self) } }
}
