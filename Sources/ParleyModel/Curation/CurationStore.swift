import Foundation

/// Where a corpus folder's curation is kept: `$XDG_DATA_HOME/parley/curation/` (else
/// `~/.local/share/parley/curation/`), one file per folder, never in the corpus folder,
/// written whole and renamed into place (`PerCorpusFile`).
public struct CurationStore: Sendable {
    let place: PerCorpusFile

    /// The file for this corpus folder.
    public var file: URL { place.file }
    /// The corpus folder, as an absolute path: the file says whose it is.
    public var folder: String { place.folder }

    public enum StoreError: Error, CustomStringConvertible, Equatable {
        case unreadable(path: String, reason: String)
        case unwritable(path: String, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "the curation file \(path) cannot be read: \(reason)"
            case .unwritable(let path, let reason): return "cannot write the curation file \(path): \(reason)"
            }
        }

        init(_ error: Error) {
            switch error {
            case PerCorpusFile.FileError.unreadable(let path, let reason): self = .unreadable(path: path, reason: reason)
            case PerCorpusFile.FileError.unwritable(let path, let reason): self = .unwritable(path: path, reason: reason)
            default: self = .unwritable(path: "", reason: "\(error)")
            }
        }
    }

    /// The file's contents: the folder it belongs to, and the log.
    struct Stored: Codable {
        var corpus: String
        var log: CurationLog
    }

    public init(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        place = PerCorpusFile(folder: folder, kind: "curation", home: .data, environment: environment)
    }

    /// The log kept for the folder: empty where there is none yet. Throws `unreadable` for a
    /// file that is not a curation (never silently treated as empty: it would then be overwritten).
    public func load() throws -> CurationLog {
        let stored: Stored?
        do { stored = try place.read(Stored.self) } catch { throw StoreError(error) }
        guard let log = stored?.log else { return CurationLog() }
        guard log.version <= CurationLog.currentVersion else {
            throw StoreError.unreadable(path: file.path, reason: "it was written by a later Parley (format \(log.version))")
        }
        return log
    }

    /// Keeps the log: written whole to a temporary file beside the old one, then renamed over it.
    public func save(_ log: CurationLog) throws {
        do { try place.write(Stored(corpus: folder, log: log)) } catch { throw StoreError(error) }
    }
}
