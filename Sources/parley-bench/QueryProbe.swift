import ArgumentParser
import Foundation
import ParleyModel

/// `parley-bench query-probe DIR QUERY...`: loads one corpus and prints, per query, the
/// median time of the global search's two look-ups (passages, actors) over 21 runs: for
/// working on the searches that typing in the dashboard runs.
struct QueryProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "query-probe", shouldDisplay: false)

    @Argument var folder: String
    @Argument var queries: [String]

    func run() throws {
        let corpus = try Corpus.load(folder: URL(fileURLWithPath: folder))
        for q in queries {
            var passages: [Double] = []
            var actors: [Double] = []
            var hits = 0
            for _ in 0..<21 {
                passages.append(Timings.time { hits = corpus.search.search(q, limit: 100).count }.1)
                actors.append(Timings.time { _ = corpus.search.actors(matching: q, limit: 10) }.1)
            }
            print(
                String(
                    format: "%-24@ passages %6.2f ms (%d hits)  actors %6.2f ms", "\"\(q)\"" as NSString,
                    Timings(passages).median * 1000, hits, Timings(actors).median * 1000))
        }
    }
}
