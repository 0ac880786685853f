import ArgumentParser
import Foundation
import ParleyModel

/// `parley-bench load-probe DIR`: loads one corpus and prints how long each phase took, as
/// JSON. The benchmark runs it as a child process so that its peak memory is the load's alone.
struct LoadProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "load-probe", shouldDisplay: false)

    @Argument var folder: String

    struct Report: Codable {
        var seconds: Double
        /// Seconds per phase: reading, actors, rounds, timeline, search.
        var phases: [String: Double]
        var documents: Int
        var actors: Int
        var rounds: Int
        /// Peak resident memory (MiB) when each phase ended: where the memory goes.
        var peakMBAfter: [String: Double]
        /// Resident memory (MiB) when each phase ended: what the phase kept.
        var residentMBAfter: [String: Double]
        /// How many tokens, sentences and mentions were held: what the memory is made of.
        var counts: [String: Int]
        /// Processor seconds per phase over its wall seconds: how well it uses the cores.
        var coresUsed: [String: Double]?
        /// Reading and compiling the lexicon, rule and name resources (once per process, before
        /// the corpus is read; part of `seconds`).
        var resourcesSeconds: Double?
        /// Wall seconds of each stage of the analysis (`AnalysisPipeline.Stage`; the timeline's
        /// and the index's overlap).
        var stages: [String: Double]?
    }

    /// The stages' seconds as they are reported (the last two from two threads).
    final class StageTimes: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var seconds: [String: Double] = [:]
        func add(_ stage: AnalysisPipeline.Stage, _ s: Double) {
            lock.lock()
            defer { lock.unlock() }
            seconds[stage.rawValue] = s
        }
    }

    final class PhaseClock: @unchecked Sendable {
        let start = Timings.now()
        var marks: [(String, Double)] = [("reading", 0)]
        var cpu: [Double] = [PhaseClock.cpuSeconds()]
        var peaks: [Double] = []
        var resident: [Double] = []
        func mark(_ p: LoadProgress) {
            switch p {
            case .reading: return
            case .analysing(let phase): marks.append((phase.rawValue, Timings.now() - start))
            case .finished: marks.append(("end", Timings.now() - start))
            }
            cpu.append(Self.cpuSeconds())
            peaks.append(Self.statusMB("VmHWM:"))
            resident.append(Self.statusMB("VmRSS:"))
        }

        /// Processor time of the whole process so far (every thread), in seconds.
        static func cpuSeconds() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        }

        /// A memory figure of the process in MiB (Linux /proc/self/status: VmHWM is the
        /// high-water mark of resident memory, VmRSS what is resident now).
        static func statusMB(_ field: String) -> Double {
            guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
                let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
            else { return 0 }
            return kb / 1024
        }
    }

    func run() throws {
        let started = Timings.now()
        _ = Lexicons.builtIn
        _ = RuleSet.builtIn
        _ = NameVariants.builtIn
        let resources = Timings.now() - started
        let clock = PhaseClock()
        let stages = StageTimes()
        let corpus = try Corpus.load(folder: URL(fileURLWithPath: folder), progress: { clock.mark($0) }, stageFinished: stages.add)
        let total = Timings.now() - started
        var phases: [String: Double] = [:]
        var peaks: [String: Double] = [:]
        var resident: [String: Double] = [:]
        var cores: [String: Double] = [:]
        for (i, m) in clock.marks.enumerated() where i + 1 < clock.marks.count {
            phases[m.0] = clock.marks[i + 1].1 - m.1
            cores[m.0] = (clock.cpu[i + 1] - clock.cpu[i]) / max(1e-9, clock.marks[i + 1].1 - m.1)
            peaks[m.0] = clock.peaks[i]
            resident[m.0] = clock.resident[i]
        }
        let report = Report(
            seconds: total, phases: phases, documents: corpus.documents.count,
            actors: corpus.actors.actors.count, rounds: corpus.timeline.entries.count, peakMBAfter: peaks, residentMBAfter: resident,
            counts: [
                "tokens": corpus.documents.reduce(0) { $0 + ($1.sentences.last?.tokens.upperBound ?? 0) },
                "sentences": corpus.documents.reduce(0) { $0 + $1.sentences.count },
                "mentions": corpus.actors.mentionsByDocument.reduce(0) { $0 + $1.count },
            ],
            coresUsed: cores, resourcesSeconds: resources, stages: stages.seconds)
        FileHandle.standardOutput.write(try JSONEncoder().encode(report))
    }
}
