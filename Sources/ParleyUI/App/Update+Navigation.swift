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
            let old = timelineCursor
            timelineCursor = clamp(timelineCursor.addingClamped(delta), 0, n - 1)
            if timelineCursor != old { previewSelection(of: .timeline) }
        case .actors:
            guard !actorRows.isEmpty else { return }
            let old = actorCursor
            actorCursor = clamp(actorCursor.addingClamped(delta), 0, actorRows.count - 1)
            if actorCursor != old { previewSelection(of: .actors) }
        case .viewer:
            let model = viewerModel()
            if model.isList {
                viewerCursor = clamp(viewerCursor.addingClamped(delta), 0, model.targets.count - 1)
            } else {
                viewerScroll = clamp(viewerScroll.addingClamped(delta), 0, max(0, model.lines.count - contentRect(.viewer).height))
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
                timelineCursor = e
            } else {
                timelineCursor = min(n, entries.count) - 1
                message = "no round \(n) in \(track ?? "the timeline"): row \(timelineCursor + 1)"
            }
            previewSelection(of: .timeline)
        case .actors:
            actorCursor = max(0, min(n, actorRows.count) - 1)
            previewSelection(of: .actors)
        case .viewer:
            let model = viewerModel()
            if model.isList {
                viewerCursor = max(0, min(n, model.targets.count) - 1)
            } else {
                viewerScroll = max(0, min(n - 1, model.lines.count - 1))
            }
        }
    }

    /// Moves the selection (or scroll) of the search's pane onto a match.
    mutating func jump(to match: PaneSearch.Match) {
        switch focus {
        case .timeline:
            let model = TimelinePane.model(self, width: contentRect(.timeline).width)
            if let item = model.lines.indices.contains(match.row) ? model.lines[match.row].item : nil, item != timelineCursor {
                timelineCursor = item
                previewSelection(of: .timeline)
            }
        case .actors:
            if match.row != actorCursor, actorRows.indices.contains(match.row) {
                actorCursor = match.row
                previewSelection(of: .actors)
            }
        case .viewer:
            let model = viewerModel()
            if let item = model.lines.indices.contains(match.row) ? model.lines[match.row].item : nil {
                viewerCursor = item
            } else {
                let height = contentRect(.viewer).height
                if match.row < viewerScroll || match.row >= viewerScroll + height {
                    viewerScroll = clamp(match.row - height / 3, 0, max(0, model.lines.count - height))
                }
            }
        }
    }

    /// Clamps every selection to its list and scrolls each pane so its selection shows.
    mutating func ensureVisible() {
        let entries = corpus.timeline.entries.count
        timelineCursor = clamp(timelineCursor, 0, max(0, entries - 1))
        let tRect = contentRect(.timeline)
        let tModel = TimelinePane.model(self, width: tRect.width)
        let tHeight = tRect.height
        if tModel.lineOfEntry.indices.contains(timelineCursor) {
            timelineScroll = scrolled(
                timelineScroll, showing: tModel.lineOfEntry[timelineCursor], height: tHeight, count: tModel.lines.count)
        }
        if timelineCursor == 0 { timelineScroll = 0 }

        actorCursor = clamp(actorCursor, 0, max(0, actorRows.count - 1))
        actorScroll = scrolled(actorScroll, showing: actorCursor, height: contentRect(.actors).height, count: actorRows.count)

        let model = viewerModel()
        let vHeight = contentRect(.viewer).height
        if model.isList {
            viewerCursor = clamp(viewerCursor, 0, model.targets.count - 1)
            let line = model.lineOfItem[viewerCursor]
            // A wrapped item (`w`) shows whole where it fits: its last row first, then its first.
            if wrapRows {
                let next = model.lineOfItem.indices.contains(viewerCursor + 1) ? model.lineOfItem[viewerCursor + 1] : line + 1
                let last = max(line, min(next, model.lines.count) - 1)
                viewerScroll = scrolled(viewerScroll, showing: last, height: vHeight, count: model.lines.count)
            }
            viewerScroll = scrolled(viewerScroll, showing: line, height: vHeight, count: model.lines.count)
            if viewerCursor == 0 { viewerScroll = 0 }
        } else {
            viewerCursor = 0
            viewerScroll = clamp(viewerScroll, 0, max(0, model.lines.count - vHeight))
        }
    }

    func scrolled(_ scroll: Int, showing line: Int, height: Int, count: Int) -> Int {
        guard height > 0 else { return 0 }
        var s = scroll
        if line < s { s = line }
        if line >= s + height { s = line - height + 1 }
        return clamp(s, 0, max(0, count - height))
    }
}
