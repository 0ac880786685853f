/// How far loading a corpus has come, for progress indicators and the benchmark's phase timings.
public enum LoadProgress: Sendable, Equatable {
    /// Files read, decoded and segmented so far, of all the articles found.
    case reading(done: Int, total: Int)
    /// One analysis step has begun.
    case analysing(Phase)
    /// Everything is built.
    case finished

    /// The analysis steps after reading, in order.
    public enum Phase: String, Sendable, CaseIterable {
        case actors, rounds, timeline, search
    }

    /// A short phrase for a status line: "Reading 3,200 of 10,000 articles", "Finding actors".
    public var label: String {
        switch self {
        // Before the files are counted there is nothing to count against: no "0 of 0".
        case .reading(_, let total) where total == 0: "Reading articles"
        case .reading(let done, let total): "Reading \(done.thousandsGrouped()) of \(total.thousandsGrouped()) articles"
        case .analysing(.actors): "Finding actors"
        case .analysing(.rounds): "Finding rounds"
        case .analysing(.timeline): "Building the timeline"
        case .analysing(.search): "Indexing for search"
        case .finished: "Ready"
        }
    }

    /// From 0 to 1: reading counts for most of the way, each analysis step for a share after it.
    public var fraction: Double {
        switch self {
        case .reading(let done, let total): total == 0 ? 0 : 0.4 * Double(done) / Double(total)
        case .analysing(.actors): 0.4
        case .analysing(.rounds): 0.75
        case .analysing(.timeline): 0.85
        case .analysing(.search): 0.9
        case .finished: 1
        }
    }
}

extension Int {
    /// Digits grouped by thousands with commas, whatever the locale ("10,000"): the one way
    /// Parley writes a count.
    public func thousandsGrouped() -> String {
        let digits = String(magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (self < 0 ? "-" : "") + out
    }
}
