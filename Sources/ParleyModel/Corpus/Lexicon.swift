import Synchronization

/// The process's table of folded words: each distinct word gets one `Word` number, so that
/// tokens store 4 bytes instead of a string, and matching, search and the lexicons compare
/// and index integers instead of hashing strings.
///
/// Documents are tokenised on all cores at once, so interning is thread-safe: the table is
/// split into shards by a hash of the bytes, each behind its own lock, and threads rarely
/// meet. Reading a word's text takes no lock: a text is written before its number is handed
/// out, and never moved (chunks are allocated once and never freed; the table lives as long
/// as the process, like the words of every corpus it loads).
public final class Lexicon: @unchecked Sendable {
    public static let shared = Lexicon()

    static let shardBits = 6
    static let shardCount = 1 << shardBits
    static let chunkBits = 12
    static let chunkSize = 1 << chunkBits
    static let chunksPerShard = 4096

    private struct Slot {
        var hash: UInt32
        /// Local index + 1; 0 marks an empty slot.
        var local: UInt32
    }

    /// One shard's lookup table: open addressing over hashes, and the bytes of its words.
    private struct ShardTable {
        var slots: [Slot] = Array(repeating: Slot(hash: 0, local: 0), count: 256)
        var offsets: [UInt32] = [0]
        var bytes: [UInt8] = []
        var count: Int { offsets.count - 1 }
    }

    /// A shard's lock and table (a class, because arrays cannot hold a `Mutex`).
    private final class Shard: Sendable {
        let table = Mutex(ShardTable())
    }

    private let shards: [Shard]
    /// Per shard, a fixed array of chunk pointers; each chunk holds `chunkSize` texts.
    private let texts: UnsafeMutablePointer<UnsafeMutablePointer<String>?>
    /// Highest local index handed out in any shard, plus one (grows only).
    private let localBound = Atomic<Int>(0)

    init() {
        shards = (0..<Self.shardCount).map { _ in Shard() }
        let n = Self.shardCount * Self.chunksPerShard
        texts = .allocate(capacity: n)
        texts.initialize(repeating: nil, count: n)
    }

    /// The number of a folded word, made on first sight. `bytes` must be valid UTF-8.
    public func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Word {
        let h = Self.hash(bytes)
        let shard = Int(h) & (Self.shardCount - 1)
        let local: Int = shards[shard].table.withLock { table in
            let (i, found) = Self.probe(table, hash: h, bytes: bytes)
            if let found { return found }
            let k = table.count
            precondition(k < Self.chunkSize * Self.chunksPerShard, "more distinct words than the lexicon holds")
            table.bytes.append(contentsOf: bytes)
            table.offsets.append(UInt32(table.bytes.count))
            // The text is stored before the number leaves the lock, so lock-free readers see it.
            let chunkSlot = shard * Self.chunksPerShard + (k >> Self.chunkBits)
            if texts[chunkSlot] == nil {
                let chunk = UnsafeMutablePointer<String>.allocate(capacity: Self.chunkSize)
                texts[chunkSlot] = chunk
            }
            (texts[chunkSlot]! + (k & (Self.chunkSize - 1))).initialize(to: String(decoding: bytes, as: UTF8.self))
            table.slots[i] = Slot(hash: h, local: UInt32(k + 1))
            if table.count * 2 > table.slots.count { Self.grow(&table) }
            return k
        }
        localBound.max(local + 1)
        return Word(rawValue: UInt32(local << Self.shardBits | shard))
    }

    /// The number of a folded word, made on first sight.
    public func intern(_ folded: String) -> Word {
        var s = folded
        return s.withUTF8 { intern($0) }
    }

    /// The number of a folded word if any text has used it; nil otherwise (a search for a
    /// word no document has cannot match, and should not grow the table).
    public func existing(_ folded: String) -> Word? {
        var s = folded
        return s.withUTF8 { bytes in
            let h = Self.hash(bytes)
            let shard = Int(h) & (Self.shardCount - 1)
            let local: Int? = shards[shard].table.withLock { table in Self.probe(table, hash: h, bytes: bytes).local }
            return local.map { Word(rawValue: UInt32($0 << Self.shardBits | shard)) }
        }
    }

    /// The folded text of a word.
    public func text(_ word: Word) -> String {
        let raw = Int(word.rawValue)
        return text(shard: raw & (Self.shardCount - 1), local: raw >> Self.shardBits)
    }

    private func text(shard: Int, local: Int) -> String {
        texts[shard * Self.chunksPerShard + (local >> Self.chunkBits)]![local & (Self.chunkSize - 1)]
    }

    /// One more than the largest word number handed out so far: the size of a table indexed
    /// by word. It only grows.
    public var bound: Int { localBound.load(ordering: .relaxed) << Self.shardBits }

    /// Where a word is in a shard's table: its slot and local index, or the empty slot where
    /// it would go.
    private static func probe(_ table: borrowing ShardTable, hash h: UInt32, bytes: UnsafeBufferPointer<UInt8>) -> (slot: Int, local: Int?)
    {
        let mask = table.slots.count - 1
        var i = Int(h >> UInt32(shardBits)) & mask
        while true {
            let slot = table.slots[i]
            if slot.local == 0 { return (i, nil) }
            if slot.hash == h {
                let k = Int(slot.local - 1)
                let lo = Int(table.offsets[k])
                let hi = Int(table.offsets[k + 1])
                if hi - lo == bytes.count,
                    table.bytes.withUnsafeBufferPointer({ stored in
                        memcmpEqual(stored.baseAddress.map { $0 + lo }, bytes.baseAddress, bytes.count)
                    })
                {
                    return (i, k)
                }
            }
            i = (i + 1) & mask
        }
    }

    private static func grow(_ table: inout ShardTable) {
        var slots = Array(repeating: Slot(hash: 0, local: 0), count: table.slots.count * 2)
        let mask = slots.count - 1
        for slot in table.slots where slot.local != 0 {
            var i = Int(slot.hash >> UInt32(shardBits)) & mask
            while slots[i].local != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
        table.slots = slots
    }

    /// FNV-1a: words are short, so a byte-at-a-time hash beats setting up a SipHash.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ n: Int) -> Bool {
    guard let a, let b else { return n == 0 }
    for k in 0..<n where a[k] != b[k] { return false }
    return true
}

extension Atomic where Value == Int {
    fileprivate func max(_ value: Int) {
        var current = load(ordering: .relaxed)
        while current < value {
            let (exchanged, original) = compareExchange(expected: current, desired: value, ordering: .relaxed)
            if exchanged { return }
            current = original
        }
    }
}
