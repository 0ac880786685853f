#if canImport(Glibc)
    import Glibc
#endif

/// Hands memory the process has freed back to the system.
///
/// Analysis frees large things between phases (a whole corpus's tokens, the extraction's
/// matches), mostly in small blocks inside the allocator's arenas, where they would stay
/// resident; the next phase then asks the system for fresh pages. Returning the freed pages
/// at those points keeps the peak of a large load down. A no-op where glibc's `malloc_trim`
/// is not available.
enum FreedMemory {
    static func release() {
        _ = trim?(0)
    }

    /// `malloc_trim`, looked up at run time: the C library module does not export
    /// `<malloc.h>`, and other C libraries do not have it.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
            guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
            return nil
        #endif
    }()
}
