import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

struct CorpusLoaderTests {
    @Test func readsFoldersRecursivelyWithCatalogAndFrontMatter() throws {
        let root = try Fixtures.folder([
            "a.txt": "Talks began in Astana.",
            "sub/b.md": "---\ntitle: Front matter title\ndate: 2019-04-25\noutlet: Reuters\n---\nRussia and Turkey met.",
            "notes.csv": "ignored",
            "catalog.yaml":
                "a.txt:\n  title: From the catalog\n  date: 2017-05\nsub/b.md:\n  title: Loses to front matter\n  url: https://example.org/b\n",
        ])
        let loaded = try CorpusLoader.load(folder: root)
        #expect(loaded.documents.map(\.id.path) == ["a.txt", "sub/b.md"])
        #expect(loaded.warnings.isEmpty)
        let a = loaded.documents[0]
        #expect(a.metadata.title == "From the catalog")
        #expect(a.metadata.date == PartialDate(year: 2017, month: 5))
        let b = loaded.documents[1]
        #expect(b.metadata.title == "Front matter title")
        #expect(b.metadata.date?.edtf == "2019-04-25")
        #expect(b.metadata.url == "https://example.org/b")
        // Spans count bytes of the file as stored, front matter included.
        let first = try #require(b.sentences.first)
        #expect(b.text(first.range) == "Russia and Turkey met.")
        let stored = try Data(contentsOf: root.appendingPathComponent("sub/b.md"))
        #expect(String(decoding: stored[first.range], as: UTF8.self) == "Russia and Turkey met.")
    }

    @Test func aFileOverTheSizeLimitIsSkippedWithAWarning() {
        let bytes = Array("Russia, Iran and Turkey met in Astana.".utf8)
        let (kept, none) = CorpusLoader.loadDocument(bytes: bytes, relative: "a.txt", catalogEntry: nil, maxBytes: bytes.count)
        #expect(kept != nil && none.isEmpty)
        let (skipped, warnings) = CorpusLoader.loadDocument(bytes: bytes, relative: "a.txt", catalogEntry: nil, maxBytes: bytes.count - 1)
        #expect(skipped == nil)
        #expect(
            warnings.count == 1 && warnings[0].file == "a.txt" && warnings[0].message.contains("\(bytes.count) bytes")
                && warnings[0].message.hasSuffix("skipped"))
    }

    @Test func bomIsSkippedAndCRLFAccepted() throws {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array("Line one.\r\nLine two.\r\n".utf8)
        let root = try Fixtures.temporaryFolder()
        try Data(bytes).write(to: root.appendingPathComponent("bom.txt"))
        let doc = try #require(try CorpusLoader.load(folder: root).documents.first)
        #expect(doc.bodyStart == 3)
        #expect(doc.sentences.map { doc.text($0.range) } == ["Line one.", "Line two."])
        #expect(doc.sentences[0].start == 3)
    }

    @Test func invalidBytesAreReplacedInPlaceAndReported() throws {
        var bytes = Array("Talks in Ast".utf8)
        bytes.append(0xFF)
        bytes += Array("na went on. Russia attended.".utf8)
        let root = try Fixtures.temporaryFolder()
        try Data(bytes).write(to: root.appendingPathComponent("bad.txt"))
        let loaded = try CorpusLoader.load(folder: root)
        let doc = try #require(loaded.documents.first)
        #expect(doc.byteCount == bytes.count)
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings[0].file == "bad.txt")
        #expect(loaded.warnings[0].byteOffset == 12)
        let russia = try #require(doc.tokens.first { $0.folded == "russia" })
        #expect(Array(bytes[russia.range]) == Array("Russia".utf8))
    }

    @Test func unusableFilesAreSkippedWithAWarningAndTheRestLoads() throws {
        let root = try Fixtures.folder(["good.txt": "Iran attended the talks.", "empty.txt": "", "space.md": "  \n\t\n"])
        try Data([0x41, 0x00, 0x42]).write(to: root.appendingPathComponent("binary.txt"))
        try Data([0xFF, 0xFE, 0x41, 0x00]).write(to: root.appendingPathComponent("utf16.txt"))
        let loaded = try CorpusLoader.load(folder: root)
        #expect(loaded.documents.map(\.id.path).contains("good.txt"))
        #expect(!loaded.documents.map(\.id.path).contains("binary.txt"))
        #expect(!loaded.documents.map(\.id.path).contains("utf16.txt"))
        let warned = Set(loaded.warnings.map(\.file))
        #expect(warned.isSuperset(of: ["binary.txt", "utf16.txt", "empty.txt", "space.md"]))
    }

    @Test func aFIFONamedLikeAnArticleIsSkippedWithoutWaitingForAWriter() throws {
        let root = try Fixtures.folder(["good.txt": "Iran attended the talks."])
        #expect(mkfifo(root.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        let loaded = try CorpusLoader.load(folder: root)
        #expect(loaded.documents.map(\.id.path) == ["good.txt"])
        #expect(loaded.warnings.map(\.file) == ["pipe.txt"])
        #expect(loaded.warnings.first?.message.contains("not a regular file") == true)
    }

    @Test func duplicateKeysInFrontMatterAreReportedAndTheArticleStillLoads() throws {
        let root = try Fixtures.folder(["a.md": "---\ntitle: One\ntitle: Two\n---\nTalks began."])
        let loaded = try CorpusLoader.load(folder: root)
        #expect(loaded.documents.first?.metadata.title == nil)
        #expect(loaded.documents.first.map { $0.text($0.sentences[0].range) } == "Talks began.")
        #expect(loaded.warnings.count == 1 && loaded.warnings[0].file == "a.md" && loaded.warnings[0].message.contains("front matter"))
    }

    @Test func badCatalogFieldsAreWarnedAboutAndIgnored() throws {
        let root = try Fixtures.folder([
            "a.txt": "Talks.",
            "catalog.yaml": "a.txt:\n  date: tomorrow\n  title: Kept\nmissing.txt:\n  title: Nobody\n",
        ])
        let loaded = try CorpusLoader.load(folder: root)
        #expect(loaded.documents[0].metadata.title == "Kept")
        #expect(loaded.documents[0].metadata.date == nil)
        #expect(loaded.warnings.contains { $0.file == "catalog.yaml" && $0.message.contains("tomorrow") })
        #expect(loaded.warnings.contains { $0.message.contains("missing.txt") })
    }

    @Test func missingFolderAndFileInsteadOfFolderAreErrors() throws {
        #expect(throws: CorpusError.notFound("/no/such/folder")) {
            try CorpusLoader.load(folder: URL(fileURLWithPath: "/no/such/folder"))
        }
        let root = try Fixtures.folder(["a.txt": "x"])
        let file = root.appendingPathComponent("a.txt")
        #expect(throws: CorpusError.notADirectory(file.path)) { try CorpusLoader.load(folder: file) }
    }

    @Test func aFolderWithoutArticlesIsAnError() throws {
        let root = try Fixtures.folder(["readme.pdf": "x"])
        #expect(throws: CorpusError.noArticles(root.path)) { try Corpus.load(folder: root) }
    }
}
