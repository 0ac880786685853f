import ArgumentParser
import ParleyModel

/// `parley round N`: who says what about one round, article by article.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "What each article says of one round: dates, places, who took part and who stayed away.",
        discussion: "Disagreements between the articles are marked ≠ with a tally; --json gives every claim with its sentence.")

    @OptionGroup var options: CorpusOptions

    @Argument(help: "The round's number.") var number: Int

    /// Up to how many articles are compared side by side (more would not read across a line).
    static let sideBySide = 6

    @Option(name: .long, help: ArgumentHelp("The track (default: the one with the most rounds that has round N).", valueName: "track"))
    var track: String?

    func run() throws {
        let corpus = try options.load()
        let entries = corpus.timeline.entries
        // One round: a scope of it has exactly one entry, or says what the timeline has.
        let e = try ExportScope(track: track, round: number).validatedEntries(in: corpus)[0]
        let accounts = RoundAccounts(corpus, entry: e)
        if options.json { return try Output.json(RoundAccountsReport(accounts, in: corpus)) }
        let entry = entries[e]
        Output.line(
            [
                "\(entry.track) round \(entry.number)", entry.humanDate, entry.place ?? "place unknown", entry.status?.name,
                "\(accounts.accounts.count) article\(accounts.accounts.count == 1 ? "" : "s")",
            ].compactMap { $0 }.joined(separator: " · "))
        for line in accounts.summary(corpus) { Output.line(Output.safe(line.text)) }
        // Side by side, a column per article, where there are few enough to read across.
        if (2...Self.sideBySide).contains(accounts.accounts.count) {
            Output.line("")
            for (k, a) in accounts.accounts.enumerated() {
                let doc = corpus.documents[a.document]
                let source = [doc.metadata.outlet, doc.metadata.date.map { HumanDate.format(DateValue(start: $0)) }].compactMap { $0 }
                Output.line(
                    "A\(k + 1) = \(Output.safe(source.isEmpty ? doc.displayTitle : source.joined(separator: " · "))) (\(doc.id.path))")
            }
            let header = ["CLAIM", "WHAT"] + accounts.accounts.indices.map { "A\($0 + 1)" }
            let rows = accounts.comparison(corpus).map { line in
                [(line.disputed ? "≠ " : "") + line.kind, Output.safe(line.value)] + line.byArticle.map { $0 ?? "–" }
            }
            Output.table(header, rows)
        }
        for a in accounts.accounts {
            let doc = corpus.documents[a.document]
            Output.line("\n\(Output.safe(doc.displayTitle)) (\(doc.id.path))" + (doc.metadata.outlet.map { " · \(Output.safe($0))" } ?? ""))
            var rows: [[String]] = []
            func row(_ kind: String, _ value: String, _ status: ClaimStatus?, _ span: TextSpan, _ sentence: TextSpan) {
                rows.append([
                    kind, status?.name ?? "", Output.safe(value), "\(span.start)-\(span.end)",
                    Output.safe(corpus.text(of: sentence) ?? ""),
                ])
            }
            for c in a.dates { row("date", HumanDate.format(c.value), c.status, c.span, c.sentence) }
            for c in a.places { row("place", c.place.text, c.status, c.place.span, c.sentence) }
            for p in a.participation {
                row(p.present ? "present" : "absent", corpus.actors.actors[p.actor].name, p.status, p.span, p.sentence)
            }
            if rows.isEmpty {
                Output.line("  (names the round, says nothing of its date, place or who took part)")
            } else {
                Output.table(["CLAIM", "STATUS", "WHAT", "BYTES", "SENTENCE"], rows)
            }
        }
    }
}
