/// A place in the dashboard to go back to: which pane, what the viewer showed, where.
public struct Location: Sendable, Hashable {
    public var focus: Pane
    public var viewer: ViewerContent
    public var viewerCursor: Int
    public var viewerScroll: Int
    public var timelineCursor: Int
    public var actorCursor: Int
    public var scope: Int?
}
