import ArgumentParser
import Foundation
import ParleyModel

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the text and the actors.",
        discussion: """
            Words must all match (case and accents ignored); "quoted words" match as a phrase; \
            a trailing * matches a prefix (negot*). Actors are found by any name or alias, with one typo.
            """)

    @OptionGroup var options: CorpusOptions

    @Argument(help: "What to look for.")
    var query: [String]

    @Option(name: .long, help: "At most this many passages.")
    var limit = 50

    func validate() throws {
        if query.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give something to search for") }
    }

    func run() throws {
        let corpus = try options.load()
        let report = SearchReport(corpus, query: query.joined(separator: " "), limit: limit)
        if options.json { return try Output.json(report) }
        if !report.actors.isEmpty {
            Output.line("Actors:")
            for a in report.actors {
                let n = a.mentions.count
                Output.line(Output.safe("  \(a.name) (\(a.type), \(n.thousandsGrouped()) mention\(n == 1 ? "" : "s"))"))
            }
            Output.line()
        }
        // "50 of 21,884 passages:" where the limit cut the list; the count alone where it did not.
        let shown =
            report.hits.count < report.total
            ? "\(report.hits.count.thousandsGrouped()) of \(report.total.thousandsGrouped())" : report.total.thousandsGrouped()
        Output.line("\(shown) passage\(report.total == 1 ? "" : "s"):")
        // FILE:LINE:COL: first, as grep and editors write a place, then the byte range.
        for h in report.hits {
            guard let doc = corpus.document(DocumentID(h.span.document)) else { continue }
            let citation = Citation(of: doc.span(h.span.start..<h.span.end), in: doc)
            let snippet = Output.highlighting(h.matches.map(\.text), in: Output.safe(h.snippet))
            Output.line(Output.safe("\(citation.location): ") + snippet + "  (bytes \(h.span.start)–\(h.span.end))")
        }
    }
}
