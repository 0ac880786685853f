import Foundation

// Work on all cores for the analysis, in one place: the stages say what they do, and these
// helpers how it is shared out. Each hands its closures data that only one iteration writes.

/// Maps over an array on all cores, keeping order.
func concurrentMap<T, R>(_ items: [T], _ transform: @escaping (T) -> R) -> [R] {
    var results = [R?](repeating: nil, count: items.count)
    // Each iteration writes only its own slot, and the inputs are only read.
    let input = UnsafeSendable((items, transform))
    results.withUnsafeMutableBufferPointer { buffer in
        let out = UnsafeSendable(buffer)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in out.value[i] = input.value.1(input.value.0[i]) }
    }
    return results.map { $0! }
}

/// Runs two pieces of work that share nothing side by side and returns both results.
func sideBySide<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    let a = Slot<A>()
    let b = Slot<B>()
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let work = UnsafeSendable((first, second))
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 { a.value = work.value.0() } else { b.value = work.value.1() }
            }
        }
    }
    return (a.value!, b.value!)
}

/// Updates the elements of an array on all cores, each shard (`index % shards`) on one
/// thread, so that `body` may write the elements of its own shard and no other.
///
/// For merges where the order of the inputs matters per element ("the first article to say
/// something wins"): each shard reads every input in order and keeps its own elements.
func shardedUpdate<T>(_ array: inout [T], _ body: (_ shard: Int, _ shards: Int, _ elements: UnsafeMutableBufferPointer<T>) -> Void) {
    let shards = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    array.withUnsafeMutableBufferPointer { buffer in
        withoutActuallyEscaping(body) { body in
            let work = UnsafeSendable((buffer, body))
            DispatchQueue.concurrentPerform(iterations: shards) { shard in work.value.1(shard, shards, work.value.0) }
        }
    }
}

/// Hands a value to concurrent work whose writes never overlap (one slot per iteration).
struct UnsafeSendable<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// One value written by one item of concurrent work and read after it has finished.
final class Slot<T>: @unchecked Sendable {
    var value: T?
}

/// A thread-safe count of finished items, for progress reports.
final class Counter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        n += 1
        return n
    }
}
