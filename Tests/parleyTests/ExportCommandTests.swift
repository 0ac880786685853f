import CSV
import Foundation
import ParleyTestSupport
import Testing

/// `parley export`: each format's documented shape, read back by a parser of its own, and every
/// citation quoting exactly the bytes it names.
struct ExportCommandTests {
    func run(_ args: [String]) throws -> String {
        let r = try ParleyProcess.run(["export"] + args)
        #expect(r.status == 0, "\(args): \(r.stderr)")
        return r.stdout
    }

    func bytes(_ file: String, _ start: Int, _ end: Int) throws -> String {
        let data = try Data(contentsOf: Fixtures.seedsFolder.appendingPathComponent(file))
        return String(decoding: data[start..<end], as: UTF8.self)
    }

    @Test func timelineJSHasTheDocumentedShapeWithOnlyTheKnownPartsOfEachDate() throws {
        let out = try run(["--format", "timelinejs"])
        let j = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let events = try #require(j["events"] as? [[String: Any]])
        let timeline = try #require(
            try JSONSerialization.jsonObject(with: ParleyProcess.run(["timeline", "--json"]).stdoutData) as? [String: Any])
        let rounds = try #require(timeline["rounds"] as? [[String: Any]])
        // One event per round with a year known.
        #expect(events.count == rounds.filter { ($0["date"] as? String).map { !$0.hasPrefix("XXXX") } ?? false }.count)
        for e in events {
            let start = try #require(e["start_date"] as? [String: Any])
            #expect(start["year"] is Int)
            if start["day"] != nil { #expect(start["month"] != nil, "a day only with its month") }
            #expect(e["display_date"] is String)
            #expect(e["group"] as? String == "Astana")
            let text = try #require(e["text"] as? [String: Any])
            #expect((text["headline"] as? String)?.hasPrefix("Astana round ") == true)
            #expect((text["text"] as? String)?.contains("<blockquote>") == true, "the text cites its sentences")
            #expect(e["unique_id"] is String)
        }
        let three = try #require(events.first { ($0["text"] as? [String: Any])?["headline"] as? String == "Astana round 3" })
        let start = try #require(three["start_date"] as? [String: Any])
        #expect(start["month"] as? Int == 3 && start["day"] == nil, "only the month is known: \(start)")
        #expect(three["display_date"] as? String == "Mar 2017")
        let four = try #require(events.first { ($0["text"] as? [String: Any])?["headline"] as? String == "Astana round 4" })
        #expect((four["end_date"] as? [String: Any])?["day"] as? Int == 4)
    }

    @Test func everyCSVTableRoundTripsAndItsSpansHoldTheirText() throws {
        for table in ["rounds", "actors", "mentions", "participation"] {
            let out = try run(["--format", "csv", "--table", table])
            let reader = try CSVReader(string: out, hasHeaderRow: true)
            let header = try #require(reader.headerRow)
            let file = try #require(header.firstIndex(of: "file"))
            var n = 0
            while let row = reader.next() {
                n += 1
                #expect(row.count == header.count, "\(table): \(row)")
                guard !row[file].isEmpty, let start = Int(row[file + 1]), let end = Int(row[file + 2]) else { continue }
                #expect(try bytes(row[file], start, end) == row[file + 3], "\(table): \(row)")
            }
            #expect(n > 0, "\(table) has rows")
        }
        // Scoped to one actor: its mentions only.
        let jones = try run(["--format", "csv", "--table", "mentions", "--actor", "Stuart Jones"])
        let reader = try CSVReader(string: jones, hasHeaderRow: true)
        while let row = reader.next() { #expect(row[0] == "Stuart Jones") }
    }

    @Test func everyFootnoteOfTheBriefQuotesExactlyTheBytesItCites() throws {
        let brief = try run(["--format", "markdown"])
        #expect(brief.hasPrefix("# Rounds of talks"))
        #expect(brief.contains("## Astana round 4"))
        let footnotes = brief.components(separatedBy: "\n[^").dropFirst()
        #expect(footnotes.count > 10)
        let pattern = #/^\d+\]: “(?<quote>.*)” — .*?(?<file>[^ ,]+):(?<start>\d+)-(?<end>\d+)\s*$/#.dotMatchesNewlines()
        for note in footnotes {
            let text = note.replacingOccurrences(of: "\n    ", with: "\n")
            let m = try #require(try pattern.firstMatch(in: text), "\(note)")
            let file = String(m.output.file).replacingOccurrences(of: "\\_", with: "_")
            #expect(try bytes(file, Int(m.output.start)!, Int(m.output.end)!) == String(m.output.quote), "\(note)")
        }
        // Every mark in the text has its footnote.
        let marks = Set(brief.matches(of: #/\[\^(\d+)\](?!:)/#).map { String($0.output.1) })
        let notes = Set(brief.matches(of: #/\n\[\^(\d+)\]:/#).map { String($0.output.1) })
        #expect(marks == notes)
    }

    @Test func jsonAndTheScopeOptions() throws {
        let j = try #require(
            try JSONSerialization.jsonObject(with: Data(run(["--format", "json", "--round", "4"]).utf8)) as? [String: Any])
        #expect((j["rounds"] as? [[String: Any]])?.map { $0["number"] as? Int } == [4])
        let actors = try #require(j["actors"] as? [[String: Any]])
        #expect(actors.contains { $0["name"] as? String == "Stuart Jones" })
        let withJones = try run(["--format", "markdown", "--actor", "Stuart Jones"])
        #expect(withJones.contains("## Astana round 4") && !withJones.contains("## Astana round 1"))
        let out = try Fixtures.temporaryFolder().appendingPathComponent("brief.md")
        let r = try ParleyProcess.run(["export", "--format", "markdown", "--out", out.path])
        #expect(r.status == 0 && r.stdout.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("# Rounds of talks"))
        for bad in [
            ["--format", "csv", "--table", "nope"], ["--format", "json", "--round", "99"], ["--format", "json", "--actor", "Nobody"],
        ] {
            let r = try ParleyProcess.run(["export"] + bad)
            #expect(r.status == 2, "\(bad)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        }
    }
}
