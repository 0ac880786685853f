import ArgumentParser
import ParleyModel

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "List the actors the articles name, most mentioned first.")

    @OptionGroup var options: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("Only actors of this type: person, state, organisation or group.", valueName: "type"))
    var type: String?

    @Flag(name: .long, help: "Write the actors, curated, as an actors.yaml layer that --actors reads.")
    var yaml = false

    func validate() throws {
        if yaml && options.json { throw ValidationError("--yaml and --json: choose one") }
        if let type, ActorType(name: type) == nil {
            throw ValidationError("unknown type '\(type)': use person, state, organisation or group")
        }
    }

    func run() throws {
        let corpus = try options.load()
        if yaml { return Output.line(try ActorsYAML.write(corpus)) }
        let report = ActorsReport(corpus, type: type.flatMap(ActorType.init(name:)))
        if options.json { return try Output.json(report) }
        let rows = report.actors.map { a in
            [
                a.name, a.type, a.side ?? a.affiliation ?? (a.outlet ? "outlet" : ""), String(a.mentions.count { $0.use == .actor }),
                String(a.mentions.count { $0.use == .place }),
                a.origin == "discovered" ? "discovered" : "", a.rounds.map(String.init).joined(separator: ","),
                a.roles.first?.text ?? "",
            ]
        }
        Output.table(["NAME", "TYPE", "SIDE/AFFILIATION", "MENTIONS", "AS PLACE", "ORIGIN", "ROUNDS", "ROLE"], rows)
    }
}
