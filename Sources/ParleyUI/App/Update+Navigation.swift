import ParleyModel

/// Moving: the selection and scroll of each pane, `:N`, jumping to a search match, and keeping
/// every selection in view.
extension AppState {
    /// Moves the focused pane's selection (lists) or scroll (an article).
    mutating func move(by delta: Int) {
        switch focus {
        case .timeline:
            let n = corpus.timeline.entries.count
            guard n > 0 else { return }
            let old = panes.timeline.cursor
            panes.timeline.cursor = clamp(panes.timeline.cursor.addingClamped(delta), 0, n - 1)
            if panes.timeline.cursor != old { previewSelection(of: .timeline) }
        case .actors:
            guard !actorRows.isEmpty else { return }
            let old = panes.actors.cursor
            panes.actors.cursor = clamp(panes.actors.cursor.addingClamped(delta), 0, actorRows.count - 1)
            if panes.actors.cursor != old { previewSelection(of: .actors) }
        case .viewer:
            let model = viewerModel()
            if model.isList {
                panes.viewer.cursor = clamp(panes.viewer.cursor.addingClamped(delta), 0, model.targets.count - 1)
            } else {
                panes.viewer.scroll = clamp(
                    panes.viewer.scroll.addingClamped(delta), 0, max(0, model.lines.count - contentRect(.viewer).height))
            }
        }
    }

    /// `:N` Enter: the focused pane's row N (1-based); in the timeline, round N of the track in
    /// focus (else row N); in an article, its row N. Out of range, the last row, and a note.
    mutating func goTo(_ text: String) {
        guard let n = Int(text), n > 0 else { return }
        switch focus {
        case .timeline:
            let entries = corpus.timeline.entries
            let track = selectedEntry.map { entries[$0].track }
            if let e = entries.indices.first(where: { entries[$0].number == n && (track == nil || entries[$0].track == track) }) {
                panes.timeline.cursor = e
            } else {
                panes.timeline.cursor = min(n, entries.count) - 1
                message = "no round \(n) in \(track ?? "the timeline"): row \(panes.timeline.cursor + 1)"
            }
            previewSelection(of: .timeline)
        case .actors:
            panes.actors.cursor = max(0, min(n, actorRows.count) - 1)
            previewSelection(of: .actors)
        case .viewer:
            let model = viewerModel()
            if model.isList {
                panes.viewer.cursor = max(0, min(n, model.targets.count) - 1)
            } else {
                panes.viewer.scroll = max(0, min(n - 1, model.lines.count - 1))
            }
        }
    }

    /// Moves the selection (or scroll) of the search's pane onto a match.
    mutating func jump(to match: PaneSearch.Match) {
        switch focus {
        case .timeline:
            let model = TimelinePane.model(self, width: contentRect(.timeline).width)
            if let item = model.lines.indices.contains(match.row) ? model.lines[match.row].item : nil, item != panes.timeline.cursor {
                panes.timeline.cursor = item
                previewSelection(of: .timeline)
            }
        case .actors:
            if match.row != panes.actors.cursor, actorRows.indices.contains(match.row) {
                panes.actors.cursor = match.row
                previewSelection(of: .actors)
            }
        case .viewer:
            let model = viewerModel()
            if let item = model.lines.indices.contains(match.row) ? model.lines[match.row].item : nil {
                panes.viewer.cursor = item
            } else {
                let height = contentRect(.viewer).height
                if match.row < panes.viewer.scroll || match.row >= panes.viewer.scroll + height {
                    panes.viewer.scroll = thirdDown(match.row, height: height, count: model.lines.count)
                }
            }
        }
    }

    /// Clamps every selection to its list and scrolls each pane so its selection shows.
    mutating func ensureVisible() {
        let entries = corpus.timeline.entries.count
        panes.timeline.cursor = clamp(panes.timeline.cursor, 0, max(0, entries - 1))
        let tRect = contentRect(.timeline)
        let tModel = TimelinePane.model(self, width: tRect.width)
        let tHeight = tRect.height
        if tModel.lineOfEntry.indices.contains(panes.timeline.cursor) {
            panes.timeline.scroll = scrolled(
                panes.timeline.scroll, showing: tModel.lineOfEntry[panes.timeline.cursor], height: tHeight, count: tModel.lines.count)
        }
        if panes.timeline.cursor == 0 { panes.timeline.scroll = 0 }

        panes.actors.cursor = clamp(panes.actors.cursor, 0, max(0, actorRows.count - 1))
        panes.actors.scroll = scrolled(
            panes.actors.scroll, showing: panes.actors.cursor, height: contentRect(.actors).height, count: actorRows.count)

        let model = viewerModel()
        let vHeight = contentRect(.viewer).height
        if model.isList {
            panes.viewer.cursor = clamp(panes.viewer.cursor, 0, model.targets.count - 1)
            let line = model.lineOfItem[panes.viewer.cursor]
            // A wrapped item (`w`) shows whole where it fits: its last row first, then its first.
            if wrapRows {
                let next = model.lineOfItem.indices.contains(panes.viewer.cursor + 1) ? model.lineOfItem[panes.viewer.cursor + 1] : line + 1
                let last = max(line, min(next, model.lines.count) - 1)
                panes.viewer.scroll = scrolled(panes.viewer.scroll, showing: last, height: vHeight, count: model.lines.count)
            }
            panes.viewer.scroll = scrolled(panes.viewer.scroll, showing: line, height: vHeight, count: model.lines.count)
            if panes.viewer.cursor == 0 { panes.viewer.scroll = 0 }
        } else {
            panes.viewer.cursor = 0
            panes.viewer.scroll = clamp(panes.viewer.scroll, 0, max(0, model.lines.count - vHeight))
        }
    }

    /// The scroll that shows `line` a third of the way down a pane `height` rows high, over
    /// `count` rows: where a passage or a match is put when it is brought into view.
    func thirdDown(_ line: Int, height: Int, count: Int) -> Int {
        clamp(line - height / 3, 0, max(0, count - height))
    }

    func scrolled(_ scroll: Int, showing line: Int, height: Int, count: Int) -> Int {
        guard height > 0 else { return 0 }
        var s = scroll
        if line < s { s = line }
        if line >= s + height { s = line - height + 1 }
        return clamp(s, 0, max(0, count - height))
    }
}
