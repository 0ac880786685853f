import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// The generated corpus: deterministic, about the size asked, and real work for extraction.
struct CorpusGeneratorTests {
    static let generator: CorpusGenerator = {
        var g = Gazetteer.world()
        if let yaml = try? String(contentsOf: Fixtures.seedsFolder.appendingPathComponent("actors.yaml"), encoding: .utf8),
            let (layer, _) = try? Gazetteer.parse(yaml, file: "actors.yaml", layer: .corpus)
        {
            g = layer.layered(over: g)
        }
        return CorpusGenerator(source: Fixtures.seeds, gazetteer: g)
    }()

    @Test func theSameSeedWritesTheSameBytesAndAnotherSeedOthers() {
        let a = Self.generator.files(articles: 40, seed: 7)
        let b = Self.generator.files(articles: 40, seed: 7)
        let c = Self.generator.files(articles: 40, seed: 8)
        #expect(a == b)
        #expect(a != c)
        #expect(a.filter { $0.path.hasSuffix(".txt") || $0.path.hasSuffix(".md") }.count == 40)
    }

    @Test func articlesAverageAboutTwoAndAHalfKilobytes() {
        let articles = Self.generator.files(articles: 200, seed: 1).filter { !$0.path.hasSuffix(".yaml") }
        let average = Double(articles.map(\.contents.utf8.count).reduce(0, +)) / Double(articles.count)
        #expect(average > 2_000 && average < 3_000, "average \(average) bytes")
    }

    @Test func metadataComesFromFrontMatterTheCatalogOrTheTextAlone() throws {
        let files = Self.generator.files(articles: 200, seed: 3)
        let front = files.filter { $0.contents.hasPrefix("---\n") }.count
        let catalog = try #require(files.first { $0.path == "catalog.yaml" })
        let listed = files.filter { $0.path.hasSuffix(".txt") && catalog.contents.contains("\n\($0.path):\n") }.count
        let bare = files.filter { $0.path.hasSuffix(".txt") }.count - listed
        #expect(front > 40 && listed > 40 && bare > 20, "front \(front), listed \(listed), bare \(bare)")
    }

    @Test func aGeneratedCorpusHasRoundsOfSeveralTracksAndPeopleNoGazetteerKnows() throws {
        let folder = try Fixtures.temporaryFolder("parley-generated")
        try Self.generator.write(articles: 300, seed: 5, to: folder)
        let corpus = try Corpus.load(folder: folder)
        #expect(corpus.documents.count == 300)
        #expect(corpus.warnings.isEmpty, "\(corpus.warnings)")
        let tracks = Set(corpus.timeline.entries.map(\.track))
        #expect(tracks.count >= 2, "\(tracks)")
        let numbers = Set(corpus.timeline.entries.filter { $0.track == "Astana" }.map(\.number))
        #expect(numbers.count >= 15 && numbers.allSatisfy { (1...22).contains($0) }, "\(numbers.sorted())")
        #expect(corpus.timeline.entries.filter { $0.date != nil }.count >= corpus.timeline.entries.count / 2)
        #expect(corpus.actors.actors.contains { $0.origin == .discovered && $0.type == .person })
    }

    @Test func writingRefusesAFolderThatIsNotEmpty() throws {
        let folder = try Fixtures.temporaryFolder("parley-generated-full")
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(throws: CorpusGenerator.GenerateError.self) { try Self.generator.write(articles: 3, seed: 1, to: folder) }
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test func seededRandomIsFixedForASeed() {
        var r = SeededRandom(seed: 42)
        var s = SeededRandom(seed: 42)
        let a = (0..<5).map { _ in r.next() }
        #expect(a == (0..<5).map { _ in s.next() })
        var t = SeededRandom(seed: 42)
        #expect((0..<1000).allSatisfy { _ in (0..<7).contains(t.below(7)) })
    }
}
