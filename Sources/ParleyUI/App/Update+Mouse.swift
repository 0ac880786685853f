import ParleyModel

/// Clicks and the wheel.
extension AppState {
    mutating func click(x: Int, y: Int) {
        let layout = Layout(size: size, focus: focus, zoomed: zoomed)
        if let tabs = layout.tabs, tabs.contains(x: x, y: y) {
            let w = max(1, tabs.width / Pane.allCases.count)
            focus = Pane(rawValue: min(Pane.allCases.count - 1, x / w))!
            return
        }
        guard let pane = layout.pane(at: x, y), let content = layout.content(pane) else { return }
        focus = pane
        guard content.contains(x: x, y: y) else { return }
        let line = y - content.y
        switch pane {
        case .timeline:
            let model = TimelinePane.model(self, width: content.width)
            let row = panes.timeline.scroll + line
            if model.lines.indices.contains(row), let item = model.lines[row].item, item != panes.timeline.cursor {
                panes.timeline.cursor = item
                previewSelection(of: .timeline)
            }
        case .actors:
            let row = panes.actors.scroll + line
            if actorRows.indices.contains(row), row != panes.actors.cursor {
                panes.actors.cursor = row
                previewSelection(of: .actors)
            }
        case .viewer:
            let model = viewerModel()
            let row = panes.viewer.scroll + line
            if model.lines.indices.contains(row), let item = model.lines[row].item { panes.viewer.cursor = item }
        }
    }

    mutating func wheel(x: Int, y: Int, lines: Int) {
        let layout = Layout(size: size, focus: focus, zoomed: zoomed)
        let pane = layout.pane(at: x, y) ?? focus
        let saved = focus
        focus = pane
        move(by: lines)
        // Scrolling the source viewer focuses it; scrolling a list leaves the focus where it was.
        focus = pane == .viewer ? pane : saved
    }
}
