import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// The cache's binary form of the model: read back, the same model; damaged anywhere, refused
/// or read without a crash (its bounds are checked before the model is built).
struct CorpusCodingTests {
    static func bytes(_ corpus: Corpus) -> [UInt8] {
        var w = CacheWriter()
        CorpusCoding.encode(corpus, into: &w)
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> Corpus {
        try bytes.withUnsafeBytes { raw in
            var r = CacheReader(raw)
            return try CorpusCoding.decode(&r, root: Fixtures.seedsFolder)
        }
    }

    @Test func theSeedsReadBackAsTheyWereWritten() throws {
        let corpus = Fixtures.seeds
        let back = try Self.decode(Self.bytes(corpus))
        #expect(back.documents.map(\.id) == corpus.documents.map(\.id))
        #expect(back.documents.map(\.text) == corpus.documents.map(\.text))
        #expect(back.documents.map(\.sentences) == corpus.documents.map(\.sentences))
        #expect(back.documents.map(\.metadata) == corpus.documents.map(\.metadata))
        #expect(back.actors.actors == corpus.actors.actors)
        #expect(back.actors.mentionsByDocument == corpus.actors.mentionsByDocument)
        #expect(back.actors.placesByDocument == corpus.actors.placesByDocument)
        #expect(back.timeline.entries == corpus.timeline.entries)
        #expect(back.timeline.unresolved == corpus.timeline.unresolved)
        #expect(back.timeline.roundsByDocument == corpus.timeline.roundsByDocument)
        #expect(back.warnings == corpus.warnings)
        for q in ["talks", "\"fourth round\"", "negot*", "Lavrentiev", "Rusia"] {
            #expect(back.search.search(q, limit: 50).map(\.span) == corpus.search.search(q, limit: 50).map(\.span), "\(q)")
        }
        // Written again, the same bytes.
        let again = Self.bytes(back)
        let first = Self.bytes(corpus)
        #expect(again.count == first.count)
        #expect(again.indices.first { again[$0] != first[$0] } == nil)
    }

    /// Plain values are written as their memory: padding would put stray bytes in the file.
    @Test func thePlainRecordsHaveNoPadding() {
        #expect(MemoryLayout<CorpusCoding.MentionRecord>.size == MemoryLayout<CorpusCoding.MentionRecord>.stride)
        #expect(MemoryLayout<CorpusCoding.ParticipationRecord>.size == MemoryLayout<CorpusCoding.ParticipationRecord>.stride)
        #expect(MemoryLayout<Sentence>.size == MemoryLayout<Sentence>.stride)
        #expect(MemoryLayout<Paragraph>.size == MemoryLayout<Paragraph>.stride)
        #expect(MemoryLayout<SearchIndex.Unit>.size == MemoryLayout<SearchIndex.Unit>.stride)
    }

    @Test func aCacheCutAnywhereIsRefused() throws {
        let bytes = Self.bytes(Fixtures.seeds)
        var rng = SeededRandom(seed: 3)
        for _ in 0..<60 {
            let cut = rng.below(bytes.count)
            #expect(throws: CacheReader.Malformed.self) { _ = try Self.decode(Array(bytes.prefix(cut))) }
        }
    }

    /// Bytes changed past the checksum (as a file made on purpose would be): read or refused,
    /// never a crash, and what is read keeps every span inside its text.
    @Test func damagedBytesAreRefusedOrReadWithinBounds() throws {
        let bytes = Self.bytes(Fixtures.seeds)
        var rng = SeededRandom(seed: 9)
        var refused = 0
        for _ in 0..<400 {
            var damaged = bytes
            for _ in 0..<(1 + rng.below(3)) { damaged[rng.below(damaged.count)] ^= UInt8(1 + rng.below(255)) }
            guard let corpus = try? Self.decode(damaged) else {
                refused += 1
                continue
            }
            for (d, list) in corpus.actors.mentionsByDocument.enumerated() {
                for m in list { #expect(m.span.end <= corpus.documents[d].byteCount && m.actor < corpus.actors.actors.count) }
            }
            _ = corpus.search.search("talks", limit: 5)
        }
        #expect(refused > 0)
    }

    @Test func theChecksumSeesOneByteChangedAndDoesNotDependOnBlocks() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        func sum(_ b: [UInt8], split: Int) -> UInt64 {
            var c = CacheChecksum()
            b.withUnsafeBytes { raw in
                c.update(UnsafeRawBufferPointer(rebasing: raw[0..<split]))
                c.update(UnsafeRawBufferPointer(rebasing: raw[split...]))
            }
            return c.value
        }
        #expect(sum(bytes, split: 0) == sum(bytes, split: 32 * 10))
        var changed = bytes
        changed[999] ^= 1
        #expect(sum(changed, split: 0) != sum(bytes, split: 0))
        changed = bytes
        changed[17] ^= 0x80
        #expect(sum(changed, split: 0) != sum(bytes, split: 0))
    }
}

/// Caches made on purpose with numbers the model would trip over later (a sentence's paragraph,
/// a mention's sentence, a posting past the index): each refused when read.
struct HostileCacheTests {
    static func refused(_ corpus: Corpus) -> Bool {
        (try? CorpusCodingTests.decode(CorpusCodingTests.bytes(corpus))) == nil
    }

    static func seeds(documents: [Document]? = nil, actors: ActorIndex? = nil, search: SearchIndex? = nil) -> Corpus {
        let c = Fixtures.seeds
        return Corpus(
            root: c.root, documents: documents ?? c.documents, actors: actors ?? c.actors, timeline: c.timeline, search: search ?? c.search,
            warnings: c.warnings)
    }

    @Test func theSeedsThemselvesAreRead() {
        #expect(!Self.refused(Self.seeds()))
    }

    @Test func aSentenceOfNoParagraphOrPastItsTokensIsRefused() {
        let doc = Fixtures.seeds.documents[0]
        for bad in [
            Sentence(start: 0, end: 10, tokens: 0..<3, paragraph: 1_000_000),
            Sentence(start: 0, end: 10, tokens: 0..<5_000_000, paragraph: 0),
        ] {
            var sentences = doc.sentences
            sentences[0] = bad
            let damaged = Document(
                id: doc.id, text: doc.text, metadata: doc.metadata, bodyStart: doc.bodyStart, sentences: sentences,
                paragraphs: doc.paragraphs)
            var documents = Fixtures.seeds.documents
            documents[0] = damaged
            #expect(Self.refused(Self.seeds(documents: documents)))
        }
    }

    @Test func aMentionOfNoSentenceOrBeforeItsSentenceIsRefused() {
        let c = Fixtures.seeds
        let m = c.actors.mentionsByDocument[0][0]
        for sentence in [1_000_000, c.documents[0].sentences.count - 1] {
            var index = c.actors
            index.mentionsByDocument[0][0] = Mention(actor: m.actor, span: m.span, kind: m.kind, sentence: sentence)
            #expect(Self.refused(Self.seeds(actors: index)), "sentence \(sentence)")
        }
    }

    @Test func aPostingPastTheIndexOrOutOfOrderIsRefused() {
        var search = Fixtures.seeds.search
        search.postingUnits[0] = Int32(1_000_000)
        #expect(Self.refused(Self.seeds(search: search)))
        search = Fixtures.seeds.search
        let term = search.sortedTerms.first { search.postings($0.word).count >= 2 }!.word
        let range = search.postings(term)
        search.postingUnits.swapAt(range.lowerBound, range.lowerBound + 1)
        #expect(Self.refused(Self.seeds(search: search)))
    }

    @Test func twoArticlesOfOneNameAreRefused() {
        var documents = Fixtures.seeds.documents
        let d = documents[1]
        documents[1] = Document(
            id: documents[0].id, text: d.text, metadata: d.metadata, bodyStart: d.bodyStart, sentences: d.sentences,
            paragraphs: d.paragraphs)
        #expect(Self.refused(Self.seeds(documents: documents)))
    }
}
