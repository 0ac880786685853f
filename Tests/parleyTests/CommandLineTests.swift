import CSV
import Foundation
import ParleyModel
import ParleyTestSupport
import ParleyUI
import Testing

/// The command line as a script sees it: JSON contracts, exit statuses, stderr.
struct CommandLineTests {
    func json(_ args: [String], cwd: URL? = nil) throws -> [String: Any] {
        let r = try ParleyProcess.run(args + ["--json"], currentDirectory: cwd)
        #expect(r.status == 0, "\(args): \(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
    }

    func checkSpan(_ any: Any?, root: URL) throws {
        let span = try #require(any as? [String: Any])
        let doc = try #require(span["document"] as? String)
        let start = try #require(span["start"] as? Int)
        let end = try #require(span["end"] as? Int)
        let text = try #require(span["text"] as? String)
        let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(doc)))
        #expect(Array(bytes[start..<end]) == Array(text.utf8))
    }

    @Test func generateWritesALoadableCorpusTheSameForTheSameSeed() throws {
        let a = try Fixtures.temporaryFolder("parley-gen-a").appendingPathComponent("out")
        let b = try Fixtures.temporaryFolder("parley-gen-b").appendingPathComponent("out")
        for dir in [a, b] {
            let r = try ParleyProcess.run(["generate", "--articles", "25", "--seed", "3", "--out", dir.path])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("wrote 27 files"))
        }
        let names = try FileManager.default.subpathsOfDirectory(atPath: a.path).sorted()
        #expect(names == (try FileManager.default.subpathsOfDirectory(atPath: b.path).sorted()))
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".md") || name.hasSuffix(".yaml") {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)))
        }
        let timeline = try json(["timeline", "--corpus", a.path])
        #expect(((timeline["rounds"] as? [Any])?.count ?? 0) > 0)
        // A second run into the same folder would overwrite: refused, exit 2, nothing touched.
        let again = try ParleyProcess.run(["generate", "--articles", "25", "--out", a.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("not empty"))
    }

    @Test func timelineJSONKeepsTheContract() throws {
        let j = try json(["timeline"])
        let rounds = try #require(j["rounds"] as? [[String: Any]])
        let four = try #require(rounds.first { $0["number"] as? Int == 4 && $0["track"] as? String == "Astana" })
        #expect(four["date"] as? String == "2017-05-03/2017-05-04")
        #expect(four["place"] as? String == "Astana")
        #expect((four["documents"] as? [String])?.contains("003_bd77398d2cc811f7.txt") == true)
        #expect((four["participants"] as? [String])?.contains("Russia") == true)
        let evidence = try #require(four["evidence"] as? [Any])
        #expect(!evidence.isEmpty)
        for e in evidence { try checkSpan(e, root: Fixtures.seedsFolder) }
    }

    @Test func actorsJSONKeepsTheContract() throws {
        let j = try json(["actors", "--type", "person"])
        let actors = try #require(j["actors"] as? [[String: Any]])
        #expect(actors.allSatisfy { $0["type"] as? String == "person" })
        let mistura = try #require(actors.first { $0["name"] as? String == "Staffan de Mistura" })
        #expect(mistura["affiliation"] as? String == "United Nations")
        #expect(mistura["origin"] as? String == "gazetteer")
        #expect(mistura["rounds"] as? [Int] == [4, 8])
        #expect((mistura["aliases"] as? [String])?.contains("de Mistura") == true)
        for m in try #require(mistura["mentions"] as? [Any]) { try checkSpan(m, root: Fixtures.seedsFolder) }
        for r in try #require(mistura["roles"] as? [[String: Any]]) { try checkSpan(r["span"], root: Fixtures.seedsFolder) }
    }

    @Test func searchJSONFindsTextAndActors() throws {
        let j = try json(["search", "mistura"])
        let hits = try #require(j["hits"] as? [[String: Any]])
        #expect(hits.count == 4)
        for h in hits {
            try checkSpan(h["span"], root: Fixtures.seedsFolder)
            #expect(h["snippet"] is String)
            #expect(h["score"] is Double)
        }
        let actors = try #require(j["actors"] as? [[String: Any]])
        #expect(actors.first?["name"] as? String == "Staffan de Mistura")
    }

    @Test func showAtAByteGivesItsSentence() throws {
        let j = try json(["show", "003_bd77398d2cc811f7.txt", "--at", "300"])
        let sentence = try #require(j["sentence"] as? [String: Any])
        try checkSpan(sentence, root: Fixtures.seedsFolder)
        #expect((sentence["start"] as! Int) <= 300 && 300 < (sentence["end"] as! Int))
        #expect(j["outlet"] as? String == "AFP")
        let text = try ParleyProcess.run(["show", "003_bd77398d2cc811f7.txt", "--at", "300"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("»A rebel delegation led by"))
    }

    /// `show` takes a path to the file as well as the corpus's name for it, and says what
    /// `--at` takes (bug 9); `search` says when its list is capped, and the JSON gives the total (bug 5).
    @Test func showTakesAFilesPathAndSearchSaysOfHowMany() throws {
        let seeds = Fixtures.seedsFolder
        let absolute = seeds.appendingPathComponent("003_bd77398d2cc811f7.txt").path
        let r = try ParleyProcess.run(["show", "--corpus", seeds.path, absolute, "--at", "300"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("»A rebel delegation led by"))
        let relative = try ParleyProcess.run(
            ["show", "--corpus", seeds.lastPathComponent, seeds.lastPathComponent + "/003_bd77398d2cc811f7.txt"],
            currentDirectory: seeds.deletingLastPathComponent())
        #expect(relative.status == 0, "\(relative.stderr)")
        let negative = try ParleyProcess.run(["show", "003_bd77398d2cc811f7.txt", "--at", "-5"])
        #expect(negative.status == 2)
        #expect(negative.stderr.contains("0 or more"), "\(negative.stderr)")
        let capped = try ParleyProcess.run(["search", "the", "--limit", "3"])
        #expect(capped.stdout.contains("3 of "), "\(capped.stdout)")
        // Each hit leads with FILE:LINE:COL:, as grep and editors write a place.
        let hits = capped.stdout.split(separator: "\n").filter { $0.contains("(bytes ") }
        #expect(hits.count == 3)
        #expect(hits.allSatisfy { $0.firstMatch(of: #/^[^ :]+\.txt:\d+:\d+: /#) != nil }, "\(hits)")
        // Matches are marked only on a terminal: piped, no escape reaches the output.
        #expect(!capped.stdout.contains("\u{1B}"))
        let j = try json(["search", "the", "--limit", "3"])
        #expect((j["total"] as? Int ?? 0) > 3)
        #expect((j["hits"] as? [Any])?.count == 3)
        let browse = try ParleyProcess.run(["browse", "--json"])
        #expect(browse.status == 2)
        #expect(browse.stderr.contains("writes no JSON"), "\(browse.stderr)")
    }

    @Test func theBuiltInCorpusIsFoundFromAnyFolder() throws {
        let elsewhere = try Fixtures.temporaryFolder()
        let r = try ParleyProcess.run(["timeline"], currentDirectory: elsewhere)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Astana"))
    }

    @Test func badUsageAndUnreadableCorporaExitTwoWithOneLine() throws {
        for args in [
            ["timeline", "--corpus", "/no/such/dir"], ["actors", "--type", "planet"], ["show", "nope.txt"],
            ["timeline", "--frobnicate"], ["search"],
        ] {
            let r = try ParleyProcess.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stdout.isEmpty, "\(args)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(args): \(r.stderr)")
            #expect(lines.first?.hasPrefix("parley: ") == true)
        }
        #expect(try ParleyProcess.run(["--help"]).status == 0)
    }

    /// `--actors FILE` layers a gazetteer over a folder that has none: the built-in
    /// corpus's people, brought to a copy of its articles without their actors.yaml.
    @Test func anActorsFileLayersItsActorsOverAFolder() throws {
        let copy = try Fixtures.copyOfSeeds()
        let seedsActors = Fixtures.seedsFolder.appendingPathComponent("actors.yaml")
        try FileManager.default.removeItem(at: copy.appendingPathComponent("actors.yaml"))
        func origin(_ name: String, _ extra: [String]) throws -> String? {
            let j = try json(["actors", "--corpus", copy.path] + extra)
            let actors = try #require(j["actors"] as? [[String: Any]])
            return actors.first { $0["name"] as? String == name }?["origin"] as? String
        }
        // Without the file, the envoy is found from the text; with it, the gazetteer knows him.
        #expect(try origin("Alexander Lavrentiev", ["--actors", seedsActors.path]) == "gazetteer")
        #expect(try origin("Alexander Lavrentiev", []) != "gazetteer")
        // A later file wins over an earlier one for an actor of the same name.
        let override = copy.deletingLastPathComponent().appendingPathComponent("override-\(UUID().uuidString).yaml")
        try "actors:\n  - name: Alexander Lavrentiev\n    type: person\n    affiliation: Kazakhstan\n".write(
            to: override, atomically: true, encoding: .utf8)
        let j = try json(["actors", "--corpus", copy.path, "--actors", seedsActors.path, "--actors", override.path])
        let actors = try #require(j["actors"] as? [[String: Any]])
        #expect(actors.first { $0["name"] as? String == "Alexander Lavrentiev" }?["affiliation"] as? String == "Kazakhstan")
        // A missing or broken file is one clear line and exit status 2, before any load.
        let broken = override.deletingLastPathComponent().appendingPathComponent("broken-\(UUID().uuidString).yaml")
        try "actors: [\n".write(to: broken, atomically: true, encoding: .utf8)
        for file in ["/no/such/actors.yaml", broken.path] {
            let r = try ParleyProcess.run(["timeline", "--corpus", copy.path, "--actors", file])
            #expect(r.status == 2, "\(file): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
            #expect(r.stderr.contains(file))
        }
    }

    @Test func warningsGoToStderrAndTheRestLoads() throws {
        let root = try Fixtures.folder([
            "good.txt": "The Lima talks opened. Peru attended the Lima talks.", "catalog.yaml": "good.txt:\n  date: tomorrow\n",
        ])
        try Data([0x41, 0x00]).write(to: root.appendingPathComponent("binary.txt"))
        let r = try ParleyProcess.run(["actors", "--corpus", root.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Peru"))
        #expect(r.stderr.contains("binary.txt"))
        #expect(r.stderr.contains("catalog.yaml"))
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let root = try Fixtures.folder(["evil.txt": "Russia \u{1B}]0;pwned\u{07}attended the talks \u{1B}[31min red\u{1B}[0m."])
        for args in [["show", "evil.txt"], ["search", "attended"]] {
            let r = try ParleyProcess.run(args + ["--corpus", root.path])
            #expect(r.status == 0)
            #expect(!r.stdout.contains("\u{1B}"), "\(args)")
            #expect(!r.stdout.contains("\u{07}"), "\(args)")
            #expect(r.stdout.contains("␛"), "\(args)")
        }
    }

    /// Tables fit the terminal's width (COLUMNS, or the terminal's own): the last column wraps
    /// under itself, and where even the others do not fit each row is a block; nothing is cut.
    @Test func tablesFitTheWidthAndCutNothing() throws {
        let piped = try ParleyProcess.run(["timeline"])
        #expect(piped.status == 0)
        let names = piped.stdout.split(separator: "\n").dropFirst().compactMap { line in line.split(separator: "  ").last.map(String.init) }
        for columns in [130, 100, 60] {
            let fitted = try ParleyProcess.run(["timeline"], environment: ["COLUMNS": String(columns)])
            #expect(fitted.status == 0)
            let lines = fitted.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= columns }, "a line wider than \(columns):\n\(fitted.stdout)")
            let joined = fitted.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for n in names {
                #expect(joined.contains(n.split(whereSeparator: \.isWhitespace).joined(separator: " ")), "\(n) at \(columns)")
            }
        }
        #expect(try ParleyProcess.run(["timeline"], environment: ["COLUMNS": "60"]).stdout.hasPrefix("TRACK:"), "blocks when narrow")
        let actors = try ParleyProcess.run(["actors"], environment: ["COLUMNS": "90"])
        #expect(actors.stdout.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 90 })
    }

    @Test func matrixGivesEachCellItsSentencesAndItsCSVRoundTrips() throws {
        let j = try json(["matrix", "--json"])
        #expect(j["track"] as? String == "Astana")
        let rounds = try #require(j["rounds"] as? [[String: Any]])
        #expect(rounds.compactMap { $0["number"] as? Int } == [1, 3, 4, 8, 20, 21])
        let rows = try #require(j["actors"] as? [[String: Any]])
        let opposition = try #require(rows.first { $0["actor"] as? String == "Syrian opposition" })
        let cells = try #require(opposition["cells"] as? [[String: Any]])
        let three = try #require(cells.first { $0["round"] as? Int == 3 })
        #expect(three["cell"] as? String == "absent")
        for row in rows {
            for cell in row["cells"] as? [[String: Any]] ?? [] {
                let evidence = try #require(cell["evidence"] as? [Any])
                #expect(!evidence.isEmpty)
                for span in evidence { try checkSpan(span, root: Fixtures.seedsFolder) }
            }
        }

        let csv = try ParleyProcess.run(["matrix", "--csv"])
        #expect(csv.status == 0)
        let reader = try CSVReader(string: csv.stdout, hasHeaderRow: true)
        #expect(reader.headerRow == ["actor", "type", "round 1", "round 3", "round 4", "round 8", "round 20", "round 21"])
        var read: [[String]] = []
        while let row = reader.next() { read.append(row) }
        #expect(read.count == rows.count)
        #expect(read.first { $0[0] == "Syrian opposition" }?[3] == "absent")
        #expect(read.allSatisfy { $0.count == 8 && $0[2...].allSatisfy { ["", "present", "absent", "mentioned"].contains($0) } })

        let table = try ParleyProcess.run(["matrix", "--type", "person", "--sort", "name"])
        #expect(table.stdout.contains("● present"))
        let bad = try ParleyProcess.run(["matrix", "--track", "Geneva"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("no track 'Geneva'"))
    }

    @Test func roundSaysWhatEachArticleSaysWithItsSentences() throws {
        let j = try json(["round", "4", "--json"])
        #expect(j["track"] as? String == "Astana" && j["number"] as? Int == 4)
        let articles = try #require(j["articles"] as? [[String: Any]])
        #expect(articles.count == 2)
        for a in articles {
            let document = try #require(a["document"] as? String)
            for kind in ["dates", "places", "present", "absent"] {
                for claim in a[kind] as? [[String: Any]] ?? [] {
                    try checkSpan(claim["span"], root: Fixtures.seedsFolder)
                    try checkSpan(claim["sentence"], root: Fixtures.seedsFolder)
                    #expect((claim["span"] as? [String: Any])?["document"] as? String == document)
                }
            }
        }
        let text = try ParleyProcess.run(["round", "3"])
        #expect(text.stdout.contains("≠ Syrian opposition: present in 1, absent in 1"))
        let missing = try ParleyProcess.run(["round", "99"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no round 99") && missing.stderr.contains("Astana 4"))
    }
}
