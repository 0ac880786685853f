/// Writes the binary form of the corpus cache: little-endian integers, strings as a length and
/// their UTF-8 bytes, arrays as a count and their elements, and arrays of plain values
/// (offsets, counts) as their memory, copied whole.
///
/// With a sink, the bytes are handed to it in blocks as they are written (a large corpus's
/// cache runs to hundreds of megabytes, which would otherwise be held whole in memory); each
/// block but the last is a multiple of `CacheChecksum.block` long.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []
    private let sink: ((UnsafeRawBufferPointer) -> Void)?
    /// Bytes handed to the sink so far.
    private(set) var flushed = 0
    private static let blockSize = 8 << 20

    /// Bytes written so far, handed on or not.
    var position: Int { flushed + bytes.count }

    init(capacity: Int = 1 << 20, sink: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.sink = sink
        bytes.reserveCapacity(sink == nil ? capacity : Self.blockSize + (1 << 20))
    }

    /// Hands the whole blocks written so far to the sink.
    private mutating func spill() {
        guard let sink, bytes.count >= Self.blockSize else { return }
        let n = bytes.count - bytes.count % CacheChecksum.block
        bytes.withUnsafeBytes { sink(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        bytes.removeFirst(n)
        flushed += n
    }

    /// Hands everything left to the sink.
    mutating func finish() {
        guard let sink else { return }
        bytes.withUnsafeBytes { sink($0) }
        flushed += bytes.count
        bytes.removeAll()
    }

    mutating func int(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }

    mutating func u64(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
        spill()
    }

    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func i32(_ v: Int) { u32(UInt32(bitPattern: Int32(truncatingIfNeeded: v))) }

    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    mutating func double(_ v: Double) { u64(v.bitPattern) }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            u32(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
        spill()
    }

    mutating func optional<T>(_ v: T?, _ write: (inout CacheWriter, T) -> Void) {
        bool(v != nil)
        if let v { write(&self, v) }
    }

    mutating func optionalString(_ s: String?) { optional(s) { $0.string($1) } }

    mutating func optionalInt(_ v: Int?) { optional(v) { $0.int($1) } }

    mutating func array<T>(_ a: [T], _ write: (inout CacheWriter, T) -> Void) {
        int(a.count)
        for x in a { write(&self, x) }
    }

    mutating func strings(_ a: [String]) { array(a) { $0.string($1) } }

    /// An array of plain values (no references), as its memory: read back only by the same
    /// build of Parley (the cache's key names the build).
    mutating func plain<T>(_ a: [T]) {
        precondition(_isPOD(T.self), "\(T.self) is not a plain value")
        int(a.count)
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
        spill()
    }

    /// Plain values written as the parts of one array (`plain` of their concatenation, without
    /// making it): the total count first, then each part's memory.
    mutating func plain<T>(parts: [ArraySlice<T>]) {
        precondition(_isPOD(T.self), "\(T.self) is not a plain value")
        int(parts.reduce(0) { $0 + $1.count })
        for p in parts {
            p.withUnsafeBytes { bytes.append(contentsOf: $0) }
            spill()
        }
    }

    /// A raw-valued enum's raw value.
    mutating func raw<E: RawRepresentable>(_ e: E) where E.RawValue == String { string(e.rawValue) }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
        spill()
    }
}
