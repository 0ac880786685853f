/// A pane's rows: some built up front, others made on demand. A concordance of thirty
/// thousand mentions, or a round with thousands of sentences of evidence, then costs only the
/// rows on screen, so moving through the lists, which preview each item, stays quick.
public struct PaneLines: RandomAccessCollection, Sendable {
    private enum Segment: Sendable {
        case built([PaneLine])
        case lazy(count: Int, make: @Sendable (Int) -> PaneLine)

        var count: Int {
            switch self {
            case .built(let lines): lines.count
            case .lazy(let count, _): count
            }
        }
    }

    private var segments: [Segment] = []
    /// Index of the first row of each segment.
    private var starts: [Int] = []
    public private(set) var endIndex = 0

    /// Rows built already.
    public init(_ lines: [PaneLine] = []) { append(lines) }

    /// `built` rows, then `count` rows made by `make(0..<count)` when they are read.
    public init(_ built: [PaneLine], then count: Int, make: @escaping @Sendable (Int) -> PaneLine) {
        append(built)
        append(count: count, make: make)
    }

    public mutating func append(_ lines: [PaneLine]) {
        guard !lines.isEmpty else { return }
        if case .built(let last)? = segments.last {
            segments[segments.count - 1] = .built(last + lines)
        } else {
            starts.append(endIndex)
            segments.append(.built(lines))
        }
        endIndex += lines.count
    }

    public mutating func append(_ line: PaneLine) { append([line]) }

    /// Appends `count` rows made by `make(0..<count)` when they are read.
    public mutating func append(count: Int, make: @escaping @Sendable (Int) -> PaneLine) {
        guard count > 0 else { return }
        starts.append(endIndex)
        segments.append(.lazy(count: count, make: make))
        endIndex += count
    }

    public var startIndex: Int { 0 }

    public subscript(i: Int) -> PaneLine {
        var lo = 0
        var hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= i { lo = mid } else { hi = mid - 1 }
        }
        switch segments[lo] {
        case .built(let lines): return lines[i - starts[lo]]
        case .lazy(_, let make): return make(i - starts[lo])
        }
    }
}
