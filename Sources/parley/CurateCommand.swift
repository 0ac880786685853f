import ArgumentParser
import Foundation
import ParleyModel

/// `parley curate …`: the changes a user makes to the actor list, one command each, kept in
/// the folder's curation file (`CurationStore`) and applied on every load.
struct CurateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curate",
        abstract: "Merge, rename, reject or split actors; undo and redo; list the changes.",
        discussion: """
            Changes are kept per corpus folder under $XDG_DATA_HOME/parley/curation/ (never in the \
            folder) and applied by the dashboard and every command. A change whose actor is no longer \
            in the corpus is listed as an orphan, never dropped.
            """,
        subcommands: [Merge.self, Rename.self, Reject.self, Split.self, Undo.self, Redo.self, List.self])

    /// Loads the folder's log and curated corpus; records `make(corpus)` and says what it did.
    static func change(_ options: CorpusOptions, _ make: (Corpus) throws -> CurationChange) throws {
        let folder = try options.folder()
        let store = CurationStore(folder: folder)
        var log = try readLog(store)
        let base = try options.loadExtracted(folder: folder, progress: nil)
        let current = base.curated(by: log).corpus
        let change = try make(current)
        log.record(change)
        let outcome = base.curated(by: log).outcomes.last!
        guard outcome.applied else { throw ValidationError("cannot \(change.summary): \(outcome.note ?? "it does not apply")") }
        try save(log, store)
        Output.line("\(change.summary)" + (outcome.note.map { " (\($0))" } ?? ""))
    }

    static func readLog(_ store: CurationStore) throws -> CurationLog {
        do { return try store.load() } catch { throw ValidationError("\(error); move it away to start afresh") }
    }

    static func save(_ log: CurationLog, _ store: CurationStore) throws {
        do { try store.save(log) } catch { throw ValidationError("\(error)") }
    }

    /// The actor of that name in the curated corpus, or a clear error.
    static func actor(_ name: String, in corpus: Corpus) throws -> Actor {
        if let i = corpus.actorIndex(named: name) { return corpus.actors.actors[i] }
        let near = corpus.search.actors(matching: name, limit: 3).map { corpus.actors.actors[$0.actor].name }
        throw ValidationError("no actor named “\(name)”" + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?"))
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Merge two or more actors into one.")
        @OptionGroup var options: CorpusOptions
        @Argument(help: "The actors' names, as `parley actors` prints them.") var actors: [String]
        @Option(name: .long, help: ArgumentHelp("The merged actor's name (default: the first actor's).", valueName: "name"))
        var name: String?

        func validate() throws {
            if actors.count < 2 { throw ValidationError("merge needs two actors or more") }
            if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the name must not be empty") }
        }

        func run() throws {
            try CurateCommand.change(options) { corpus in
                let found = try actors.map { try CurateCommand.actor($0, in: corpus).name }
                return .merge(actors: found, name: name ?? found[0])
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an actor another name (the old one stays an alias).")
        @OptionGroup var options: CorpusOptions
        @Argument var actor: String
        @Argument(help: "The new name.") var newName: String

        func validate() throws {
            if newName.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the new name must not be empty") }
        }

        func run() throws {
            try CurateCommand.change(options) { corpus in
                .rename(actor: try CurateCommand.actor(actor, in: corpus).name, name: newName)
            }
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say a row is not an actor: it and its mentions go.")
        @OptionGroup var options: CorpusOptions
        @Argument var actor: String

        func run() throws {
            try CurateCommand.change(options) { corpus in .reject(actor: try CurateCommand.actor(actor, in: corpus).name) }
        }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Split one mention off an actor into an actor of its own.")
        @OptionGroup var options: CorpusOptions
        @Argument var actor: String
        @Option(name: .long, help: ArgumentHelp("The mention, as FILE:START-END (bytes, as --json gives them).", valueName: "mention"))
        var mention: String
        @Option(name: .long, help: ArgumentHelp("The new actor's name (default: the mention's text).", valueName: "name"))
        var name: String?

        func run() throws {
            try CurateCommand.change(options) { corpus in
                let a = try CurateCommand.actor(actor, in: corpus)
                let span = try CurateCommand.span(mention, in: corpus)
                guard let m = corpus.mentions(of: a.id).first(where: { $0.span == span }) else {
                    throw ValidationError("\(mention) is not a mention of \(a.name): `parley actors --json` lists its mentions")
                }
                let doc = corpus.document(m.span.document)!
                let anchored = AnchoredSpan(m.span, in: doc)
                return .split(actor: a.name, mention: anchored, name: name ?? anchored.quote)
            }
        }
    }

    /// Reads "FILE:START-END".
    static func span(_ text: String, in corpus: Corpus) throws -> TextSpan {
        guard let colon = text.lastIndex(of: ":") else { throw ValidationError("a mention is FILE:START-END, not “\(text)”") }
        let file = String(text[..<colon])
        let range = text[text.index(after: colon)...].split(separator: "-", omittingEmptySubsequences: false)
        guard range.count == 2, let start = Int(range[0]), let end = Int(range[1]), start >= 0, start < end else {
            throw ValidationError("a mention is FILE:START-END with START < END, not “\(text)”")
        }
        guard let doc = corpus.document(DocumentID(file)) else { throw ValidationError("no article \(file) in this corpus") }
        guard end <= doc.byteCount else { throw ValidationError("\(file) has \(doc.byteCount) bytes: \(start)-\(end) is past its end") }
        return TextSpan(document: DocumentID(file), start: start, end: end)
    }

    /// `undo` (back) and `redo`: one step through the log, kept at once.
    static func step(_ options: CorpusOptions, back: Bool) throws {
        let store = CurationStore(folder: try options.folder())
        var log = try readLog(store)
        guard let change = back ? log.undo() : log.redo() else { throw ValidationError("nothing to \(back ? "undo" : "redo")") }
        try save(log, store)
        Output.line("\(back ? "undone" : "redone"): \(change.summary)")
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take back the latest change.")
        @OptionGroup var options: CorpusOptions

        func run() throws { try CurateCommand.step(options, back: true) }
    }

    struct Redo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make the latest change undone again.")
        @OptionGroup var options: CorpusOptions

        func run() throws { try CurateCommand.step(options, back: false) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the changes in force, orphans marked, and those undone.")
        @OptionGroup var options: CorpusOptions

        struct Report: Encodable {
            struct Item: Encodable {
                var change: CurationChange
                var summary: String
                var orphan: Bool
                var note: String?
            }
            var file: String
            var changes: [Item]
            var undone: [Item]
        }

        func run() throws {
            let folder = try options.folder()
            let store = CurationStore(folder: folder)
            let log = try CurateCommand.readLog(store)
            let outcomes = log.changes.isEmpty ? [] : try options.loadExtracted(folder: folder, progress: nil).curated(by: log).outcomes
            let report = Report(
                file: store.file.path,
                changes: outcomes.map { .init(change: $0.change, summary: $0.change.summary, orphan: $0.isOrphan, note: $0.note) },
                undone: log.undone.reversed().map { .init(change: $0, summary: $0.summary, orphan: false, note: nil) })
            if options.json { return try Output.json(report) }
            Output.line("Curation of \(store.folder) (\(store.file.path))")
            if report.changes.isEmpty { Output.line("No changes.") }
            for (i, item) in report.changes.enumerated() {
                Output.line(
                    "\(i + 1). \(item.summary)" + (item.orphan ? " — ORPHAN: " : "")
                        + (item.note.map { item.orphan ? $0 : " (\($0))" } ?? ""))
            }
            if !report.undone.isEmpty {
                Output.line("Undone (parley curate redo brings back the first):")
                for item in report.undone { Output.line("   \(item.summary)") }
            }
        }
    }
}
