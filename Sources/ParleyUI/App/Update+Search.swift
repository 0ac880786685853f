import ParleyModel

/// Typing in a prompt: the pane search, the global search, the filters and `:N`.
extension AppState {
    mutating func typing(_ action: Action) {
        if editPrompt(action) { return }
        switch action {
        case .refreshSearch: refreshGlobalSearch()
        case .submit:
            remember(query)
            if mode == .globalSearch {
                // Results that answer the query are kept, and with them the row picked with
                // ↑/↓; a search that runs now starts at its first row.
                refreshGlobalSearch()
                focus = .viewer
            }
            if case .goTo(let text) = mode { goTo(text) }
            if case .naming(let naming) = mode {
                mode = .normal
                submitName(naming)
                return
            }
            if case .bookmarkNote(let passage) = mode {
                mode = .normal
                addBookmark(passage)
                return
            }
            if mode == .paneSearch, search?.query.isEmpty ?? true { search = nil }
            if mode == .filter, actorText?.isEmpty ?? true {
                actorText = nil
                recomputeActorRows()
            }
            if mode == .viewerFilter, viewerFilter?.text.isEmpty ?? true { viewerFilter = nil }
            mode = .normal
        case .cancel:
            if mode == .paneSearch {
                search = nil
            } else if mode == .viewerFilter {
                viewerFilter = nil
                panes.viewer = PaneState()
            } else if mode == .filter {
                actorText = nil
                recomputeActorRows()
            } else if mode == .globalSearch {
                global = nil
                goBack()
            }
            // `:` has nothing to undo: Esc only closes its prompt.
            mode = .normal
        case .moveDown where mode == .globalSearch: moveResults(1)
        case .moveUp where mode == .globalSearch: moveResults(-1)
        case .quit: isFinished = true
        case .resize(let newSize):
            size = newSize
            keepPassageInView()
            rematchPaneSearch()
        case .click, .scroll:
            perform(action)
            rematchPaneSearch()
        default: break
        }
    }

    /// The rows of the searched pane may differ after a resize or a click, so the matches
    /// are found again in all of them (the next letter typed narrows these).
    mutating func rematchPaneSearch() {
        guard mode == .paneSearch, var s = search, !s.query.isEmpty else { return }
        s.matches = PaneSearch.matches(of: s.query, in: rows(of: s.pane))
        s.current = min(s.current, max(0, s.matches.count - 1))
        search = s
    }

    var query: String {
        switch mode {
        case .globalSearch: global?.query ?? ""
        case .filter: actorText ?? ""
        case .viewerFilter: viewerFilter?.text ?? ""
        case .goTo(let text): text
        case .naming, .bookmarkNote: namingText
        default: search?.query ?? ""
        }
    }

    mutating func setQuery(_ q: String) {
        if case .naming = mode {
            namingText = q
        } else if case .bookmarkNote = mode {
            namingText = q
        } else if case .goTo = mode {
            // Digits only: a row number.
            mode = .goTo(String(q.filter(\.isNumber)))
        } else if mode == .viewerFilter {
            viewerFilter = ViewerFilter(content: viewer, text: q)
            panes.viewer = PaneState()
        } else if mode == .filter {
            actorText = q
            recomputeActorRows()
            panes.actors = PaneState()
            previewSelection(of: .actors)
        } else if mode == .globalSearch {
            // Only the query changes now; the results follow when typing pauses.
            var g = global ?? GlobalSearch(query: q)
            g.query = q
            global = g
            viewer = .results
            panes.viewer = PaneState()
        } else if var s = search {
            let narrow = s.rowsToNarrow(for: q)
            s.query = q
            s.matches = PaneSearch.matches(of: q, in: rows(of: s.pane), within: narrow)
            // Incremental: the first match at or after the selection.
            let here = currentRow(of: s.pane)
            s.current = s.matches.firstIndex { $0.row >= here } ?? 0
            search = s
            if !s.matches.isEmpty { jump(to: s.matches[s.current]) }
        }
    }

    /// Runs the global search for the query as typed, if the results answer an older one.
    mutating func refreshGlobalSearch() {
        guard var g = global, g.isStale else { return }
        let q = g.query
        if q.trimmingCharacters(in: .whitespaces).isEmpty {
            g.actors = []
            g.passages = []
        } else {
            g.actors = corpus.search.actors(matching: q, limit: 10)
            (g.passages, g.passageTotal) = corpus.search.counted(q, limit: 100)
        }
        g.answered = q
        global = g
        panes.viewer = PaneState()
    }

    mutating func moveResults(_ delta: Int) {
        let count = viewerModel().targets.count
        guard count > 0 else { return }
        panes.viewer.cursor = clamp(panes.viewer.cursor + delta, 0, count - 1)
    }

    func currentRow(of pane: Pane) -> Int {
        switch pane {
        case .timeline:
            let lines = TimelinePane.model(self, width: contentRect(.timeline).width).lineOfEntry
            return lines.indices.contains(panes.timeline.cursor) ? lines[panes.timeline.cursor] : 0
        case .actors: return panes.actors.cursor
        case .viewer:
            let model = viewerModel()
            return model.isList && model.lineOfItem.indices.contains(panes.viewer.cursor)
                ? model.lineOfItem[panes.viewer.cursor] : panes.viewer.scroll
        }
    }
}
