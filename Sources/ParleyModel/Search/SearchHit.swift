/// One sentence that matches a query.
public struct SearchHit: Sendable, Hashable {
    /// The matching sentence.
    public var span: TextSpan
    /// The words that matched, in text order.
    public var matches: [TextSpan]
    /// The sentence on one line, shortened around the first match.
    public var snippet: String
    public var score: Double
}

/// An actor whose name, alias or other name matches a query.
public struct ActorHit: Sendable, Hashable {
    public var actor: Int
    /// The name that matched ("Moscow" for Russia).
    public var matchedName: String
    public var score: Double
}
