import Foundation
import ParleyTestSupport
import Testing

/// `parley curate`: each change a command, kept per folder under `$XDG_DATA_HOME`, applied by
/// every command; a write cut short leaves the old file whole.
struct CurateCommandTests {
    /// A data folder of the test's own and the built-in corpus.
    struct Setup {
        let data: URL
        let env: [String: String]
        init() throws {
            data = try Fixtures.temporaryFolder("parley-curate")
            env = ["XDG_DATA_HOME": data.path]
        }

        func run(_ args: [String]) throws -> ParleyProcess.Result { try ParleyProcess.run(args, environment: env) }

        func actors() throws -> [[String: Any]] {
            let r = try run(["actors", "--json"])
            let j = try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any]
            return try #require(j?["actors"] as? [[String: Any]])
        }

        func names() throws -> [String] { try actors().compactMap { $0["name"] as? String } }

        func curationFiles() throws -> [URL] {
            let dir = data.appendingPathComponent("parley/curation")
            return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).map { dir.appendingPathComponent($0) }
        }
    }

    @Test func mergeRenameRejectUndoAndRedoChangeWhatEveryCommandShows() throws {
        let s = try Setup()
        var r = try s.run(["curate", "merge", "Iran", "Turkey", "--name", "Iran and Turkey"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("merge Iran, Turkey as Iran and Turkey"))
        var names = try s.names()
        #expect(names.contains("Iran and Turkey") && !names.contains("Iran") && !names.contains("Turkey"))
        let merged = try #require(try s.actors().first { $0["name"] as? String == "Iran and Turkey" })
        #expect((merged["curation"] as? [String]) == ["merged by you: Iran, Turkey → Iran and Turkey"])
        // The timeline names the merged actor once among a round's participants.
        let t = try s.run(["timeline", "--json"])
        let rounds = try #require((try JSONSerialization.jsonObject(with: t.stdoutData) as? [String: Any])?["rounds"] as? [[String: Any]])
        let four = try #require(rounds.first { $0["number"] as? Int == 4 })
        let participants = try #require(four["participants"] as? [String])
        #expect(participants.filter { $0 == "Iran and Turkey" }.count == 1)
        #expect(!participants.contains("Iran"))

        #expect(try s.run(["curate", "rename", "Jordan", "Hashemite Kingdom of Jordan"]).status == 0)
        #expect(try s.run(["curate", "reject", "Islamic State"]).status == 0)
        names = try s.names()
        #expect(names.contains("Hashemite Kingdom of Jordan") && !names.contains("Islamic State"))
        r = try s.run(["curate", "undo"])
        #expect(r.stdout.contains("undone: reject Islamic State"))
        #expect(try s.names().contains("Islamic State"))
        #expect(try s.run(["curate", "redo"]).status == 0)
        #expect(!(try s.names().contains("Islamic State")))
        // --no-curation shows the actors as extracted; the file is under the data folder only.
        let raw = try s.run(["actors", "--no-curation", "--json"])
        #expect(String(decoding: raw.stdoutData, as: UTF8.self).contains("\"name\" : \"Turkey\""))
        #expect(try s.curationFiles().count == 1)
        let seedsFiles = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsFolder.path)
        #expect(seedsFiles.allSatisfy { !$0.contains("curation") })
    }

    @Test func aSplitMentionBecomesItsOwnActorAndListIsReadable() throws {
        let s = try Setup()
        let russia = try #require(try s.actors().first { $0["name"] as? String == "Russia" })
        let mention = try #require((russia["mentions"] as? [[String: Any]])?.first { $0["use"] as? String == "actor" })
        let file = try #require(mention["document"] as? String)
        let start = try #require(mention["start"] as? Int)
        let end = try #require(mention["end"] as? Int)
        let r = try s.run(["curate", "split", "Russia", "--mention", "\(file):\(start)-\(end)", "--name", "Russian envoy"])
        #expect(r.status == 0, "\(r.stderr)")
        let envoy = try #require(try s.actors().first { $0["name"] as? String == "Russian envoy" })
        #expect((envoy["mentions"] as? [[String: Any]])?.count == 1)
        // Not a mention of that actor: one clear line, status 2, nothing recorded.
        let bad = try s.run(["curate", "split", "Russia", "--mention", "\(file):0-3"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("is not a mention of Russia"))
        for bad in ["\(file):-3-5", "\(file):3--5", "\(file):0-5000000000", "nosuch.txt:0-3", "\(file)"] {
            let r = try s.run(["curate", "split", "Russia", "--mention", bad])
            #expect(r.status == 2, "\(bad): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(bad): \(r.stderr)")
        }
        let list = try s.run(["curate", "list", "--json"])
        let j = try #require(try JSONSerialization.jsonObject(with: list.stdoutData) as? [String: Any])
        #expect((j["changes"] as? [Any])?.count == 1)
    }

    @Test func anUnknownActorIsRefusedWithASuggestionAndNothingIsWritten() throws {
        let s = try Setup()
        let r = try s.run(["curate", "reject", "Rusia"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no actor named “Rusia”"))
        #expect(r.stderr.contains("Russia"))
        #expect(try s.curationFiles().isEmpty)
        #expect(try s.run(["curate", "undo"]).status == 2)
    }

    @Test func aChangeWhoseActorLeftTheCorpusIsListedAsAnOrphan() throws {
        let s = try Setup()
        let copy = try Fixtures.copyOfSeeds()
        #expect(try s.run(["curate", "reject", "Agence France-Presse", "--corpus", copy.path]).status == 0)
        // The articles that name it are edited so that they no longer do.
        for name in try FileManager.default.contentsOfDirectory(atPath: copy.path) where name.hasSuffix(".txt") {
            let url = copy.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "Agence France-Presse", with: "a news agency").replacingOccurrences(
                of: "AFP", with: "an agency"
            )
            .write(to: url, atomically: true, encoding: .utf8)
        }
        let r = try s.run(["actors", "--corpus", copy.path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("is an orphan"))
        let list = try s.run(["curate", "list", "--corpus", copy.path])
        #expect(list.stdout.contains("ORPHAN"))
    }

    @Test func theCuratedActorsWrittenAsYAMLAreALayerThatActorsReads() throws {
        let s = try Setup()
        #expect(try s.run(["curate", "merge", "Alexander Lavrentiev", "Vladimir Putin", "--name", "Two Russians"]).status == 0)
        let yaml = try s.run(["actors", "--yaml"])
        #expect(yaml.status == 0)
        #expect(yaml.stdout.contains("name: Two Russians"))
        let file = s.data.appendingPathComponent("curated.yaml")
        try yaml.stdout.write(to: file, atomically: true, encoding: .utf8)
        let copy = try Fixtures.copyOfSeeds()
        try FileManager.default.removeItem(at: copy.appendingPathComponent("actors.yaml"))
        let r = try s.run(["actors", "--corpus", copy.path, "--actors", file.path, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(String(decoding: r.stdoutData, as: UTF8.self).contains("\"name\" : \"Two Russians\""))
    }

    /// The process is killed after it wrote the new file and before it renamed it into place:
    /// the old file is whole and still the curation.
    @Test func killedWhileWritingTheOldFileIsIntact() throws {
        let s = try Setup()
        #expect(try s.run(["curate", "reject", "Islamic State"]).status == 0)
        let file = try #require(try s.curationFiles().first)
        let before = try Data(contentsOf: file)

        let process = Process()
        process.executableURL = ParleyProcess.executable
        process.arguments = ["curate", "rename", "Jordan", "Kingdom of Jordan"]
        var env = ProcessInfo.processInfo.environment
        env["XDG_DATA_HOME"] = s.data.path
        env["PARLEY_TEST_HOLD_WRITE"] = "1"
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Polled: the temporary file appears once the new contents are written.
        let dir = file.deletingLastPathComponent()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            if names.contains(where: { $0.hasSuffix(".tmp") }) { break }
            usleep(10_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try Data(contentsOf: file) == before)
        #expect(try s.names().contains("Jordan"))
        #expect(!(try s.names().contains("Islamic State")))
    }
}
