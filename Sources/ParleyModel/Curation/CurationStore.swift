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

    /// Reading or writing the file failed; says which file ("the curation file …") and why.
    public typealias StoreError = PerCorpusFile.FileError

    /// The file's contents: the folder it belongs to, and the log (whose format is the file's).
    struct Stored: PerCorpusFile.Versioned {
        var corpus: String
        var log: CurationLog

        var version: Int { log.version }
        static var currentVersion: Int { CurationLog.currentVersion }
    }

    public init(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        place = PerCorpusFile(folder: folder, kind: "curation", home: .data, environment: environment)
    }

    /// The log kept for the folder: empty where there is none yet. Throws `unreadable` for a
    /// file that is not a curation, or of a later format (never silently treated as empty: it
    /// would then be overwritten).
    public func load() throws -> CurationLog { try place.read(versioned: Stored.self)?.log ?? CurationLog() }

    /// Keeps the log: written whole to a temporary file beside the old one, then renamed over it.
    public func save(_ log: CurationLog) throws { try place.write(Stored(corpus: folder, log: log)) }
}
