/// The figures for one corpus size.
struct SizeResult: Codable {
    var articles: Int
    var corpusBytes: Int
    var documents = 0
    var actors = 0
    var rounds = 0
    /// Load + extract + index, median of the runs.
    var loadSeconds = 0.0
    var loadPhases: [String: Double] = [:]
    /// CPU seconds per wall second during the load: 2 means both cores busy all along.
    var loadCores = 0.0
    var peakRSSBytes = 0
    /// `timeline --json --no-cache`: the analysis, end to end.
    var timelineJSONSeconds = 0.0
    /// `timeline --json` with no cache yet: the analysis and the cache written.
    var cacheWriteSeconds = 0.0
    /// `timeline --json` again: the model read from the cache.
    var cachedTimelineJSONSeconds = 0.0
    /// The cache file's size.
    var cacheBytes = 0
    var grepSeconds = 0.0
    var grepMatches = 0
    var aliasCount = 0
    var search = Timings([])
    var queries = 0
    var queriesWithHits = 0
    /// The five slowest queries, with their times: where search time goes.
    var slowestQueries: [String] = []
    var key = Timings([])
    /// The five slowest keys, with what was shown before and after.
    var slowestKeys: [String] = []
    var firstFrameSeconds: Double?
    /// The first frame of a second open (from the cache).
    var cachedFirstFrameSeconds: Double?

    var megabytes: Double { Double(corpusBytes) / 1_000_000 }
    var loadMBPerSecond: Double { loadSeconds > 0 ? megabytes / loadSeconds : 0 }
    var rssPerCorpusByte: Double { corpusBytes > 0 ? Double(peakRSSBytes) / Double(corpusBytes) : 0 }
    var ratioToGrep: Double { grepSeconds > 0 ? loadSeconds / grepSeconds : 0 }
}
