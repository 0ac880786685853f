import ArgumentParser
import ParleyModel

/// `parley matrix`: actors as rows, the rounds of a track as columns.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Actors × rounds: who took part in which round, who stayed away, who was only named.",
        discussion: "● present, ✕ absent, ○ named in an article on the round without either; --json gives each cell's sentences.")

    @OptionGroup var options: CorpusOptions

    @Option(
        name: .long,
        help: ArgumentHelp("The track whose rounds are the columns (default: the one with the most rounds).", valueName: "track"))
    var track: String?

    @Option(name: .long, help: ArgumentHelp("Only actors of this type: person, state, organisation or group.", valueName: "type"))
    var type: String?

    @Option(name: .long, help: ArgumentHelp("Order of the rows: rounds (most first), name or type.", valueName: "order"))
    var sort: String = "rounds"

    @Flag(name: .long, help: "Print CSV: one row per actor, a column per round (present, absent, mentioned or empty).")
    var csv = false

    func validate() throws {
        if let type, ActorType(name: type) == nil {
            throw ValidationError("unknown type '\(type)': use person, state, organisation or group")
        }
        if ActorRoundMatrix.Sort(rawValue: sort) == nil { throw ValidationError("unknown order '\(sort)': use rounds, name or type") }
        if csv && options.json { throw ValidationError("--csv and --json: choose one") }
    }

    func run() throws {
        let corpus = try options.load()
        _ = try ExportScope(track: track).validatedEntries(in: corpus)
        let wanted = type.flatMap(ActorType.init(name:))
        let actors = corpus.actors.actors.indices.filter { wanted == nil || corpus.actors.actors[$0].type == wanted }
        let matrix = ActorRoundMatrix(corpus, track: track, actors: actors, sort: ActorRoundMatrix.Sort(rawValue: sort)!)
        if options.json { return try Output.json(MatrixReport(matrix, in: corpus)) }
        let numbers = matrix.columns.map { String(corpus.timeline.entries[$0].number) }
        let names = matrix.rows.map { corpus.actors.actors[$0] }
        if csv {
            let (header, rows) = matrix.table
            return Output.write(try CSVText.write(header, rows))
        }
        Output.line("\(matrix.track): \(numbers.count) round\(numbers.count == 1 ? "" : "s") · \(names.count) actors")
        let rows = zip(names, matrix.cells).map { a, cells in [Output.safe(a.name), a.type.rawValue] + cells.map(\.mark) }
        Output.table(["NAME", "TYPE"] + numbers, rows)
        Output.line("\n● present  ✕ absent  ○ named in an article on the round  (--json: each cell's sentences)")
    }
}
