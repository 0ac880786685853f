import Foundation
import ParleyModel

/// The last few models a pane built, by what they were built from. `update` and `render` both
/// ask for a pane's rows, several times per key; an article is word-wrapped once per width.
/// Copies of a state share one cache, which is safe because a key fixes its model.
final class MemoCache<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(Key, Value)] = []
    private let capacity: Int

    init(capacity: Int = 4) { self.capacity = capacity }

    func value(for key: Key, build: () -> Value) -> Value {
        if let hit = lock.withLock({ entries.first { $0.0 == key }?.1 }) { return hit }
        let value = build()
        lock.withLock {
            entries.removeAll { $0.0 == key }
            entries.insert((key, value), at: 0)
            if entries.count > capacity { entries.removeLast() }
        }
        return value
    }
}

/// What a viewer model is built from.
struct ViewerKey: Hashable {
    var content: ViewerContent
    var width: Int
    /// The search results the model lists (only for `.results`).
    var global: GlobalSearch?
    /// Whether a round's scope is on (a concordance's title says it counts every article).
    var scoped: Bool
    /// Whether list items wrap over several rows (`w`).
    var wrap: Bool
    /// The `&` filter of this view, if any.
    var filter: String?
    /// For the bookmarks view: the bookmarks it lists.
    var bookmarks: [Bookmark]?
    /// For the matrix: its rows' actors, order and selected column.
    var matrix: MatrixKey?
    var matrixColumn = 0

    /// The key of what a state's viewer shows at a width.
    init(_ state: AppState, width: Int) {
        content = state.viewer
        self.width = width
        scoped = state.scope != nil
        wrap = state.wrapRows
        filter = state.viewerFilter.flatMap { $0.content == state.viewer ? $0.text : nil }
        if state.viewer == .bookmarks { bookmarks = state.bookmarks }
        if state.viewer == .matrix {
            matrix = state.matrixKey
            matrixColumn = state.matrixColumn
        }
        // Results are drawn for the query they answer, so typing (which changes only the query
        // until the search runs) keeps the model.
        global =
            state.viewer == .results
            ? state.global.map { g in
                var answered = g
                answered.query = g.answered
                return answered
            } : nil
    }
}

/// What a matrix is built from: the actor list's rows, the track and the order.
struct MatrixKey: Hashable {
    var rows: [Int]
    var track: String?
    var sort: ActorRoundMatrix.Sort
}
