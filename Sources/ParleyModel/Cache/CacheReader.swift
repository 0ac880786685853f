/// Reads what `CacheWriter` wrote, checking every length against the bytes left: a cache cut
/// short or written by something else throws `CacheReader.Malformed`, never reads past its end.
struct CacheReader {
    struct Malformed: Error, CustomStringConvertible {
        var what: String
        var description: String { what }
    }

    private let base: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        base = bytes
        self.offset = offset
    }

    var remaining: Int { base.count - offset }

    private mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= remaining else { throw Malformed(what: "ends early (wanted \(n) bytes at \(offset) of \(base.count))") }
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: base[offset..<(offset + n)])
    }

    mutating func u64() throws -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }

    mutating func u32() throws -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }

    mutating func int() throws -> Int { Int(Int64(bitPattern: try u64())) }

    mutating func i32() throws -> Int { Int(Int32(bitPattern: try u32())) }

    mutating func bool() throws -> Bool {
        switch try take(1)[0] {
        case 0: return false
        case 1: return true
        case let b: throw Malformed(what: "a truth value of \(b) at \(offset - 1)")
        }
    }

    mutating func double() throws -> Double { Double(bitPattern: try u64()) }

    mutating func string() throws -> String {
        let n = Int(try u32())
        return String(decoding: try take(n), as: UTF8.self)
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func optionalString() throws -> String? { try optional { try $0.string() } }

    mutating func optionalInt() throws -> Int? { try optional { try $0.int() } }

    /// A count of elements of at least `minimumBytes` each, checked against the bytes left.
    mutating func count(minimumBytes: Int = 1) throws -> Int {
        let n = try int()
        guard n >= 0, n <= remaining / max(1, minimumBytes) else { throw Malformed(what: "a count of \(n) at \(offset - 8)") }
        return n
    }

    mutating func array<T>(minimumBytes: Int = 1, _ read: (inout CacheReader) throws -> T) throws -> [T] {
        let n = try count(minimumBytes: minimumBytes)
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    mutating func strings() throws -> [String] { try array(minimumBytes: 4) { try $0.string() } }

    mutating func plain<T>(_ type: T.Type) throws -> [T] {
        precondition(_isPOD(T.self), "\(T.self) is not a plain value")
        let n = try count(minimumBytes: MemoryLayout<T>.stride)
        let raw = try take(n * MemoryLayout<T>.stride)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            initialized = n
        }
    }

    mutating func raw<E: RawRepresentable>(_ type: E.Type) throws -> E where E.RawValue == String {
        let s = try string()
        guard let e = E(rawValue: s) else { throw Malformed(what: "no \(E.self) is called '\(s)'") }
        return e
    }

    mutating func skip(_ n: Int) throws { _ = try take(n) }

    /// A reader of `range` of these bytes alone (a section, an item), checked to lie inside them.
    func reader(over range: Range<Int>) throws -> CacheReader {
        guard range.lowerBound >= 0, range.upperBound <= base.count else { throw Malformed(what: "a part \(range) past the end") }
        return CacheReader(UnsafeRawBufferPointer(rebasing: base[range]))
    }

    /// Where each of `n` items written one after another lies, found by `skipItem` (which
    /// reads past one item): so that they can be read on all cores.
    mutating func ranges(of n: Int, _ skipItem: (inout CacheReader) throws -> Void) throws -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            let start = offset
            try skipItem(&self)
            out.append(start..<offset)
        }
        return out
    }

    /// Reads items at `ranges` on all cores, in order (`read` is given each item's number);
    /// the first that fails fails all.
    func parallel<T>(_ ranges: [Range<Int>], _ read: @escaping (inout CacheReader, Int) throws -> T) throws -> [T] {
        let me = UnsafeSendable(self)
        let results = concurrentMap(Array(ranges.indices)) { k -> Result<T, Error> in
            Result {
                var r = try me.value.reader(over: ranges[k])
                let item = try read(&r, k)
                try r.check(r.remaining == 0, "\(r.remaining) bytes left in an item")
                return item
            }
        }
        return try results.map { try $0.get() }
    }

    /// Throws unless `condition` holds: a value out of the range the model allows.
    func check(_ condition: Bool, _ what: @autoclosure () -> String) throws {
        if !condition { throw Malformed(what: what()) }
    }
}
