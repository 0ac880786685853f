import ArgumentParser
import ParleyModel

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "List the rounds of talks, merged across articles.")

    @OptionGroup var options: CorpusOptions

    /// How many participants a row names before it says how many more there are.
    static let participantsShown = 6

    func run() throws {
        let corpus = try options.load()
        if options.json { return try Output.json(TimelineReport(corpus)) }
        let name = { (a: Int) in corpus.actors.actors[a].name }
        let rows = corpus.timeline.entries.map { e in
            var with = e.participants.prefix(Self.participantsShown).map(name).joined(separator: ", ")
            if e.participants.count > Self.participantsShown { with += " +\(e.participants.count - Self.participantsShown) more" }
            let absent = e.participation.filter { !$0.present }.map { name($0.actor) }
            if !absent.isEmpty { with += (with.isEmpty ? "" : "; ") + "absent: " + absent.joined(separator: ", ") }
            return [
                e.track, String(e.number), e.humanDate + (e.conflictTally.map { " (≠ \($0))" } ?? ""), e.date?.edtf ?? "",
                e.status?.name ?? "",
                (e.place ?? "") + (e.placeConflict ? " (≠)" : ""), String(e.documents.count), with,
            ]
        }
        Output.table(["TRACK", "ROUND", "DATE", "EDTF", "STATUS", "PLACE", "ARTICLES", "PARTICIPANTS"], rows)
        if corpus.timeline.entries.contains(where: { $0.hasConflict || $0.placeConflict }) {
            Output.line(
                "\n(≠) articles disagree (on the date: how many reports agree with it); `--json` lists each claim with its sentence.")
        }
    }
}
