import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The analysed model of a corpus folder kept between runs, so that a second open of an
/// unchanged folder reads it instead of analysing every article again: one file per folder
/// under `$XDG_CACHE_HOME/parley/corpora/` (else `~/.cache/…`), never in the folder.
///
/// A cache is used only when its key (`CacheKey`: this build of Parley, the folder, its
/// gazetteer layers, every article's path, size and modification time) is the folder's now
/// and its checksum and every bound hold; otherwise the folder is analysed again, with one
/// warning saying why, and the cache written anew. Written to a temporary file and renamed
/// over the old one, so a reader sees the old cache or the new, never half of one.
public struct CorpusCache: Sendable {
    /// The cache's file format; a change to how the model is written changes it.
    static let formatVersion: UInt32 = 1
    /// The file's first bytes: the count of the magic's bytes (8 bytes), then the magic.
    private static let magic: [UInt8] = {
        var w = CacheWriter()
        w.plain(Array("PARLEY-CORPUS-CACHE\n".utf8))
        return w.bytes
    }()

    /// The cache file of one folder.
    public let file: URL

    public init(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        file = PerCorpusFile(folder: folder, kind: "corpora", home: .cache, extension: "cache", environment: environment).file
    }

    /// What became of a cache when a corpus was loaded.
    public enum Outcome: Sendable, Equatable {
        /// The corpus was read from the cache.
        case used
        /// There was no cache; the corpus was analysed and the cache written.
        case written
        /// A cache was there but not used (the reason), and was written anew.
        case rebuilt(String)
        /// The cache could not be written (the reason); the corpus was analysed all the same.
        case notWritten(String)
    }

    /// The corpus this cache holds for the folder as it is now, or why it holds none (`.none`:
    /// no cache yet); and the folder's key, to write the cache under if it is not used.
    ///
    /// `head` is the key's first parts (`CacheKey.head`), taken before anything of the folder
    /// was read. The costly part (a stat per article) is made while the cache's header and
    /// checksum are read, and compared before anything is decoded.
    func read(folder root: URL, head: CacheKey) -> (corpus: Result<Corpus, ReadFailure>, key: CacheKey) {
        let files = Slot<[UInt8]>()
        let listed = DispatchGroup()
        DispatchQueue.global().async(group: listed) { files.value = CacheKey.files(folder: root) }
        func currentFiles() -> [UInt8] {
            listed.wait()
            return files.value!
        }
        var key = head
        let read = read(head: head, root: root, currentFiles: currentFiles)
        key.files = currentFiles()
        return (read, key)
    }

    /// The cache's corpus if its key is `head`'s and `currentFiles()`'s.
    private func read(head: CacheKey, root: URL, currentFiles: () -> [UInt8]) -> Result<Corpus, ReadFailure> {
        guard FileManager.default.fileExists(atPath: file.path) else { return .failure(.none) }
        let data: Data
        do {
            data = try Data(contentsOf: file, options: .alwaysMapped)
        } catch {
            return .failure(.unusable("it cannot be read (\(error.localizedDescription))"))
        }
        return data.withUnsafeBytes { raw -> Result<Corpus, ReadFailure> in
            var r = CacheReader(raw)
            do {
                guard raw.starts(with: Self.magic) else { return .failure(.unusable("it is not a corpus cache")) }
                _ = try r.plain(UInt8.self)
                guard try r.u32() == Self.formatVersion else {
                    return .failure(.unusable("it is not a corpus cache of this version of Parley"))
                }
                let stored = CacheKey(
                    build: try r.plain(UInt8.self), folder: try r.plain(UInt8.self), layers: try r.plain(UInt8.self),
                    files: try r.plain(UInt8.self))
                var sameHead = stored
                sameHead.files = []
                if let why = sameHead.difference(from: head) { return .failure(.unusable(why)) }
                let length = try r.int()
                let sum = try r.u64()
                guard length == r.remaining else { return .failure(.unusable("it is cut short or too long (corrupt)")) }
                let payload = UnsafeRawBufferPointer(rebasing: raw[r.offset...])
                var checksum = CacheChecksum()
                checksum.update(payload)
                guard checksum.value == sum else { return .failure(.unusable("its checksum does not match (corrupt)")) }
                // Articles changed since the cache was made: the corpus there is not theirs.
                var now = head
                now.files = currentFiles()
                if let why = stored.difference(from: now) { return .failure(.unusable(why)) }
                var body = CacheReader(payload)
                return .success(try CorpusCoding.decode(&body, root: root))
            } catch {
                return .failure(.unusable("it is corrupt (\(error))"))
            }
        }
    }

    enum ReadFailure: Error {
        /// No cache file.
        case none
        /// A cache file that is not used, and why.
        case unusable(String)
    }

    /// Writes the corpus under `key`: header, then the model in blocks as it is encoded (never
    /// held whole in memory), to a temporary file renamed over the old one.
    func write(_ corpus: Corpus, key: CacheKey) throws {
        let dir = file.deletingLastPathComponent()
        // A name of its own (two processes, or two machines sharing a home, may write at once);
        // the user's alone: it holds the text of every article.
        let temp = dir.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        removeAbandonedWrites(in: dir)
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CacheError(reason: String(cString: strerror(errno))) }
        var failed: Int32 = 0
        func put(_ bytes: UnsafeRawBufferPointer) {
            var done = 0
            while done < bytes.count, failed == 0 {
                let n = systemWrite(fd, bytes.baseAddress! + done, bytes.count - done)
                if n > 0 { done += n } else if errno != EINTR { failed = errno }
            }
        }
        var header = CacheWriter()
        header.append(Self.magic)
        header.u32(Self.formatVersion)
        for part in [key.build, key.folder, key.layers, key.files] { header.plain(part) }
        // The length and checksum go here once the model is written.
        let fixupOffset = header.bytes.count
        header.int(0)
        header.u64(0)
        header.bytes.withUnsafeBytes { put($0) }
        var checksum = CacheChecksum()
        var body = CacheWriter(sink: { bytes in
            checksum.update(bytes)
            put(bytes)
        })
        CorpusCoding.encode(corpus, into: &body)
        body.finish()
        var trailer = CacheWriter()
        trailer.int(body.flushed)
        trailer.u64(checksum.value)
        let written = trailer.bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, off_t(fixupOffset)) }
        if written != trailer.bytes.count, failed == 0 { failed = errno == 0 ? EIO : errno }
        if close(fd) != 0, failed == 0 { failed = errno }
        guard failed == 0, rename(temp.path, file.path) == 0 else {
            let reason = String(cString: strerror(failed == 0 ? errno : failed))
            unlink(temp.path)
            throw CacheError(reason: reason)
        }
    }

    /// Removes this cache's temporary files that a write killed midway left (up to the size of
    /// the cache each): those untouched for an hour, so that a write under way in another
    /// process is never taken for one.
    func removeAbandonedWrites(in dir: URL, olderThan age: TimeInterval = 3600) {
        let prefix = ".\(file.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let path = dir.appendingPathComponent(name).path
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                Date().timeIntervalSince(modified) > age
            else { continue }
            unlink(path)
        }
    }

    struct CacheError: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }
}

/// `write(2)`, under a name a method called `write` does not hide.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
