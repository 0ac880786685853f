import Foundation

/// A passage the user marked (`b` in the dashboard), with the note they wrote. Kept with its
/// quote and context, so that it is found again when its article is edited, and listed as an
/// orphan (never dropped) when its words are gone.
public struct Bookmark: Sendable, Hashable, Codable {
    public var passage: AnchoredSpan
    public var note: String?

    public init(passage: AnchoredSpan, note: String?) {
        self.passage = passage
        self.note = note
    }

    /// Where the passage is in the corpus as loaded now.
    public func locate(in corpus: Corpus) -> AnchoredSpan.Located {
        passage.locate(in: corpus.document(passage.span.document))
    }
}

/// A corpus folder's bookmarks, kept in `$XDG_DATA_HOME/parley/bookmarks/` (`PerCorpusFile`).
public struct BookmarkStore: Sendable {
    let place: PerCorpusFile

    public var file: URL { place.file }

    /// The format; a file of a later one is refused, never misread or written over.
    static let currentVersion = 1

    struct Stored: PerCorpusFile.Versioned {
        var version = BookmarkStore.currentVersion
        var corpus: String
        var bookmarks: [Bookmark]

        static var currentVersion: Int { BookmarkStore.currentVersion }
    }

    public init(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        place = PerCorpusFile(folder: folder, kind: "bookmarks", home: .data, environment: environment)
    }

    /// The bookmarks, oldest first; none where there is no file yet.
    public func load() throws -> [Bookmark] { try place.read(versioned: Stored.self)?.bookmarks ?? [] }

    public func save(_ bookmarks: [Bookmark]) throws { try place.write(Stored(corpus: place.folder, bookmarks: bookmarks)) }
}
