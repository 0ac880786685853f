import ParleyModel

/// What `E` asks the backend to write: the focused view as a file, with its scope and filters.
/// A value: the dashboard decides what, the backend renders it and names the file.
public struct ExportRequest: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        /// A Markdown brief of these rounds (timeline entry indices).
        case brief(entries: [Int], title: String)
        /// A CSV table, over these rounds and actors (nil: all).
        case table(ExportTables.Table, entries: [Int], actors: [Int]?)
        /// The actors × rounds matrix as CSV.
        case matrix(ActorRoundMatrixKey)
        /// Who says what about a round, as JSON.
        case accounts(entry: Int)
        /// The bookmarks found, with their notes, as a Markdown brief.
        case bookmarks([MarkdownBrief.Bookmark])
    }

    public var content: Content
    /// The file's name without its folder or extension ("astana-round-4").
    public var name: String

    /// The file's extension for its content.
    public var fileExtension: String {
        switch content {
        case .brief, .bookmarks: return "md"
        case .table, .matrix: return "csv"
        case .accounts: return "json"
        }
    }
}

/// The matrix an export writes: the actor list's rows, its track and its order.
public struct ActorRoundMatrixKey: Sendable, Hashable {
    public var actors: [Int]
    public var track: String?
    public var sort: ActorRoundMatrix.Sort
}
