import Foundation
import ParleyModel
import ParleyUI

/// Every measurement on one generated corpus.
struct SizeBench {
    var folder: URL
    var articles: Int
    var runs: Int
    var bench: String
    var parley: String
    var seed: UInt64
    var inProcessOnly = false

    func run(log: (String) -> Void) throws -> SizeResult {
        let bytes = corpusBytes()
        var r = SizeResult(articles: articles, corpusBytes: bytes)
        if !inProcessOnly { try measureProcesses(&r) }
        let corpus = try Corpus.load(folder: folder)
        r.documents = corpus.documents.count
        r.actors = corpus.actors.actors.count
        r.rounds = corpus.timeline.entries.count
        if !inProcessOnly { try measureGrep(&r, corpus: corpus) }
        measureSearch(&r, corpus: corpus)
        measureKeys(&r, corpus: corpus)
        if !inProcessOnly {
            // Time to the dashboard's first frame, in a real terminal (tmux) when there is one.
            if let probe = FirstFrameProbe(parley: parley, folder: folder, cacheHome: cacheHome) {
                var frames: [Double] = []
                for _ in 0..<runs { if let t = try probe.measure(arguments: ["--no-cache"]) { frames.append(t) } }
                r.firstFrameSeconds = frames.isEmpty ? nil : Timings(frames).median
                // The cache was written by `timeline --json` above: a second open.
                frames = []
                for _ in 0..<runs { if let t = try probe.measure(arguments: []) { frames.append(t) } }
                r.cachedFirstFrameSeconds = frames.isEmpty ? nil : Timings(frames).median
            } else {
                log("tmux not found: the first-frame time is skipped")
            }
        }
        return r
    }

    func measureProcesses(_ r: inout SizeResult) throws {
        // Load + extract + index, each run in its own process so that peak memory is its own.
        var loads: [(LoadProbe.Report, ChildProcess.Result)] = []
        for _ in 0..<runs {
            let child = try ChildProcess.run([bench, "load-probe", folder.path])
            guard child.status == 0 else { throw BenchError("load-probe failed on \(folder.path) (exit \(child.status))") }
            loads.append((try JSONDecoder().decode(LoadProbe.Report.self, from: child.stdout), child))
        }
        loads.sort { $0.0.seconds < $1.0.seconds }
        let median = loads[loads.count / 2]
        r.loadSeconds = median.0.seconds
        r.loadPhases = median.0.phases
        r.loadCores = median.1.cpuSeconds / median.1.seconds
        r.peakRSSBytes = loads.map(\.1.peakRSSBytes).max() ?? 0

        // `parley timeline --json`, end to end: analysed; analysed with the cache written; read
        // from the cache. The cache is the bench's own (never the user's).
        let env = ["XDG_CACHE_HOME": cacheHome.path]
        let timeline = [parley, "timeline", "--json", "--corpus", folder.path]
        r.timelineJSONSeconds = try medianSeconds { try ChildProcess.run(timeline + ["--no-cache"], environment: env) }
        try? FileManager.default.removeItem(at: cacheHome)
        r.cacheWriteSeconds = try medianSeconds(runs: 1) { try ChildProcess.run(timeline, environment: env) }
        r.cachedTimelineJSONSeconds = try medianSeconds { try ChildProcess.run(timeline, environment: env) }
        let corpora = cacheHome.appendingPathComponent("parley/corpora")
        r.cacheBytes =
            (try? FileManager.default.contentsOfDirectory(at: corpora, includingPropertiesForKeys: [.fileSizeKey]))?
            .compactMap { try? $0.resourceValues(forKeys: [.fileSizeKey]).fileSize }.reduce(0, +) ?? 0
    }

    /// The bench's own cache folder, beside the corpora.
    var cacheHome: URL { folder.deletingLastPathComponent().appendingPathComponent("cache") }

    /// The baseline: finding every occurrence of every name with grep.
    func measureGrep(_ r: inout SizeResult, corpus: Corpus) throws {
        let aliases = folder.deletingLastPathComponent().appendingPathComponent("aliases-\(articles).txt")
        let names = aliasList(corpus)
        try names.joined(separator: "\n").appending("\n").write(to: aliases, atomically: true, encoding: .utf8)
        let grep = "LC_ALL=C grep -r -o -F -f '\(aliases.path)' '\(folder.path)' | wc -l"
        var grepCount = 0
        r.grepSeconds = try medianSeconds {
            let child = try ChildProcess.run(["/bin/sh", "-c", grep])
            grepCount = Int(String(decoding: child.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            return child
        }
        r.grepMatches = grepCount
        r.aliasCount = names.count
    }

    func measureSearch(_ r: inout SizeResult, corpus: Corpus) {
        // Search, as the dashboard's global search runs it: actors by name, then passages.
        let queries = QueryMix.make(from: corpus, count: 240, seed: seed)
        var searchTimes: [Double] = []
        var found = 0
        for q in queries {
            let (hits, t) = Timings.time {
                corpus.search.actors(matching: q.text, limit: 10).count + corpus.search.search(q.text, limit: 100).count
            }
            searchTimes.append(t)
            if hits > 0 { found += 1 }
        }
        r.search = Timings(searchTimes)
        r.slowestQueries = zip(queries, searchTimes).sorted { $0.1 > $1.1 }.prefix(5)
            .map { String(format: "%.1f ms %@ %@", $0.1 * 1000, $0.0.kind, $0.0.text) }
        r.queries = queries.count
        r.queriesWithHits = found
    }

    func measureKeys(_ r: inout SizeResult, corpus: Corpus) {
        // One key through update + render at 200×60.
        let size = Size(width: 200, height: 60)
        var state = update(AppState(corpus: corpus, size: size), .resize(size))
        _ = render(state)
        var keyTimes: [Double] = []
        var slow: [(Double, String)] = []
        for key in KeyScriptMix.make(count: 5_000, seed: seed) {
            let before = "\(state.focus) \(state.viewer)"
            let (_, t) = Timings.time {
                if let action = KeyMap.standard.action(for: key, mode: state.mode) { state = update(state, action) }
                state = settle(state)
                _ = render(state)
            }
            keyTimes.append(t)
            slow.append((t, "\(key) in \(before) -> \(state.viewer)"))
        }
        r.key = Timings(keyTimes)
        r.slowestKeys = slow.sorted { $0.0 > $1.0 }.prefix(Int(ProcessInfo.processInfo.environment["PARLEY_BENCH_SLOWEST"] ?? "") ?? 5).map
        { String(format: "%.1f ms ", $0.0 * 1000) + $0.1 }
    }

    /// What the dashboard's loop does once no key is waiting: run work it deferred.
    func settle(_ state: AppState) -> AppState {
        state.needsSearch ? update(state, .refreshSearch) : state
    }

    func medianSeconds(runs: Int? = nil, _ body: () throws -> ChildProcess.Result) throws -> Double {
        var times: [Double] = []
        for _ in 0..<(runs ?? self.runs) {
            let r = try body()
            times.append(r.seconds)
        }
        return Timings(times).median
    }

    func corpusBytes() -> Int {
        var total = 0
        let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
        while let url = e?.nextObject() as? URL {
            guard ["txt", "md"].contains(url.pathExtension) else { continue }
            total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        }
        return total
    }

    /// Every name Parley looks for: each gazetteer entry's name, aliases, demonyms, capital and
    /// metonyms, and each discovered person's names.
    func aliasList(_ corpus: Corpus) -> [String] {
        var names = Set<String>()
        for a in corpus.actors.actors {
            names.insert(a.name)
            names.formUnion(a.aliases)
            names.formUnion(a.otherNames)
        }
        for e in Gazetteer.world().entries {
            names.insert(e.name)
            names.formUnion(e.aliases + e.demonyms + e.metonyms + (e.capital.map { [$0] } ?? []))
        }
        return names.filter { !$0.isEmpty && !$0.contains("\n") }.sorted()
    }
}
