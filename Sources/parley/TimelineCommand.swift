import ArgumentParser
import ParleyModel

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "List the rounds of talks, merged across articles.")

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let corpus = try options.load()
        if options.json { return try Output.json(TimelineReport(corpus)) }
        let rows = corpus.timeline.entries.map { e in
            [
                e.track, String(e.number), HumanDate.format(e.date) + (e.hasConflict ? " (!)" : ""), e.date?.edtf ?? "",
                e.place ?? "", String(e.documents.count),
                e.participants.prefix(6).map { corpus.actors.actors[$0].name }.joined(separator: ", "),
            ]
        }
        Output.table(["TRACK", "ROUND", "DATE", "EDTF", "PLACE", "ARTICLES", "PARTICIPANTS"], rows)
        if corpus.timeline.entries.contains(where: \.hasConflict) {
            Output.line("\n(!) articles disagree on the date; `--json` lists each claim with its sentence.")
        }
    }
}
