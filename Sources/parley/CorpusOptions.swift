import ArgumentParser
import Foundation
import ParleyModel

/// Options every command shares: which corpus, and JSON or text.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of .txt/.md articles (default: the built-in corpus).", valueName: "dir"))
    var corpus: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    /// Loads the corpus, printing each file warning on stderr.
    func load() throws -> Corpus {
        let folder: URL
        if let corpus {
            folder = URL(fileURLWithPath: corpus)
        } else {
            folder = try BuiltInCorpus.locate()
        }
        let loaded = try Corpus.load(folder: folder)
        for w in loaded.warnings { Output.warn(w.description) }
        return loaded
    }
}
