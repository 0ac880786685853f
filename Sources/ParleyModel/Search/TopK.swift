/// The best few of many items without sorting them all: a bounded heap over indices.
enum TopK {
    /// Indices `0..<count`, the `limit` best by `better`, best first.
    static func select(count: Int, limit: Int, by better: (Int, Int) -> Bool) -> [Int] {
        guard limit > 0, count > 0 else { return [] }
        if count <= limit { return (0..<count).sorted(by: better) }
        // A heap whose root is the worst of the kept items.
        var heap: [Int] = []
        heap.reserveCapacity(limit)
        func worse(_ a: Int, _ b: Int) -> Bool { better(b, a) }
        func siftUp(_ i: Int) {
            var i = i
            while i > 0 {
                let parent = (i - 1) / 2
                guard worse(heap[i], heap[parent]) else { return }
                heap.swapAt(i, parent)
                i = parent
            }
        }
        func siftDown(_ i: Int) {
            var i = i
            while true {
                let l = 2 * i + 1
                let r = l + 1
                var worst = i
                if l < heap.count, worse(heap[l], heap[worst]) { worst = l }
                if r < heap.count, worse(heap[r], heap[worst]) { worst = r }
                guard worst != i else { return }
                heap.swapAt(i, worst)
                i = worst
            }
        }
        for i in 0..<count {
            if heap.count < limit {
                heap.append(i)
                siftUp(heap.count - 1)
            } else if better(i, heap[0]) {
                heap[0] = i
                siftDown(0)
            }
        }
        return heap.sorted(by: better)
    }
}
