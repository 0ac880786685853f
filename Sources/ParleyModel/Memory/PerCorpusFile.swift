import Foundation

/// One JSON file per corpus folder under the user's data or state folder, never in the corpus
/// folder: `$XDG_DATA_HOME/parley/KIND/NAME-HASH.json` (else `~/.local/share/…`) for what the
/// user made (curation, bookmarks), `$XDG_STATE_HOME/parley/KIND/…` (else `~/.local/state/…`)
/// for where the dashboard was left, `$XDG_CACHE_HOME/parley/KIND/…` (else `~/.cache/…`) for
/// what can be made again (`CorpusCache`, a format of its own). Written to a temporary file,
/// flushed and renamed over the old one, so a write cut short leaves the old file whole.
public struct PerCorpusFile: Sendable {
    public enum Home: Sendable {
        case data, state, cache
    }

    public let file: URL
    /// The corpus folder, as an absolute path.
    public let folder: String
    /// What the file is, for messages ("the curation file").
    public let label: String

    public enum FileError: Error, CustomStringConvertible, Equatable {
        case unreadable(label: String, path: String, reason: String)
        case unwritable(label: String, path: String, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let label, let path, let reason): return "\(label) \(path) cannot be read: \(reason)"
            case .unwritable(let label, let path, let reason): return "cannot write \(label) \(path): \(reason)"
            }
        }
    }

    public init(
        folder: URL, kind: String, home: Home, extension ext: String = "json",
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
        self.folder = path
        label = "the \(kind) file"
        let userHome = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        let (variable, fallback) =
            switch home {
            case .data: ("XDG_DATA_HOME", ".local/share")
            case .state: ("XDG_STATE_HOME", ".local/state")
            case .cache: ("XDG_CACHE_HOME", ".cache")
            }
        // The XDG spec: a relative path in the variable is to be ignored.
        let base =
            environment[variable].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? userHome.appendingPathComponent(fallback)
        let name = URL(fileURLWithPath: path).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        let hash = String(Self.fnv1a(path), radix: 16)
        file = base.appendingPathComponent("parley/\(kind)/\(name.isEmpty ? "corpus" : name)-\(hash).\(ext)")
    }

    /// The file's value; nil where there is no file yet. Throws `unreadable` for a file that is
    /// not one (it is never taken for empty: it would then be written over).
    public func read<T: Decodable>(_ type: T.Type) throws -> T? {
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw FileError.unreadable(label: label, path: file.path, reason: error.localizedDescription)
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw FileError.unreadable(label: label, path: file.path, reason: "it is not a file of this kind (\(Self.reason(error)))")
        }
    }

    /// A file of a format: one written by a later Parley is refused, never misread (and so
    /// never written over with what this one understood of it).
    public protocol Versioned: Codable {
        var version: Int { get }
        static var currentVersion: Int { get }
    }

    /// `read`, refusing a file of a later format than this Parley writes.
    public func read<T: Versioned>(versioned type: T.Type) throws -> T? {
        guard let value = try read(T.self) else { return nil }
        guard value.version <= T.currentVersion else {
            throw FileError.unreadable(label: label, path: file.path, reason: "it was written by a later Parley (format \(value.version))")
        }
        return value
    }

    /// Writes the value whole to a temporary file beside the old one, then renames it over it.
    public func write<T: Encodable>(_ value: T) throws {
        let dir = file.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let data = try ReportJSON.data(value)
            guard FileManager.default.createFile(atPath: temp.path, contents: data) else {
                throw FileError.unwritable(label: label, path: file.path, reason: "cannot create \(temp.path)")
            }
            // On disk before it replaces the old file: a flush that fails leaves the old one.
            let fd = open(temp.path, O_RDONLY)
            guard fd >= 0 else {
                throw FileError.unwritable(label: label, path: file.path, reason: "cannot reopen \(temp.path) to flush it")
            }
            let flushed = fsync(fd)
            close(fd)
            guard flushed == 0 else { throw FileError.unwritable(label: label, path: file.path, reason: String(cString: strerror(errno))) }
            WriteHold.pauseIfAsked()
            guard rename(temp.path, file.path) == 0 else {
                throw FileError.unwritable(label: label, path: file.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as FileError {
            try? FileManager.default.removeItem(at: temp)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw FileError.unwritable(label: label, path: file.path, reason: error.localizedDescription)
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
