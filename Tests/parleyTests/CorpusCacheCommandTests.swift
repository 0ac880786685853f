import Foundation
import ParleyTestSupport
import Testing

/// The corpus cache from the command line: a cached load answers every command byte for byte
/// as a fresh analysis does; a cache cut short, damaged, stale or made for another folder is
/// never trusted (one warning, the folder analysed again); `--no-cache` reads and writes none;
/// nothing is written in the corpus folder.
@Suite(.serialized)
struct CorpusCacheCommandTests {
    /// Every command that prints the model, in each of its machine-readable forms.
    static func commands(article: String) -> [[String]] {
        [
            ["timeline", "--json"], ["timeline"], ["actors", "--json"], ["actors", "--yaml"], ["search", "talks", "--json"],
            ["search", "\"the talks\"", "--json"], ["search", "negot*"], ["search", "Rusia", "--json"], ["round", "1", "--json"],
            ["round", "2"], ["matrix", "--json"], ["matrix", "--csv"], ["export", "--format", "timelinejs"],
            ["export", "--format", "csv", "--table", "mentions"], ["export", "--format", "csv", "--table", "participation"],
            ["export", "--format", "markdown"], ["export", "--format", "json"], ["show", article, "--json"],
            ["show", article, "--at", "200"],
        ]
    }

    struct Home {
        let cache: URL
        var env: [String: String] { ["XDG_CACHE_HOME": cache.path] }
        init() throws { cache = try Fixtures.temporaryFolder("parley-cache-home") }

        func files() throws -> [URL] {
            let dir = cache.appendingPathComponent("parley/corpora")
            guard FileManager.default.fileExists(atPath: dir.path) else { return [] }
            return try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
        }

        func modified(_ url: URL) throws -> Date {
            try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date
        }
    }

    /// Runs every command fresh (`--no-cache`), then twice with the cache (the first writes
    /// it, the second reads it) and compares what each printed and how it ended.
    func expectCachedEqualsFresh(corpus: URL, article: String) throws {
        let home = try Home()
        for command in Self.commands(article: article) {
            let args = command + ["--corpus", corpus.path]
            let fresh = try ParleyProcess.run(args + ["--no-cache"], environment: home.env)
            #expect(try home.files().isEmpty, "--no-cache wrote a cache")
            let writing = try ParleyProcess.run(args, environment: home.env)
            let file = try #require(try home.files().first)
            let written = try home.modified(file)
            let reading = try ParleyProcess.run(args, environment: home.env)
            // Read, not written again.
            #expect(try home.modified(file) == written, "\(command)")
            for run in [writing, reading] {
                #expect(run.stdout == fresh.stdout, "\(command)")
                #expect(run.stderr == fresh.stderr, "\(command)")
                #expect(run.status == fresh.status, "\(command)")
            }
            try FileManager.default.removeItem(at: file)
        }
    }

    @Test func everyCommandAnswersTheSameFromTheCacheOnTheBuiltInCorpus() throws {
        try expectCachedEqualsFresh(corpus: Fixtures.seedsFolder, article: "000_b8db6cc1d0e6c462.txt")
    }

    @Test func everyCommandAnswersTheSameFromTheCacheOnAGeneratedCorpus() throws {
        let dir = try Fixtures.temporaryFolder("parley-cache-generated")
        let made = try ParleyProcess.run(["generate", "--articles", "120", "--seed", "11", "--out", dir.path])
        #expect(made.status == 0)
        let article = try #require(
            try FileManager.default.subpathsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted().first)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        try expectCachedEqualsFresh(corpus: dir, article: article)
        // Nothing was written in the corpus folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before)
    }

    /// A small folder of its own, with the cache already written.
    func cachedFolder() throws -> (folder: URL, home: Home, cache: URL, fresh: ParleyProcess.Result) {
        let folder = try Fixtures.temporaryFolder("parley-cache-folder")
        for name in ["000_b8db6cc1d0e6c462.txt", "001_8636e36bbe29dd83.txt"] {
            try FileManager.default.copyItem(at: Fixtures.seedsFolder.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let home = try Home()
        let args = ["timeline", "--json", "--corpus", folder.path]
        let fresh = try ParleyProcess.run(args + ["--no-cache"], environment: home.env)
        #expect(try ParleyProcess.run(args, environment: home.env).stderr == "")
        return (folder, home, try #require(try home.files().first), fresh)
    }

    /// The next load warns once, naming the cache and why, answers as a fresh load, and writes
    /// the cache anew: the load after that is silent.
    func expectRebuilt(_ s: (folder: URL, home: Home, cache: URL, fresh: ParleyProcess.Result), because reason: String) throws {
        let args = ["timeline", "--json", "--corpus", s.folder.path]
        let next = try ParleyProcess.run(args, environment: s.home.env)
        #expect(next.status == 0)
        #expect(next.stdout == s.fresh.stdout)
        let warnings = next.stderr.split(separator: "\n")
        #expect(warnings.count == 1, "\(next.stderr)")
        #expect(next.stderr.contains(s.cache.path) && next.stderr.contains(reason), "\(next.stderr)")
        let after = try ParleyProcess.run(args, environment: s.home.env)
        #expect(after.stderr == "")
        #expect(after.stdout == s.fresh.stdout)
    }

    @Test func aCacheCutShortIsRebuiltWithOneWarning() throws {
        let s = try cachedFolder()
        let bytes = try Data(contentsOf: s.cache)
        try bytes.prefix(bytes.count / 2).write(to: s.cache)
        try expectRebuilt(s, because: "corrupt")
        // Cut inside the header too.
        try Data(bytes.prefix(30)).write(to: s.cache)
        try expectRebuilt(s, because: "corrupt")
        try Data().write(to: s.cache)
        try expectRebuilt(s, because: "not a corpus cache")
    }

    @Test func aDamagedCacheIsRebuiltWithOneWarning() throws {
        let s = try cachedFolder()
        var bytes = [UInt8](try Data(contentsOf: s.cache))
        for k in stride(from: bytes.count / 2, to: bytes.count, by: bytes.count / 7) { bytes[k] ^= 0x5A }
        try Data(bytes).write(to: s.cache)
        try expectRebuilt(s, because: "checksum")
    }

    @Test func anEditedAddedOrRemovedArticleMakesTheCacheStale() throws {
        let s = try cachedFolder()
        let article = s.folder.appendingPathComponent("001_8636e36bbe29dd83.txt")
        var text = try String(contentsOf: article, encoding: .utf8)
        text += "\nThe 30th round of Astana talks on Syria opened in Astana on 5 May 2031.\n"
        try text.write(to: article, atomically: true, encoding: .utf8)
        let edited = try ParleyProcess.run(["timeline", "--json", "--corpus", s.folder.path, "--no-cache"], environment: s.home.env)
        #expect(edited.stdout != s.fresh.stdout)
        let next = try ParleyProcess.run(["timeline", "--json", "--corpus", s.folder.path], environment: s.home.env)
        #expect(next.stdout == edited.stdout)
        #expect(next.stderr.contains("articles were added, removed or changed"), "\(next.stderr)")
        // Removed: the same again.
        try FileManager.default.removeItem(at: article)
        let fewer = try ParleyProcess.run(["timeline", "--json", "--corpus", s.folder.path], environment: s.home.env)
        #expect(fewer.stderr.contains("articles were added, removed or changed"), "\(fewer.stderr)")
        #expect(fewer.stdout == (try ParleyProcess.run(["timeline", "--json", "--corpus", s.folder.path, "--no-cache"])).stdout)
    }

    @Test func anotherFoldersCacheOrAnotherGazetteerIsNotUsed() throws {
        let s = try cachedFolder()
        // Another folder's cache put where this folder's goes.
        let other = try cachedFolder()
        try FileManager.default.removeItem(at: s.cache)
        try FileManager.default.copyItem(at: other.cache, to: s.cache)
        try expectRebuilt(s, because: "another folder")
        // A gazetteer layer given: the cache made without it is not used.
        let layer = s.folder.deletingLastPathComponent().appendingPathComponent("layer-\(UUID().uuidString).yaml")
        try "actors:\n  - name: Karim Haddad\n    type: person\n".write(to: layer, atomically: true, encoding: .utf8)
        let layered = try ParleyProcess.run(
            ["timeline", "--json", "--corpus", s.folder.path, "--actors", layer.path], environment: s.home.env)
        #expect(layered.stderr.contains("gazetteer layers"), "\(layered.stderr)")
    }
}

/// A write killed midway leaves a temporary file; the next write removes it once it is an hour
/// old, and leaves a fresh one (another process's write under way) alone.
struct AbandonedCacheWriteTests {
    @Test func anHourOldTemporaryFileIsRemovedAndAFreshOneKept() throws {
        let home = try CorpusCacheCommandTests.Home()
        let folder = try Fixtures.temporaryFolder("parley-cache-abandoned")
        try FileManager.default.copyItem(
            at: Fixtures.seedsFolder.appendingPathComponent("000_b8db6cc1d0e6c462.txt"),
            to: folder.appendingPathComponent("a.txt"))
        let first = try ParleyProcess.run(["timeline", "--corpus", folder.path], environment: home.env)
        #expect(first.status == 0)
        let cache = try #require(try home.files().first)
        let dir = cache.deletingLastPathComponent()
        let old = dir.appendingPathComponent(".\(cache.lastPathComponent).1.2.tmp")
        let fresh = dir.appendingPathComponent(".\(cache.lastPathComponent).3.4.tmp")
        try Data("half a cache".utf8).write(to: old)
        try Data("a write under way".utf8).write(to: fresh)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: old.path)
        // A changed article makes the next run write the cache again.
        try "Talks opened in Astana on Monday.\n".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let second = try ParleyProcess.run(["timeline", "--corpus", folder.path], environment: home.env)
        #expect(second.status == 0)
        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(FileManager.default.fileExists(atPath: fresh.path))
    }
}
