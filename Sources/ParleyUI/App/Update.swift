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
        case .right where inMatrix: moveMatrixColumn(1)
        case .right: open()
        case .left where inMatrix: moveMatrixColumn(-1)
        case .left: goBack()
        case .showMatrix: showMatrix()
        case .showAccounts: showAccounts()
        case .exportView: requestExport()
        case .bookmark: startBookmark()
        case .showBookmarks: showBookmarks()
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
            panes.viewer = PaneState()
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
            if model.isList, model.lineOfItem.indices.contains(panes.viewer.cursor) {
                panes.viewer.scroll = min(panes.viewer.scroll, model.lineOfItem[panes.viewer.cursor])
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
        case .toggleMark, .mergeActors, .renameActor, .rejectActor, .splitMention, .undoCuration, .redoCuration:
            performCuration(action)
        case .cycleSort where inMatrix:
            matrixSort = matrixSort.next
            panes.viewer = PaneState()
            message = "matrix sorted by \(matrixSort.rawValue)"
        case .cycleTypeFilter where inMatrix:
            cycleActorType()
            panes.viewer = PaneState()
            message = "matrix: \(actorFilter.map { "only \($0.rawValue)s" } ?? "every type")"
        case .cycleSort where focus != .actors, .cycleTypeFilter where focus != .actors:
            // The actor list's keys act where it is focused; elsewhere they say where they work.
            message = "o and t sort and filter the actor list: press 2 to focus it"
        case .cycleSort:
            actorSort = actorSort.next
            recomputeActorRows()
            message = "actors sorted by \(actorSort.rawValue)"
        case .cycleTypeFilter:
            cycleActorType()
            panes.actors.scroll = 0
            previewSelection(of: .actors)
        case .click(let x, let y): click(x: x, y: y)
        case .scroll(let x, let y, let lines): wheel(x: x, y: y, lines: lines)
        case .resize(let newSize):
            size = newSize
            keepPassageInView()
        case .insert, .deleteBackward, .deleteWord, .clearPrompt, .submit, .cursorLeft, .cursorRight, .cursorHome, .cursorEnd,
            .historyPrevious, .historyNext:
            break
        case .refreshSearch: refreshGlobalSearch()
        }
    }

}

extension AppState {
    /// `t`: the actor list (and the matrix, which shows its rows) to the next type, then all.
    mutating func cycleActorType() {
        let order: [ActorType?] = [nil, .state, .organisation, .group, .person]
        actorFilter = order[((order.firstIndex(of: actorFilter) ?? 0) + 1) % order.count]
        recomputeActorRows()
    }
}

func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { max(lo, min(hi, v)) }

extension Int {
    func addingClamped(_ d: Int) -> Int {
        let (r, overflow) = addingReportingOverflow(d)
        return overflow ? (d > 0 ? Int.max : Int.min) : r
    }
}
