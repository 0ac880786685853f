import ParleyModel

/// A search across all text and actors, shown as a results list in the viewer.
public struct GlobalSearch: Sendable, Hashable {
    public var query: String
    public var actors: [ActorHit] = []
    public var passages: [SearchHit] = []
    /// How many passages match in all; `passages` holds the best of them.
    public var passageTotal = 0
    /// The query `actors` and `passages` answer. While the user types they may answer an
    /// earlier one: the search runs once typing pauses (`Action.refreshSearch`), so no key
    /// waits on a search the next key makes stale.
    public var answered: String = ""

    /// The results are for an earlier query than the one typed.
    public var isStale: Bool { answered != query }

    /// Rows of the results list: actors first, then passages.
    public var count: Int { actors.count + passages.count }
}
