import ArgumentParser
import Foundation
import ParleyModel

/// `parley export`: what the timeline and actors say, in a form other tools read, each fact
/// citing its sentence.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export rounds and actors as a TimelineJS timeline, CSV, a Markdown brief or JSON.",
        discussion: """
            timelinejs: TimelineJS3 JSON, one event per dated round. csv: one row per item of --table \
            (rounds, actors, mentions or participation), spans as file, start, end. markdown: a brief, \
            each fact with a footnote quoting its sentence. json: the rounds and their actors.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case timelinejs, csv, markdown, json
    }

    @OptionGroup var options: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("timelinejs, csv, markdown or json.", valueName: "format"))
    var format: Format

    @Option(name: .long, help: ArgumentHelp("For csv: rounds, actors, mentions or participation (default: rounds).", valueName: "table"))
    var table: String = "rounds"

    @Option(name: .long, help: ArgumentHelp("Only the rounds of this track.", valueName: "track"))
    var track: String?

    @Option(name: .long, help: ArgumentHelp("Only this round.", valueName: "number"))
    var round: Int?

    @Option(
        name: .long,
        help: ArgumentHelp("Only the rounds this actor took part in (and, in tables of actors and mentions, only it).", valueName: "name"))
    var actor: String?

    @Flag(name: .long, help: "With --format markdown: the bookmarks made in the dashboard too, after the rounds.")
    var bookmarks = false

    @Option(
        name: .long,
        help: ArgumentHelp("Write to this file (written whole, then renamed into place) instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        if ExportTables.Table(rawValue: table) == nil {
            throw ValidationError("unknown table '\(table)': use rounds, actors, mentions or participation")
        }
        if table != "rounds" && format != .csv { throw ValidationError("--table is for --format csv") }
        if bookmarks && format != .markdown { throw ValidationError("--bookmarks is for --format markdown") }
    }

    func run() throws {
        let corpus = try options.load()
        let scope = ExportScope(track: track, round: round, actor: actor)
        let entries = try scope.validatedEntries(in: corpus)
        let actorIndex = try scope.validatedActor(in: corpus)
        var marked: [MarkdownBrief.Bookmark] = []
        if bookmarks {
            let saved: [Bookmark]
            do { saved = try BookmarkStore(folder: try options.folder()).load() } catch { throw ValidationError("\(error)") }
            let orphans = saved.count { $0.locate(in: corpus).span == nil }
            if orphans > 0 {
                Output.warn(
                    "\(orphans) bookmark\(orphans == 1 ? " is an orphan" : "s are orphans") (their words are gone): parley bookmarks")
            }
            marked = saved.compactMap { b in b.locate(in: corpus).span.map { MarkdownBrief.Bookmark(span: $0, note: b.note) } }
        }
        let text = try Self.render(
            format, table: ExportTables.Table(rawValue: table)!, corpus, entries: entries, actor: actorIndex, title: scopeTitle,
            bookmarks: marked)
        if format == .timelinejs {
            let undated = TimelineJSExport(corpus, entries: entries).undated
            if !undated.isEmpty {
                Output.warn(
                    "\(undated.count) round\(undated.count == 1 ? "" : "s") with no year known left out of the timeline: \(undated.joined(separator: ", "))"
                )
            }
        }
        guard let out else { return Output.write(text) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw ValidationError("cannot write \(out): \(error.localizedDescription)")
        }
        FileHandle.standardError.write(Data("parley: wrote \(out)\n".utf8))
    }

    var scopeTitle: String {
        var parts: [String] = []
        if let track { parts.append(track) }
        if let round { parts.append("round \(round)") }
        if let actor { parts.append("with \(actor)") }
        return parts.isEmpty ? "Rounds of talks" : "Rounds of talks: " + parts.joined(separator: ", ")
    }

    /// The export's text: the one place that turns a format and a scope into bytes (the
    /// dashboard's `E` comes here too).
    static func render(
        _ format: Format, table: ExportTables.Table = .rounds, _ corpus: Corpus, entries: [Int], actor: Int?,
        title: String = "Rounds of talks",
        bookmarks: [MarkdownBrief.Bookmark] = []
    ) throws -> String {
        switch format {
        case .timelinejs: return try TimelineJSExport(corpus, entries: entries).json()
        case .markdown: return MarkdownBrief(corpus, entries: entries, title: title, bookmarks: bookmarks).text
        case .json: return try ExportJSON(corpus, entries: entries, actor: actor).json()
        case .csv:
            let (header, rows) = ExportTables.table(table, corpus, entries: entries, actors: actor.map { [$0] })
            return try CSVText.write(header, rows)
        }
    }
}
