import ArgumentParser
import ParleyModel

/// The dashboard's entry point. Until the dashboard lands it prints the timeline with the
/// articles behind each round, so that `parley` on its own shows something useful.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Open the corpus (for now: the timeline with its articles).")

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let corpus = try options.load()
        if options.json { return try Output.json(TimelineReport(corpus)) }
        Output.line("Parley — \(corpus.documents.count) articles, \(corpus.actors.actors.count) actors, \(corpus.timeline.entries.count) rounds")
        Output.line()
        for e in corpus.timeline.entries {
            Output.line(Output.safe("\(e.track) round \(e.number) · \(Output.humanDate(e.date))\(e.hasConflict ? " (dates disagree)" : "") · \(e.place ?? "")"))
            for id in e.documents {
                let title = corpus.document(id)?.displayTitle ?? ""
                Output.line(Output.safe("    \(id.path)  \(title)"))
            }
            let names = e.participants.prefix(8).map { corpus.actors.actors[$0].name }
            if !names.isEmpty { Output.line(Output.safe("    with: " + names.joined(separator: ", "))) }
            Output.line()
        }
        Output.line("More: parley actors | parley search QUERY | parley show FILE --at BYTE (add --json to any)")
    }
}
