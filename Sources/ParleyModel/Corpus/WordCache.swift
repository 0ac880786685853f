#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A per-thread cache in front of the `Lexicon` for short folded words (up to 16 bytes).
///
/// Most words of a text are ones the same thread numbered a moment ago ("the", "talks",
/// "Astana"); a hit costs a multiply and one comparison, where the lexicon takes a shard's
/// lock and probes its table. Entries never go stale: a word's number never changes.
struct WordCache {
    /// A folded word packed into two little-endian integers, its length, and its number.
    /// An all-zero entry is empty: no word has length 0.
    private struct Entry {
        var low: UInt64
        var high: UInt64
        var length: UInt32
        var word: UInt32
    }

    static let maxLength = 16
    private static let bits = 12
    private let entries: UnsafeMutablePointer<Entry>

    /// The calling thread's cache, made on its first use and freed when the thread ends.
    static func forCurrentThread() -> WordCache {
        if let existing = pthread_getspecific(key) {
            return WordCache(entries: existing.assumingMemoryBound(to: Entry.self))
        }
        let entries = UnsafeMutablePointer<Entry>.allocate(capacity: 1 << bits)
        entries.initialize(repeating: Entry(low: 0, high: 0, length: 0, word: 0), count: 1 << bits)
        pthread_setspecific(key, entries)
        return WordCache(entries: entries)
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { $0?.deallocate() }
        return key
    }()

    /// The number of a folded word given packed (`low` holds bytes 0-7, `high` bytes 8-15,
    /// unused bytes zero), from the cache or else the lexicon.
    @inline(__always)
    func word(low: UInt64, high: UInt64, length: Int) -> Word {
        let h = (low &* 0x9E37_79B9_7F4A_7C15) ^ ((high &+ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F)
        let slot = entries + Int(truncatingIfNeeded: h >> UInt64(64 - Self.bits))
        if slot.pointee.low == low, slot.pointee.high == high, slot.pointee.length == UInt32(length) {
            return Word(rawValue: slot.pointee.word)
        }
        let word = withUnsafeBytes(of: (low, high)) { raw in
            Lexicon.shared.intern(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: length))
        }
        slot.pointee = Entry(low: low, high: high, length: UInt32(length), word: word.rawValue)
        return word
    }
}
