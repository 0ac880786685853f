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

    /// Loads the corpus, passing progress on and printing each file warning on stderr.
    func load(folder: URL, progress: (@Sendable (LoadProgress) -> Void)?) throws -> Corpus {
        let loaded = try Corpus.load(
            folder: folder, actorsFiles: actorsFiles.map { URL(fileURLWithPath: $0) }, progress: progress)
        for w in loaded.warnings { Output.warn(w.description) }
        return loaded
    }
}
