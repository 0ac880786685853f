import Foundation

/// The whole benchmark: the machine it ran on and the figures per corpus size.
struct BenchReport: Codable {
    struct Machine: Codable {
        var cpu: String
        var cores: Int
        var memoryGiB: Int
        var os: String

        static func current() -> Machine {
            let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
            let model =
                info.split(separator: "\n").first { $0.hasPrefix("model name") }
                .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown"
            let os =
                ((try? String(contentsOfFile: "/etc/os-release", encoding: .utf8)) ?? "").split(separator: "\n")
                .first { $0.hasPrefix("PRETTY_NAME=") }.map { $0.dropFirst(12).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                ?? "unknown"
            return Machine(
                cpu: model, cores: ProcessInfo.processInfo.activeProcessorCount,
                memoryGiB: Int((Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824).rounded()), os: os)
        }
    }

    var machine: Machine
    var seed: UInt64
    var results: [SizeResult]

    /// The figures as an aligned text table, one column per corpus size.
    func table() -> String {
        func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }
        func sec(_ s: Double) -> String { String(format: "%.2f s", s) }
        let rows: [(String, (SizeResult) -> String)] = [
            ("corpus", { String(format: "%.1f MB", $0.megabytes) }),
            ("documents / actors / rounds", { "\($0.documents) / \($0.actors) / \($0.rounds)" }),
            ("load + extract + index", { sec($0.loadSeconds) }),
            ("  throughput", { String(format: "%.1f MB/s", $0.loadMBPerSecond) }),
            ("  cores used (cpu/wall)", { String(format: "%.2f", $0.loadCores) }),
            ("  phases: read", { sec($0.loadPhases["reading"] ?? 0) }),
            ("          actors", { sec($0.loadPhases["actors"] ?? 0) }),
            ("          rounds", { sec($0.loadPhases["rounds"] ?? 0) }),
            ("          timeline", { sec($0.loadPhases["timeline"] ?? 0) }),
            ("          search index", { sec($0.loadPhases["search"] ?? 0) }),
            ("peak memory (RSS)", { String(format: "%.0f MB", Double($0.peakRSSBytes) / 1_000_000) }),
            ("  per corpus byte", { String(format: "%.1f×", $0.rssPerCorpusByte) }),
            ("grep baseline", { sec($0.grepSeconds) }),
            ("  load ÷ grep", { String(format: "%.2f×", $0.ratioToGrep) }),
            ("timeline --json, end to end", { sec($0.timelineJSONSeconds) }),
            ("  first open (cache written)", { sec($0.cacheWriteSeconds) }),
            ("  second open (from the cache)", { sec($0.cachedTimelineJSONSeconds) }),
            ("  cache file", { String(format: "%.0f MB", Double($0.cacheBytes) / 1_000_000) }),
            ("search median / p99", { "\(ms($0.search.median)) / \(ms($0.search.p99))" }),
            ("  queries (with hits)", { "\($0.queries) (\($0.queriesWithHits))" }),
            ("key update+render median / p99", { "\(ms($0.key.median)) / \(ms($0.key.p99))" }),
            ("first frame", { $0.firstFrameSeconds.map(sec) ?? "n/a" }),
            ("  second open (from the cache)", { $0.cachedFirstFrameSeconds.map(sec) ?? "n/a" }),
        ]
        let header = ["articles"] + results.map { String($0.articles) }
        let body = rows.map { row in [row.0] + results.map(row.1) }
        let all = [header] + body
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        var out = "Machine: \(machine.cpu), \(machine.cores) cores, \(machine.memoryGiB) GiB, \(machine.os)\n"
        for (i, row) in all.enumerated() {
            out +=
                row.enumerated().map { c, cell in
                    c == 0
                        ? cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                        : String(repeating: " ", count: widths[c] - cell.count) + cell
                }.joined(separator: "   ") + "\n"
            if i == 0 { out += String(repeating: "-", count: widths.reduce(0, +) + 3 * (widths.count - 1)) + "\n" }
        }
        return out
    }
}
