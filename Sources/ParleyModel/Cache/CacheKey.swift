import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a cached corpus was made from, in four parts compared byte for byte: the build of
/// Parley (its executable and resource files, by size and modification time, and the cache's
/// format), the corpus folder, the gazetteer layers in use (the folder's `actors.yaml` and
/// `catalog.yaml` and every `--actors` file, by path, size and modification time), and every
/// article's path, size and modification time (to the nanosecond), with the listing's warnings.
///
/// An article edited, added, removed or touched changes it; so does a rebuilt Parley.
struct CacheKey: Equatable {
    var build: [UInt8]
    var folder: [UInt8]
    var layers: [UInt8]
    var files: [UInt8]

    /// Which part differs from another key: why a cache is not used.
    func difference(from other: CacheKey) -> String? {
        if build != other.build { return "it was made by another build of Parley" }
        if folder != other.folder { return "it was made for another folder" }
        if layers != other.layers { return "the gazetteer layers or the catalog changed since" }
        if files != other.files { return "articles were added, removed or changed since" }
        return nil
    }

    /// The key of a folder as it is now (one stat per article, on all cores).
    static func current(folder root: URL, actorsFiles: [URL]) -> CacheKey {
        var key = head(folder: root, actorsFiles: actorsFiles)
        key.files = files(folder: root)
        return key
    }

    /// The parts that cost a few stats: build, folder and layers (no files).
    static func head(folder root: URL, actorsFiles: [URL]) -> CacheKey {
        var build = CacheWriter()
        build.u32(CorpusCache.formatVersion)
        for path in buildFiles { stamp(path, &build) }
        var folder = CacheWriter()
        // As the cache file's name has it, so a folder reached through a link is one folder.
        folder.string(root.resolvingSymlinksInPath().path)
        var layers = CacheWriter()
        for name in ["actors.yaml", "catalog.yaml"] { stamp(root.appendingPathComponent(name).path, &layers) }
        for url in actorsFiles { stamp(url.standardizedFileURL.path, &layers) }
        return CacheKey(build: build.bytes, folder: folder.bytes, layers: layers.bytes, files: [])
    }

    /// The part that costs a stat per article: every article's path, size and modification
    /// time, and the listing's warnings.
    static func files(folder root: URL) -> [UInt8] {
        var warnings: [LoadWarning] = []
        let listed = CorpusLoader.listArticles(in: root, warnings: &warnings)
        let stats = concurrentMap(listed.map(\.path)) { Stamp(path: $0) }
        var files = CacheWriter(capacity: listed.count * 48)
        for (file, s) in zip(listed, stats) {
            files.string(file.relative)
            s.write(&files)
        }
        files.strings(warnings.map(\.description))
        return files.bytes
    }

    /// A file's size, modification and status-change times, device and inode (all zero where
    /// there is none): a copy that keeps the modification time (`cp -p`, `rsync -a`, `tar x`)
    /// still changes the status-change time or the inode, and so does `chmod`.
    struct Stamp {
        var size: Int64 = -1
        var fields: [Int64] = []

        init(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return }
            size = Int64(info.st_size)
            #if canImport(Darwin)
                fields = [
                    Int64(info.st_mtimespec.tv_sec), Int64(info.st_mtimespec.tv_nsec), Int64(info.st_ctimespec.tv_sec),
                    Int64(info.st_ctimespec.tv_nsec), Int64(info.st_dev), Int64(info.st_ino),
                ]
            #else
                fields = [
                    Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec), Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec),
                    Int64(info.st_dev), Int64(bitPattern: UInt64(info.st_ino)),
                ]
            #endif
        }

        func write(_ w: inout CacheWriter) {
            w.int(Int(size))
            w.int(fields.count)
            for f in fields { w.int(Int(f)) }
        }
    }

    private static func stamp(_ path: String, _ w: inout CacheWriter) {
        w.string(path)
        Stamp(path: path).write(&w)
    }

    /// The running executable and every file of the model's resources: what a new build changes.
    static let buildFiles: [String] = {
        var paths: [String] = []
        if let exe = Bundle.main.executablePath { paths.append(exe) }
        if let resources = Bundle.module.resourcePath,
            let walker = FileManager.default.enumerator(atPath: resources)
        {
            var found: [String] = []
            while let name = walker.nextObject() as? String { found.append(resources + "/" + name) }
            paths += found.sorted()
        }
        return paths
    }()
}
