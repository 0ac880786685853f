import Foundation

/// `parley export --format json`: the rounds in scope as `parley timeline --json` writes them,
/// and the actors that take part in them (or the one actor named) as `parley actors --json`.
public struct ExportJSON: Encodable, Sendable {
    public var rounds: [TimelineReport.Round]
    public var actors: [ActorsReport.Entry]

    public init(_ corpus: Corpus, entries: [Int], actor: Int?) {
        rounds = TimelineReport(corpus, entries: entries).rounds
        var ids: [Int]
        if let actor {
            ids = [actor]
        } else {
            var seen = Set<Int>()
            ids = entries.flatMap { corpus.timeline.entries[$0].participation.map(\.actor) }.filter { seen.insert($0).inserted }
        }
        ids.sort {
            corpus.mentionCount(of: $0) != corpus.mentionCount(of: $1) ? corpus.mentionCount(of: $0) > corpus.mentionCount(of: $1) : $0 < $1
        }
        actors = ids.map { ActorsReport.Entry(actor: corpus.actors.actors[$0], in: corpus) }
    }

    public func json() throws -> String { try ReportJSON.text(self) }
}
