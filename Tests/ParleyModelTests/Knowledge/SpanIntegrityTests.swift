import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Every span Parley reports points at exactly its text in the file as stored.
struct SpanIntegrityTests {
    let corpus = Fixtures.seeds

    func bytes(_ document: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: corpus.root.appendingPathComponent(document)))
    }

    func check(_ span: SpanJSON) throws {
        let b = try bytes(span.document)
        #expect(span.start >= 0 && span.start <= span.end && span.end <= b.count)
        #expect(Array(b[span.start..<span.end]) == Array(span.text.utf8), "\(span.document) \(span.start)..<\(span.end)")
    }

    @Test func seedsAreTheSharedArticlesByteForByte() throws {
        let shared = Fixtures.seedsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")
        guard FileManager.default.fileExists(atPath: shared.path) else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: shared.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count == 5)
        for name in names {
            #expect(try Data(contentsOf: shared.appendingPathComponent(name)) == Data(contentsOf: corpus.root.appendingPathComponent(name)))
        }
    }

    @Test func timelineSpans() throws {
        let report = TimelineReport(corpus)
        #expect(!report.rounds.isEmpty)
        for r in report.rounds {
            for s in r.evidence { try check(s) }
            for d in r.dates { try check(d.span) }
        }
        for c in report.unresolved { try check(c.span) }
    }

    @Test func actorSpans() throws {
        let report = ActorsReport(corpus)
        var count = 0
        for a in report.actors {
            for s in a.mentions {
                try check(s.span)
                count += 1
            }
            for r in a.roles {
                try check(r.span)
                #expect(r.span.text == r.text || r.text == r.span.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            }
            if let cue = a.cue { try check(cue) }
        }
        #expect(count > 100)
    }

    @Test func searchSpans() throws {
        for q in ["Mistura", "\"round of talks\"", "negot*", "Moscow"] {
            let report = SearchReport(corpus, query: q)
            #expect(!report.hits.isEmpty, "\(q)")
            for h in report.hits {
                try check(h.span)
                for m in h.matches { try check(m) }
            }
        }
    }
}
