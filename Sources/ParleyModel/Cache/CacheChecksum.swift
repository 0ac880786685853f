/// A 64-bit checksum of the cache's bytes: four independent multiply-and-rotate lanes over
/// 8-byte words (fast enough that checking a cache of a gigabyte costs a fraction of a second),
/// folded together at the end. It tells a file cut short or damaged from the one written; it
/// is no defence against a file forged on purpose, which the reader's bounds checks refuse.
struct CacheChecksum {
    /// Every block but the last handed to `update` is a multiple of this many bytes.
    static let block = 32

    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
        0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x27D4_EB2F_1656_67C5
    )
    private var length: UInt64 = 0
    private var tail: UInt64 = 0

    private static let prime: UInt64 = 0x100_0000_01B3

    @inline(__always)
    private static func mix(_ h: UInt64, _ w: UInt64) -> UInt64 {
        let x = (h ^ w) &* prime
        return (x << 31) | (x >> 33)
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let whole = bytes.count / Self.block
        var (a, b, c, d) = lanes
        for k in 0..<whole {
            let o = k * Self.block
            a = Self.mix(a, bytes.loadUnaligned(fromByteOffset: o, as: UInt64.self))
            b = Self.mix(b, bytes.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self))
            c = Self.mix(c, bytes.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self))
            d = Self.mix(d, bytes.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self))
        }
        // The bytes after the last whole block (only in the last update).
        for i in (whole * Self.block)..<bytes.count { tail = Self.mix(tail, UInt64(bytes[i]) | (length &+ UInt64(i)) << 8) }
        lanes = (a, b, c, d)
        length &+= UInt64(bytes.count)
    }

    var value: UInt64 {
        let (a, b, c, d) = lanes
        return Self.mix(Self.mix(Self.mix(Self.mix(Self.mix(a, b), c), d), tail), length)
    }
}
