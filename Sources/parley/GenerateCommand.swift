import ArgumentParser
import Foundation
import ParleyModel

/// `parley generate`: a large, realistic corpus for benchmarks and stress tests.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a generated corpus of realistic articles (for benchmarks).",
        discussion: """
            Sentences of the built-in corpus are recombined with new ones about rounds 1 to 22 of several \
            tracks, dated 2017-2024, naming known actors and people no gazetteer knows. Some files have \
            front matter, some are listed in catalog.yaml. The same seed writes the same bytes.
            """)

    @Option(name: .long, help: "How many articles.")
    var articles: Int

    @Option(name: .long, help: "The random seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("A new or empty folder to write into.", valueName: "dir"))
    var out: String

    func validate() throws {
        guard articles > 0, articles <= 1_000_000 else { throw ValidationError("--articles must be between 1 and 1000000") }
    }

    func run() throws {
        let generator = try CorpusGenerator.builtIn()
        let summary = try generator.write(articles: articles, seed: seed, to: URL(fileURLWithPath: out))
        let mb = Double(summary.bytes) / 1_000_000
        FileHandle.standardError.write(Data("parley: wrote \(summary.files) files, \(String(format: "%.1f", mb)) MB, into \(out)\n".utf8))
    }
}
