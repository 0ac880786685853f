import Foundation

/// Finds the built-in corpus (`seeds/`) wherever `parley` is run from: `PARLEY_SEEDS`, then
/// `share/parley/seeds` beside the executable's `bin` (an installed copy), then up from the
/// executable (a build inside the repo), then up from the working directory, then the source
/// tree the binary was built from.
public enum BuiltInCorpus {
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        sourceFile: String = #filePath
    ) throws -> URL {
        var searched: [String] = []
        if let env = environment["PARLEY_SEEDS"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            if isSeeds(url) { return url }
            searched.append(env)
        }
        var starts: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let bin = URL(fileURLWithPath: exe).deletingLastPathComponent()
            // Installed by `make install`: PREFIX/bin/parley beside PREFIX/share/parley/seeds.
            let installed = bin.deletingLastPathComponent().appendingPathComponent("share/parley/seeds")
            if isSeeds(installed) { return installed }
            starts.append(bin)
        }
        starts.append(URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent())
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        starts.append(URL(fileURLWithPath: sourceFile).deletingLastPathComponent())
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("seeds")
                if isSeeds(candidate) { return candidate }
                searched.append(candidate.path)
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw CorpusError.builtInCorpusMissing(searched: Array(Set(searched)).sorted().prefix(6).map { $0 })
    }

    static func isSeeds(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("catalog.yaml").path)
    }
}
