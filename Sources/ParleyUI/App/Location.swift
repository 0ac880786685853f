/// A place in the dashboard to go back to: which pane, what the viewer showed, where each
/// pane's selection stood, and the scope.
public struct Location: Sendable, Hashable {
    public var focus: Pane
    public var viewer: ViewerContent
    public var panes: PaneStates
    public var scope: Int?
}
