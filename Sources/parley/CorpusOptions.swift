import ArgumentParser
import Foundation
import ParleyModel

/// Options every command shares: which corpus, and JSON or text.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of .txt/.md articles (default: the built-in corpus).", valueName: "dir"))
    var corpus: String?

    @Option(
        name: .customLong("actors"),
        help: ArgumentHelp(
            "A gazetteer file (the actors.yaml format) layered over the world layer and the folder's own actors.yaml; repeat to add more, a later file winning.",
            valueName: "file"))
    var actorsFiles: [String] = []

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "Show the actors as extracted, without this folder's curation (parley curate).")
    var noCuration = false

    @Flag(
        name: .long,
        help: "Analyse the folder without reading or writing its cache (kept under $XDG_CACHE_HOME/parley/corpora/, never in the folder).")
    var noCache = false

    func validate() throws {
        // Checked before any load, so the dashboard never opens on a typo.
        for file in actorsFiles where !FileManager.default.isReadableFile(atPath: file) {
            throw ValidationError(
                FileManager.default.fileExists(atPath: file)
                    ? "cannot read the actors file '\(file)'" : "the actors file '\(file)' does not exist")
        }
    }

    /// The folder to read.
    func folder() throws -> URL {
        if let corpus { return URL(fileURLWithPath: corpus) }
        return try BuiltInCorpus.locate()
    }

    /// Loads the corpus, printing each file warning on stderr, and progress there too when
    /// stderr is a terminal and the load takes long enough to wonder about.
    func load() throws -> Corpus {
        let folder = try folder()
        let meter = isatty(2) == 1 ? ProgressLine() : nil
        defer { meter?.clear() }
        var progress: (@Sendable (LoadProgress) -> Void)?
        if let meter { progress = { meter.show($0) } }
        return try load(folder: folder, progress: progress)
    }

    /// Loads the corpus with its curation applied, passing progress on and printing each file
    /// warning on stderr, and each curation change that is an orphan.
    func load(folder: URL, progress: (@Sendable (LoadProgress) -> Void)?) throws -> Corpus {
        let base = try loadExtracted(folder: folder, progress: progress)
        guard let log = curation(of: folder) else { return base }
        let (corpus, outcomes) = base.curated(by: log)
        Self.warnOrphans(outcomes)
        return corpus
    }

    /// Loads the corpus as extracted, without its curation.
    func loadExtracted(folder: URL, progress: (@Sendable (LoadProgress) -> Void)?) throws -> Corpus {
        let loaded = try Corpus.load(
            folder: folder, actorsFiles: actorsFiles.map { URL(fileURLWithPath: $0) }, cache: noCache ? nil : CorpusCache(folder: folder),
            progress: progress)
        for w in loaded.warnings { Output.warn(w.description) }
        return loaded
    }

    /// The folder's curation, unless `--no-curation`; a file that cannot be read is a warning
    /// and no curation (it is left as it is for the user to look at).
    func curation(of folder: URL) -> CurationLog? {
        guard !noCuration else { return nil }
        do {
            let log = try CurationStore(folder: folder).load()
            return log.changes.isEmpty ? nil : log
        } catch {
            Output.warn("\(error); the actors are shown as extracted")
            return nil
        }
    }

    static func warnOrphans(_ outcomes: [CurationOutcome]) {
        for o in outcomes where o.isOrphan {
            Output.warn("curation: “\(o.change.summary)” is an orphan: \(o.note ?? "its actor is not in the corpus") (parley curate list)")
        }
    }
}
