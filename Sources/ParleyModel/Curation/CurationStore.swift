import Foundation

/// Where a corpus folder's curation is kept, and keeping it safely: one JSON file per folder
/// under `$XDG_DATA_HOME/parley/curation/` (else `~/.local/share/parley/curation/`), never in
/// the corpus folder, written to a temporary file and renamed over the old one, so a write cut
/// short leaves the old file whole.
public struct CurationStore: Sendable {
    /// The file for this corpus folder.
    public let file: URL
    /// The corpus folder, as an absolute path: the file says whose it is.
    public let folder: String

    public enum StoreError: Error, CustomStringConvertible, Equatable {
        case unreadable(path: String, reason: String)
        case unwritable(path: String, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "the curation file \(path) cannot be read: \(reason)"
            case .unwritable(let path, let reason): return "cannot write the curation file \(path): \(reason)"
            }
        }
    }

    /// The file's contents: the folder it belongs to, and the log.
    struct Stored: Codable {
        var corpus: String
        var log: CurationLog
    }

    /// The store of `folder`, under `dataHome` (by default `$XDG_DATA_HOME`, else
    /// `~/.local/share`).
    public init(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
        self.folder = path
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? home.appendingPathComponent(".local/share")
        let name = URL(fileURLWithPath: path).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        let hash = String(Self.fnv1a(path), radix: 16)
        file = dataHome.appendingPathComponent("parley/curation/\(name.isEmpty ? "corpus" : name)-\(hash).json")
    }

    /// The log kept for the folder: empty where there is none yet. Throws `unreadable` for a
    /// file that is not a curation (never silently treated as empty: it would then be overwritten).
    public func load() throws -> CurationLog {
        guard FileManager.default.fileExists(atPath: file.path) else { return CurationLog() }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw StoreError.unreadable(path: file.path, reason: error.localizedDescription)
        }
        let stored: Stored
        do {
            stored = try JSONDecoder().decode(Stored.self, from: data)
        } catch {
            throw StoreError.unreadable(path: file.path, reason: "it is not a curation file (\(Self.reason(error)))")
        }
        guard stored.log.version <= CurationLog.currentVersion else {
            throw StoreError.unreadable(path: file.path, reason: "it was written by a later Parley (format \(stored.log.version))")
        }
        return stored.log
    }

    /// Keeps the log: written whole to a temporary file beside the old one, then renamed over it.
    public func save(_ log: CurationLog) throws {
        let dir = file.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(Stored(corpus: folder, log: log))
            guard FileManager.default.createFile(atPath: temp.path, contents: data) else {
                throw StoreError.unwritable(path: file.path, reason: "cannot create \(temp.path)")
            }
            let fd = open(temp.path, O_RDONLY)
            if fd >= 0 {
                fsync(fd)
                close(fd)
            }
            WriteHold.pauseIfAsked()
            guard rename(temp.path, file.path) == 0 else {
                throw StoreError.unwritable(path: file.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as StoreError {
            try? FileManager.default.removeItem(at: temp)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw StoreError.unwritable(path: file.path, reason: error.localizedDescription)
        }
    }

    static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c): return c.debugDescription
        case DecodingError.keyNotFound(let key, _): return "no \(key.stringValue)"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "\(c.codingPath.map(\.stringValue).joined(separator: ".")): \(c.debugDescription)"
        default: return "\(error)"
        }
    }

    /// FNV-1a over the path's bytes: the same name for the same folder in every run (Swift's
    /// own hash is seeded anew in each process).
    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }
}

/// For the test that a write cut short leaves the old file whole: with
/// `PARLEY_TEST_HOLD_WRITE=1`, a save stops after the new file is written and before it is
/// renamed into place, until the process is killed. Not a user setting, so not in the help.
enum WriteHold {
    static func pauseIfAsked() {
        guard ProcessInfo.processInfo.environment["PARLEY_TEST_HOLD_WRITE"] == "1" else { return }
        while true { pause() }
    }
}
