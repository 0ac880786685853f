import ParleyModel

/// What opening a row of the viewer leads to.
public enum ViewerTarget: Sendable, Hashable {
    /// A passage in its article; `actor` when it is one of an actor's mentions.
    case passage(document: Int, span: TextSpan, actor: Int?)
    /// An actor's concordance.
    case actor(Int)
}
