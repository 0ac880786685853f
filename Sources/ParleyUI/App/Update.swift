import ParleyModel

/// The dashboard's behaviour: the next state after an action. Pure: no I/O, no clock.
public func update(_ state: AppState, _ action: Action) -> AppState {
    var s = state
    s.message = nil
    if s.showHelp {
        s.helpAction(action)
        return s
    }
    if s.mode != .normal {
        s.typing(action)
    } else {
        s.perform(action)
    }
    s.ensureVisible()
    return s
}

extension AppState {
    // MARK: Metrics

    /// The inside of a pane at the current size (as it is, or would be when focused).
    func contentRect(_ pane: Pane) -> Rect {
        Layout(size: size, focus: pane, zoomed: zoomed).content(pane)
            ?? Rect(x: 0, y: 0, width: max(1, size.width - 2), height: max(1, size.height - 4))
    }

    func viewerModel() -> ViewerPane.Model { ViewerPane.model(self, width: contentRect(.viewer).width) }

    /// Row texts of a pane, for searching in it.
    func rows(of pane: Pane) -> [String] {
        let width = contentRect(pane).width
        switch pane {
        case .timeline: return TimelinePane.model(self, width: width).lines.map(\.text)
        case .actors: return ActorPane.lines(self, width: width).texts()
        case .viewer:
            // Typing a search re-reads the rows at each key; a long concordance makes them once.
            return viewerRowCache.value(for: ViewerKey(self, width: max(1, width))) { viewerModel().lines.texts() }
        }
    }

    var itemCount: Int {
        switch focus {
        case .timeline: return corpus.timeline.entries.count
        case .actors: return actorRows.count
        case .viewer: return viewerModel().targets.count
        }
    }

    // MARK: Normal mode

    mutating func perform(_ action: Action) {
        switch action {
        case .quit: isFinished = true
        case .toggleHelp:
            showHelp = true
            helpScroll = 0
        case .focusNext: focus = Pane(rawValue: (focus.rawValue + 1) % Pane.allCases.count)!
        case .focusPrevious: focus = Pane(rawValue: (focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!
        case .focus(let p): focus = p
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: move(by: max(1, contentRect(focus).height - 1))
        case .pageUp: move(by: -max(1, contentRect(focus).height - 1))
        case .halfPageDown: move(by: max(1, contentRect(focus).height / 2))
        case .halfPageUp: move(by: -max(1, contentRect(focus).height / 2))
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .open: open()
        case .cancel: cancel()
        case .back: goBack()
        case .forward: goForward()
        case .startSearch:
            resetPrompt()
            mode = .paneSearch
            search = PaneSearch(pane: focus, query: "")
        case .startGoTo:
            resetPrompt()
            mode = .goTo("")
        case .startFilter where focus == .viewer && viewerModel().isList:
            // The source's list: its items that hold the text.
            resetPrompt()
            mode = .viewerFilter
            if viewerFilter?.content != viewer { viewerFilter = ViewerFilter(content: viewer, text: "") }
        case .startFilter:
            // The actor list's filter: typed where that list is, so the rows it leaves are seen.
            if focus == .timeline { message = "& filters the actor list and the source's lists; the rounds are all shown" }
            focus = .actors
            resetPrompt()
            mode = .filter
            actorText = actorText ?? ""
        case .startGlobalSearch:
            pushHistory()
            resetPrompt()
            mode = .globalSearch
            global = GlobalSearch(query: "")
            viewer = .results
            viewerCursor = 0
            viewerScroll = 0
        case .nextMatch: step(1)
        case .previousMatch: step(-1)
        case .toggleZoom:
            zoomed.toggle()
            message = nil
        case .toggleWrap:
            // The same item stays selected; its first row is kept in view.
            wrapRows.toggle()
            message = wrapRows ? "list rows wrapped: w cuts them again" : "list rows cut to the pane"
            let model = viewerModel()
            if model.isList, model.lineOfItem.indices.contains(viewerCursor) {
                viewerScroll = min(viewerScroll, model.lineOfItem[viewerCursor])
            }
        case .copyPassage, .copyCitation:
            guard let (d, span) = focusedPassage else {
                message = "nothing to copy here: open or select a passage"
                break
            }
            let citation = Citation(of: span, in: corpus.documents[d])
            clipboard = action == .copyPassage ? citation.text : citation.reference
            message = "copied \(action == .copyPassage ? "the passage and " : "")its citation: \(citation.location)"
        case .openInEditor: openInEditor()
        case .pipeToPager:
            guard let (d, span) = focusedPassage else {
                message = "nothing to show here: open or select a passage"
                break
            }
            outside = .page(text: Citation(of: span, in: corpus.documents[d]).text + "\n")
        case .report(let line): message = line
        case .cycleSort where focus != .actors, .cycleTypeFilter where focus != .actors:
            // The actor list's keys act where it is focused; elsewhere they say where they work.
            message = "o and t sort and filter the actor list: press 2 to focus it"
        case .cycleSort:
            actorSort = actorSort.next
            recomputeActorRows()
            message = "actors sorted by \(actorSort.rawValue)"
        case .cycleTypeFilter:
            let order: [ActorType?] = [nil, .state, .organisation, .group, .person]
            actorFilter = order[((order.firstIndex(of: actorFilter) ?? 0) + 1) % order.count]
            recomputeActorRows()
            actorScroll = 0
            previewSelection(of: .actors)
        case .click(let x, let y): click(x: x, y: y)
        case .scroll(let x, let y, let lines): wheel(x: x, y: y, lines: lines)
        case .resize(let newSize): size = newSize
        case .insert, .deleteBackward, .deleteWord, .clearPrompt, .submit, .cursorLeft, .cursorRight, .cursorHome, .cursorEnd,
            .historyPrevious, .historyNext:
            break
        case .refreshSearch: refreshGlobalSearch()
        }
    }

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

    /// The viewer follows the selection of a list pane, as a preview.
    mutating func previewSelection(of pane: Pane) {
        switch pane {
        case .timeline:
            guard let e = selectedEntry else { return }
            viewer = .round(entry: e)
            // A scope is one truth: previewing another round moves it there, never leaving the
            // actors scoped to a round the viewer no longer shows.
            if let scoped = scope, scoped != e {
                scope = e
                recomputeActorRows()
                actorScroll = 0
            }
        case .actors:
            guard let a = selectedActor else { return }
            viewer = .concordance(actor: a)
        case .viewer: return
        }
        viewerCursor = 0
        viewerScroll = 0
    }

    /// Enter: a round scopes the actors and shows its evidence; an actor shows its
    /// concordance; a viewer row opens its passage.
    mutating func open() {
        switch focus {
        case .timeline:
            guard let e = selectedEntry else { return }
            pushHistory()
            scope = e
            recomputeActorRows()
            actorScroll = 0
            viewer = .round(entry: e)
            viewerCursor = 0
            viewerScroll = 0
            focus = .viewer
        case .actors:
            guard let a = selectedActor else { return }
            pushHistory()
            viewer = .concordance(actor: a)
            viewerCursor = 0
            viewerScroll = 0
            focus = .viewer
        case .viewer:
            let model = viewerModel()
            guard model.targets.indices.contains(viewerCursor) else { return }
            pushHistory()
            openTarget(model.targets[viewerCursor])
        }
    }

    mutating func openTarget(_ target: ViewerTarget) {
        switch target {
        case .passage(let d, let span, let actor):
            showPassage(document: d, span: span, actor: actor)
            if let actor {
                let mentions = corpus.mentions(of: actor)
                if let i = mentions.firstIndex(where: { $0.span == span }) {
                    message = "mention \(i + 1)/\(mentions.count) of \(corpus.actors.actors[actor].name) · n/N for the next"
                }
            } else if let from = backStack.last?.viewer, from == .results || from.isRound {
                message = "n/N for the next passage of the list"
            }
        case .actor(let a):
            viewer = .concordance(actor: a)
            viewerCursor = 0
            viewerScroll = 0
            if let row = actorRows.firstIndex(of: a) { actorCursor = row }
        }
        focus = .viewer
    }

    /// Shows an article with a passage in focus, scrolled so the passage sits a third down.
    mutating func showPassage(document d: Int, span: TextSpan, actor: Int?) {
        viewer = .article(document: d, focus: span, actor: actor)
        viewerCursor = 0
        let model = viewerModel()
        let height = contentRect(.viewer).height
        viewerScroll = clamp((model.focusLine ?? 0) - height / 3, 0, max(0, model.lines.count - height))
    }

    /// Esc: closes a pane search, else goes back one level (article → the round's evidence →
    /// the timeline), and clears the round scope only when there is nothing left to go back
    /// to. Clearing the scope is never a history step, so Esc and Backspace never toggle it.
    mutating func cancel() {
        if search != nil {
            search = nil
        } else if let f = viewerFilter, f.content == viewer {
            viewerFilter = nil
            viewerCursor = 0
            viewerScroll = 0
        } else if actorText != nil {
            actorText = nil
            recomputeActorRows()
        } else if !backStack.isEmpty {
            goBack()
        } else if scope != nil {
            scope = nil
            recomputeActorRows()
        } else {
            message = "nothing to go back to"
        }
    }

    mutating func pushHistory() {
        backStack.append(location)
        if backStack.count > 200 { backStack.removeFirst() }
        forwardStack.removeAll()
    }

    mutating func goBack() {
        guard let last = backStack.popLast() else {
            message = "nothing to go back to"
            return
        }
        forwardStack.append(location)
        restore(last)
    }

    mutating func goForward() {
        guard let next = forwardStack.popLast() else {
            message = "nothing to go forward to"
            return
        }
        backStack.append(location)
        restore(next)
    }

    /// n/N: the next search match in the focused pane; in an article opened from a mention,
    /// the actor's next mention across articles.
    mutating func step(_ delta: Int) {
        if var search, search.pane == focus, !search.matches.isEmpty {
            search.current = (search.current + delta + search.matches.count) % search.matches.count
            self.search = search
            jump(to: search.matches[search.current])
            return
        }
        if case .article(_, let focusSpan, let actor?) = viewer, let focusSpan {
            let mentions = corpus.mentions(of: actor)
            guard let here = mentions.firstIndex(where: { $0.span == focusSpan }) else { return }
            let next = here + delta
            guard mentions.indices.contains(next) else {
                message =
                    delta > 0
                    ? "last mention of \(corpus.actors.actors[actor].name)" : "first mention of \(corpus.actors.actors[actor].name)"
                return
            }
            let m = mentions[next]
            if let d = corpus.documentIndex(of: m.span.document) { showPassage(document: d, span: m.span, actor: actor) }
            message = "mention \(next + 1)/\(mentions.count) of \(corpus.actors.actors[actor].name)"
            return
        }
        if case .article(_, let focusSpan?, nil) = viewer, stepThroughOpenedList(delta, from: focusSpan) { return }
        message = "no search here: / searches this pane"
    }

    /// The passage a copy or a citation is of: the article's passage in focus, else the
    /// viewer's selected row where it opens one.
    /// `e`: the focused passage's article at the passage's line; an article open with no
    /// passage in focus, at its first line.
    mutating func openInEditor() {
        let target: (document: Int, offset: Int)
        if let (d, span) = focusedPassage {
            target = (d, span.start)
        } else if case .article(let d, nil, _) = viewer {
            target = (d, 0)
        } else {
            message = "nothing to open here: open or select a passage"
            return
        }
        let doc = corpus.documents[target.document]
        let line = Citation.lineAndColumn(of: target.offset, in: doc).line
        outside = .edit(path: corpus.root.appendingPathComponent(doc.id.path).path, line: line)
    }

    var focusedPassage: (document: Int, span: TextSpan)? {
        if case .article(let d, let span?, _) = viewer { return (d, span) }
        let model = viewerModel()
        guard model.targets.indices.contains(viewerCursor), case .passage(let d, let span, _) = model.targets[viewerCursor] else {
            return nil
        }
        return (d, span)
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

    /// n/N in an article opened from a list (a round's evidence, search results): the next or
    /// previous row of that list, opened in its article. The list is the location Esc goes
    /// back to, so stepping moves its cursor too, and Esc returns to the row last opened.
    mutating func stepThroughOpenedList(_ delta: Int, from span: TextSpan) -> Bool {
        guard var from = backStack.last, from.viewer == .results || from.viewer.isRound else {
            return false
        }
        var probe = self
        probe.viewer = from.viewer
        probe.scope = from.scope
        let model = ViewerPane.model(probe, width: contentRect(.viewer).width)
        guard model.targets.indices.contains(from.viewerCursor), case .passage(_, let opened, _) = model.targets[from.viewerCursor],
            opened == span
        else { return false }
        var next = from.viewerCursor + delta
        // Rows that open no passage (an actor among search results) are stepped over.
        while model.targets.indices.contains(next), case .actor = model.targets[next] { next += delta }
        guard model.targets.indices.contains(next), case .passage(let d, let target, let actor) = model.targets[next] else {
            message = delta > 0 ? "last row of the list" : "first row of the list"
            return true
        }
        from.viewerCursor = next
        backStack[backStack.count - 1] = from
        showPassage(document: d, span: target, actor: actor)
        let passages = model.targets.filter { if case .passage = $0 { true } else { false } }.count
        let position = model.targets[...next].filter { if case .passage = $0 { true } else { false } }.count
        message = "passage \(position.thousandsGrouped()) of \(passages.thousandsGrouped()) · n/N for the next"
        return true
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

    // MARK: Mouse

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
            let row = timelineScroll + line
            if model.lines.indices.contains(row), let item = model.lines[row].item, item != timelineCursor {
                timelineCursor = item
                previewSelection(of: .timeline)
            }
        case .actors:
            let row = actorScroll + line
            if actorRows.indices.contains(row), row != actorCursor {
                actorCursor = row
                previewSelection(of: .actors)
            }
        case .viewer:
            let model = viewerModel()
            let row = viewerScroll + line
            if model.lines.indices.contains(row), let item = model.lines[row].item { viewerCursor = item }
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

    // MARK: Typing in a prompt

    mutating func typing(_ action: Action) {
        if editPrompt(action) { return }
        switch action {
        case .refreshSearch: refreshGlobalSearch()
        case .submit:
            remember(query)
            if mode == .globalSearch {
                refreshGlobalSearch()
                focus = .viewer
                viewerCursor = 0
            }
            if case .goTo(let text) = mode { goTo(text) }
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
                viewerCursor = 0
                viewerScroll = 0
            } else if mode == .filter {
                actorText = nil
                recomputeActorRows()
            } else {
                global = nil
                goBack()
            }
            mode = .normal
        case .moveDown where mode == .globalSearch: moveResults(1)
        case .moveUp where mode == .globalSearch: moveResults(-1)
        case .quit: isFinished = true
        case .resize(let newSize):
            size = newSize
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
        default: search?.query ?? ""
        }
    }

    mutating func setQuery(_ q: String) {
        if case .goTo = mode {
            // Digits only: a row number.
            mode = .goTo(String(q.filter(\.isNumber)))
        } else if mode == .viewerFilter {
            viewerFilter = ViewerFilter(content: viewer, text: q)
            viewerCursor = 0
            viewerScroll = 0
        } else if mode == .filter {
            actorText = q
            recomputeActorRows()
            actorCursor = 0
            actorScroll = 0
            previewSelection(of: .actors)
        } else if mode == .globalSearch {
            // Only the query changes now; the results follow when typing pauses.
            var g = global ?? GlobalSearch(query: q)
            g.query = q
            global = g
            viewer = .results
            viewerCursor = 0
            viewerScroll = 0
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
        viewerCursor = 0
        viewerScroll = 0
    }

    mutating func moveResults(_ delta: Int) {
        let count = viewerModel().targets.count
        guard count > 0 else { return }
        viewerCursor = clamp(viewerCursor + delta, 0, count - 1)
    }

    func currentRow(of pane: Pane) -> Int {
        switch pane {
        case .timeline:
            let lines = TimelinePane.model(self, width: contentRect(.timeline).width).lineOfEntry
            return lines.indices.contains(timelineCursor) ? lines[timelineCursor] : 0
        case .actors: return actorCursor
        case .viewer:
            let model = viewerModel()
            return model.isList && model.lineOfItem.indices.contains(viewerCursor) ? model.lineOfItem[viewerCursor] : viewerScroll
        }
    }

    // MARK: Keeping things in view

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

func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { max(lo, min(hi, v)) }

extension Int {
    func addingClamped(_ d: Int) -> Int {
        let (r, overflow) = addingReportingOverflow(d)
        return overflow ? (d > 0 ? Int.max : Int.min) : r
    }
}
