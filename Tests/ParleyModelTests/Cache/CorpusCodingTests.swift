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
