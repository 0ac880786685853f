import Dispatch
import Foundation

/// A pane's rows: some built up front, others made on demand. A concordance of thirty
/// thousand mentions, or a round with thousands of sentences of evidence, then costs only the
/// rows on screen, so moving through the lists, which preview each item, stays quick. A row
/// made is kept (copies share them), since `update` and `render` both read the rows on screen
/// at every key.
public struct PaneLines: RandomAccessCollection, Sendable {
    private enum Segment: Sendable {
        case built([PaneLine])
        case lazy(count: Int, make: @Sendable (Int) -> PaneLine, made: MadeRows)

        var count: Int {
            switch self {
            case .built(let lines): lines.count
            case .lazy(let count, _, _): count
            }
        }
    }

    /// The rows of a lazy segment made so far.
    private final class MadeRows: @unchecked Sendable {
        private let lock = NSLock()
        private var rows: [Int: PaneLine] = [:]

        func row(_ i: Int, make: (Int) -> PaneLine) -> PaneLine {
            if let row = lock.withLock({ rows[i] }) { return row }
            let row = make(i)
            lock.withLock { rows[i] = row }
            return row
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
        segments.append(.lazy(count: count, make: make, made: MadeRows()))
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
        case .lazy(_, let make, let made): return made.row(i - starts[lo], make: make)
        }
    }

    /// Every row's text. Rows made on demand are made on all cores, in chunks: searching a
    /// pane reads every row, and an actor can have tens of thousands of mentions.
    public func texts() -> [String] {
        var out = [String](repeating: "", count: endIndex)
        out.withUnsafeMutableBufferPointer { buffer in
            // Each chunk writes only its own rows.
            nonisolated(unsafe) let rows = buffer
            for (k, segment) in segments.enumerated() {
                let start = starts[k]
                switch segment {
                case .built(let lines):
                    for (i, line) in lines.enumerated() { rows[start + i] = line.text }
                case .lazy(let count, let make, _):
                    let chunk = 256
                    DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
                        for i in (c * chunk)..<Swift.min(count, (c + 1) * chunk) { rows[start + i] = make(i).text }
                    }
                }
            }
        }
        return out
    }
}
