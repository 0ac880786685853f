import ArgumentParser
import Foundation
import ParleyModel
import ParleyUI

/// `parley-bench`: Parley's benchmark on generated corpora. Build it in release mode
/// (`make bench`); it prints a table and writes the same figures as JSON.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley-bench",
        abstract: "Benchmark loading, search, keys and the first frame on generated corpora.",
        subcommands: [LoadProbe.self, QueryProbe.self, KeyProbe.self, FuzzDictionary.self])

    @Option(name: .long, parsing: .upToNextOption, help: "Corpus sizes in articles.")
    var sizes: [Int] = [10, 1_000, 10_000]

    @Option(name: .long, help: "Seed of the generated corpora.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "How many times each whole-process measurement runs (the median is reported).")
    var runs = 3

    @Flag(name: .long, help: "Only the in-process figures (search, keys): quick, for working on them.")
    var inProcessOnly = false

    @Option(name: .long, help: "Where corpora are generated and kept between runs.")
    var work = ".build/bench"

    @Option(name: .long, help: "Where the JSON report is written.")
    var jsonOut = ".build/bench/bench.json"

    func run() throws {
        let workURL = URL(fileURLWithPath: work)
        try FileManager.default.createDirectory(at: workURL, withIntermediateDirectories: true)
        let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let parley = binDir.appendingPathComponent("parley").path
        guard FileManager.default.isExecutableFile(atPath: parley) else {
            throw BenchError("\(parley) is missing: build the parley product with the same configuration first")
        }
        let generator = try CorpusGenerator.builtIn()
        var results: [SizeResult] = []
        for n in sizes {
            let dir = workURL.appendingPathComponent("corpus-\(n)-seed\(seed)")
            try ensureCorpus(dir, articles: n, generator: generator)
            let measure = SizeBench(
                folder: dir, articles: n, runs: runs, bench: CommandLine.arguments[0], parley: parley, seed: seed,
                inProcessOnly: inProcessOnly)
            log("\(n) articles: measuring…")
            results.append(try measure.run(log: log))
        }
        let report = BenchReport(machine: BenchReport.Machine.current(), seed: seed, results: results)
        print(report.table())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(report).write(to: URL(fileURLWithPath: jsonOut))
        log("JSON written to \(jsonOut)")
    }

    /// Generates a corpus once; a finished one is marked so that an interrupted one is redone.
    func ensureCorpus(_ dir: URL, articles: Int, generator: CorpusGenerator) throws {
        let marker = dir.appendingPathComponent(".complete")
        if FileManager.default.fileExists(atPath: marker.path) { return }
        try? FileManager.default.removeItem(at: dir)
        log("generating \(articles) articles in \(dir.path)…")
        try generator.write(articles: articles, seed: seed, to: dir)
        try Data().write(to: marker)
    }

    func log(_ s: String) {
        FileHandle.standardError.write(Data("parley-bench: \(s)\n".utf8))
    }
}
