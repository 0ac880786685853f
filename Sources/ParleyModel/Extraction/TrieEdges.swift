/// The edges of `ActorMatcher`'s trie: (node, word) -> next node, in one open-addressed table.
///
/// Every token that can start a name is looked up here, and most look-ups miss; a Swift
/// `Dictionary` seeds and runs SipHash for each, which was most of the matcher's time.
struct TrieEdges: Sendable {
    /// Keys are `node << 32 | word`; node numbers start at 1, so 0 marks an empty slot.
    private var keys: [UInt64] = Array(repeating: 0, count: 64)
    private var values: [Int32] = Array(repeating: 0, count: 64)
    private var count = 0

    @inline(__always)
    private static func key(_ node: Int32, _ word: Word) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(word.rawValue)
    }

    @inline(__always)
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        // Fibonacci hashing: the high bits of the product mix node and word.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The node reached from `node` by `word`, if the trie has that edge.
    @inline(__always)
    func next(_ node: Int32, _ word: Word) -> Int32? {
        let k = Self.key(node, word)
        let mask = keys.count - 1
        var i = Self.slot(k, mask: mask)
        while true {
            let stored = keys[i]
            if stored == k { return values[i] }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ node: Int32, _ word: Word, next: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.key(node, word)
        let mask = keys.count - 1
        var i = Self.slot(k, mask: mask)
        while keys[i] != 0, keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = k
        values[i] = next
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            var i = Self.slot(k, mask: mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }
}
