import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Bad input, each built here (no binaries committed): a clear word on stderr naming the file
/// (and the line or byte where it applies), every other article still loads, the documented
/// exit status, nothing crashes, and nothing from a file reaches the terminal as a control code.
@Suite(.serialized)
struct BadInputTests {
    static let good = try! String(contentsOf: Fixtures.seedsFolder.appendingPathComponent("001_8636e36bbe29dd83.txt"), encoding: .utf8)

    /// One folder holding every kind of bad file beside one good article.
    static func badFolder() throws -> URL {
        let root = try Fixtures.temporaryFolder("parley-bad")
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: root.appendingPathComponent(name)) }
        func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }
        try write("good.txt", good)
        try write("empty.txt", "")
        try write("blank.txt", "   \n\t \n")
        try write(
            "invalid.txt",
            Array("The fourth round of talks began in Astana on 3 May 2017 ".utf8) + [0xFF, 0xFE] + Array(" and ended.\n".utf8))
        try write("utf16.txt", [0xFF, 0xFE] + Array("Talks".utf8).flatMap { [$0, 0] })
        try write("binary.txt", Array("abc".utf8) + [0, 1, 2] + Array("def".utf8))
        try write("lineends.txt", "Kazakhstan hosted the talks.\r\nRussia attended.\rIran attended too.\n")
        try write(
            "escapes.txt",
            "Talks in Astana \u{1B}[31mturned red\u{1B}[0m and \u{1B}]0;pwned\u{07} a title \u{1B}]52;c;ZXZpbA==\u{07} a clipboard \u{9B}2J.\n"
        )
        try write("badfront.md", "---\ntitle: [unclosed\n---\nTurkey sent a delegation to Astana.\n")
        try write("catalog.yaml", "good.txt:\n  date: tomorrow\n")
        try write(
            "actors.yaml",
            "actors:\n  - name: Alpha Front\n    type: group\n    aliases: [Shared Name]\n  - name: Beta Front\n    type: group\n    aliases: [Shared Name]\n"
        )
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop1.txt").path, withDestinationPath: "loop2.txt")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop2.txt").path, withDestinationPath: "loop1.txt")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        return root
    }

    @Test func eachBadFileGetsAWarningNamingItAndTheRestLoad() throws {
        let root = try Self.badFolder()
        let r = try ParleyProcess.run(["actors", "--corpus", root.path])
        #expect(r.status == 0, "\(r.stderr)")
        let expected = [
            "empty.txt: has no text", "blank.txt: has no text",
            "invalid.txt: byte 56: invalid UTF-8",
            "utf16.txt: byte 0: is UTF-16", "binary.txt: byte 3: holds NUL bytes",
            "badfront.md:", "catalog.yaml:2: date 'tomorrow'",
            "actors.yaml", "'Shared Name' names both",
            "loop1.txt: is a broken or looping symbolic link", "sub/up: links back to a folder already read",
        ]
        for text in expected { #expect(r.stderr.contains(text), "missing \(text) in:\n\(r.stderr)") }
        for line in r.stderr.split(separator: "\n") { #expect(line.hasPrefix("parley: warning: "), "\(line)") }
        // Every readable article is there, the bad ones included where they have text.
        for (file, words) in [
            ("good.txt", "Sedat"), ("lineends.txt", "Iran attended"), ("invalid.txt", "and ended"),
            ("escapes.txt", "a clipboard"), ("badfront.md", "Turkey sent"),
        ] {
            let shown = try ParleyProcess.run(["show", file, "--corpus", root.path])
            #expect(shown.status == 0, "\(file): \(shown.stderr)")
            #expect(shown.stdout.contains(words), "\(file)")
        }
    }

    @Test func lineEndsOfEveryKindSplitLinesAndKeepFileOffsets() throws {
        let root = try Self.badFolder()
        let r = try ParleyProcess.run(["show", "lineends.txt", "--at", "50", "--corpus", root.path, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let sentence = try #require(j["sentence"] as? [String: Any])
        #expect(sentence["text"] as? String == "Iran attended too.")
        let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("lineends.txt")))
        let start = try #require(sentence["start"] as? Int)
        let end = try #require(sentence["end"] as? Int)
        #expect(Array(bytes[start..<end]) == Array("Iran attended too.".utf8))
    }

    @Test func controlSequencesFromAFileNeverReachTheTerminal() throws {
        let root = try Self.badFolder()
        for args in [["show", "escapes.txt"], ["search", "clipboard"], ["search", "Astana"], ["actors"], ["timeline"]] {
            let r = try ParleyProcess.run(args + ["--corpus", root.path])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            let bytes = [UInt8](r.stdoutData) + [UInt8](r.stderr.utf8)
            #expect(!bytes.contains(0x1B) && !bytes.contains(0x07), "\(args) printed a control code")
            #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x9B }, "\(args) printed a C1 CSI")
        }
        // Scripts get the text itself, JSON-escaped.
        let json = try ParleyProcess.run(["search", "clipboard", "--corpus", root.path, "--json"])
        #expect(json.stdout.contains("\\u001b]52"))
    }

    @Test func anUnreadableFileOrFolderIsNamedAndSkipped() throws {
        let root = try Fixtures.folder(["good.txt": Self.good, "locked.txt": "Secret talks.", "sealed/inner.txt": "Secret too."])
        let locked = root.appendingPathComponent("locked.txt")
        let sealed = root.appendingPathComponent("sealed")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: sealed.path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked.path)
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sealed.path)
        }
        let r: ParleyProcess.Result
        if geteuid() == 0 {
            // Root reads anything: run as nobody so that mode 000 means what it says.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
            r = try ParleyProcess.run(["timeline", "--corpus", root.path], asUser: 65534)
        } else {
            r = try ParleyProcess.run(["timeline", "--corpus", root.path])
        }
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("locked.txt: cannot be read (permission denied); skipped"), "\(r.stderr)")
        #expect(r.stderr.contains("sealed/: folder cannot be read (permission denied); skipped"), "\(r.stderr)")
        #expect(r.stdout.contains("Astana"))
    }

    @Test func aFiftyMegabyteArticleAndAMegabyteLineLoad() throws {
        let root = try Fixtures.temporaryFolder("parley-huge")
        // 50 MB of prose in paragraphs, and 1 MB on one line with no line break at all.
        let paragraph = Array((Self.good + "\n\n").utf8)
        var big: [UInt8] = []
        big.reserveCapacity(50_000_000 + paragraph.count)
        while big.count < 50_000_000 { big += paragraph }
        try Data(big).write(to: root.appendingPathComponent("huge.txt"))
        let sentence = Array("Russia, Iran and Turkey met in Astana for the fourth round of talks on 3 May 2017. ".utf8)
        var line: [UInt8] = []
        while line.count < 1_000_000 { line += sentence }
        try Data(line).write(to: root.appendingPathComponent("oneline.txt"))
        try Data(Self.good.utf8).write(to: root.appendingPathComponent("good.txt"))
        let r = try ParleyProcess.run(["search", "Sedat", "--limit", "3", "--corpus", root.path, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let hits = try #require(j["hits"] as? [[String: Any]])
        #expect(hits.count == 3)
        let line1 = try ParleyProcess.run(["show", "oneline.txt", "--at", "999000", "--corpus", root.path, "--json"])
        #expect(line1.status == 0, "\(line1.stderr)")
    }

    @Test func aFolderWithoutArticlesOrAMissingFolderExitsTwoWithOneLine() throws {
        let empty = try Fixtures.folder(["notes.yaml": "a: 1\n", "readme.pdf": "x"])
        for (path, words) in [(empty.path, "no .txt or .md articles"), ("/nonexistent/parley", "does not exist")] {
            let r = try ParleyProcess.run(["timeline", "--corpus", path])
            #expect(r.status == 2)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.hasPrefix("parley: ") && r.stderr.contains(words) && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        }
        let file = empty.appendingPathComponent("notes.yaml")
        let r = try ParleyProcess.run(["actors", "--corpus", file.path])
        #expect(r.status == 2 && r.stderr.contains("not a folder"), "\(r.stderr)")
    }

    @Test func parleyNeverWritesIntoTheCorpusFolder() throws {
        let root = try Self.badFolder()
        let before = try snapshot(root)
        for args in [["timeline"], ["actors", "--json"], ["search", "Astana"], ["show", "good.txt"], ["timeline", "--json"]] {
            _ = try ParleyProcess.run(args + ["--corpus", root.path])
        }
        #expect(try snapshot(root) == before)
    }

    /// Every entry below a folder with its size and modification time.
    func snapshot(_ root: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            let a = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
            out[path] = "\(a[.size] ?? "") \(a[.modificationDate] ?? "")"
        }
        return out
    }
}
