import Foundation

/// Durations in seconds with the summaries the benchmark reports.
struct Timings: Codable {
    var samples: [Double]

    init(_ samples: [Double]) { self.samples = samples.sorted() }

    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }
    var max: Double { samples.last ?? 0 }

    /// Nearest-rank percentile.
    func percentile(_ p: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(samples.count)).rounded(.up))
        return samples[Swift.max(0, Swift.min(samples.count - 1, rank - 1))]
    }

    /// Seconds since an arbitrary start, from a monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `body` and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, now() - start)
    }

    enum CodingKeys: String, CodingKey { case medianMs, p99Ms, maxMs, count }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(median * 1000, forKey: .medianMs)
        try c.encode(p99 * 1000, forKey: .p99Ms)
        try c.encode(max * 1000, forKey: .maxMs)
        try c.encode(samples.count, forKey: .count)
    }

    init(from decoder: Decoder) throws { samples = [] }
}
