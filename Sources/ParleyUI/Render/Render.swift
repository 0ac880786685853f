import ParleyModel

/// Draws a state into a screen buffer of the state's size. Pure: the same state always
/// gives the same cells.
public func render(_ state: AppState) -> ScreenBuffer {
    render(state, size: state.size)
}

/// Draws a state into a screen buffer of the given size.
public func render(_ state: AppState, size: Size) -> ScreenBuffer {
    var s = state
    s.size = Size(width: max(0, size.width), height: max(0, size.height))
    var buffer = ScreenBuffer(size: s.size)
    let layout = Layout(size: s.size, focus: s.focus, zoomed: s.zoomed)
    if layout.kind == .tooSmall {
        TooSmallView.draw(into: &buffer)
        return buffer
    }
    if let tabs = layout.tabs { TabBar.draw(s, in: tabs, into: &buffer) }
    for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        PaneView.draw(s, pane: pane, in: rect, into: &buffer)
    }
    StatusBar.draw(s, in: layout.statusBar, into: &buffer)
    if s.showHelp { HelpOverlay.draw(s, into: &buffer) }
    return buffer
}
