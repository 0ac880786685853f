/// Where one pane's list stands: the selected row (an item: a round, an actor, a viewer
/// target; in an article, unused) and the first row shown. One value per pane, as ratatui's
/// `ListState`, so a pane is reset, saved and restored as one.
public struct PaneState: Sendable, Hashable {
    public var cursor = 0
    public var scroll = 0

    public init(cursor: Int = 0, scroll: Int = 0) {
        self.cursor = cursor
        self.scroll = scroll
    }
}

/// The three panes' states.
public struct PaneStates: Sendable, Hashable {
    public var timeline = PaneState()
    public var actors = PaneState()
    public var viewer = PaneState()

    public init() {}
}
