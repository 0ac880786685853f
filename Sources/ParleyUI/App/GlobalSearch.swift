import ParleyModel

/// A search across all text and actors, shown as a results list in the viewer.
public struct GlobalSearch: Sendable, Hashable {
    public var query: String
    public var actors: [ActorHit] = []
    public var passages: [SearchHit] = []

    /// Rows of the results list: actors first, then passages.
    public var count: Int { actors.count + passages.count }
}
