import ParleyModel

/// Opening: what Enter, the previews, n/N and `e` show in the viewer, and the passage in focus.
extension AppState {
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
                panes.actors.scroll = 0
            }
        case .actors:
            guard let a = selectedActor else { return }
            viewer = .concordance(actor: a)
        case .viewer: return
        }
        panes.viewer = PaneState()
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
            panes.actors.scroll = 0
            viewer = .round(entry: e)
            panes.viewer = PaneState()
            focus = .viewer
        case .actors:
            guard let a = selectedActor else { return }
            pushHistory()
            viewer = .concordance(actor: a)
            panes.viewer = PaneState()
            focus = .viewer
        case .viewer where viewer == .matrix: openMatrixCell()
        case .viewer:
            let model = viewerModel()
            guard model.targets.indices.contains(panes.viewer.cursor) else { return }
            pushHistory()
            openTarget(model.targets[panes.viewer.cursor])
        }
    }

    mutating func openTarget(_ target: ViewerTarget) {
        switch target {
        case .passage(let d, let span, let actor):
            showPassage(document: d, span: span, actor: actor)
            if let actor {
                if let i = corpus.mentionIndex(of: actor, at: span) {
                    message = "mention \(i + 1)/\(corpus.mentionCount(of: actor)) of \(corpus.actors.actors[actor].name) · n/N for the next"
                }
            } else if let from = backStack.last?.viewer, from == .results || from.isRound {
                message = "n/N for the next passage of the list"
            }
        case .actor(let a):
            viewer = .concordance(actor: a)
            panes.viewer = PaneState()
            if let row = actorRows.firstIndex(of: a) { panes.actors.cursor = row }
        }
        focus = .viewer
    }

    /// Shows an article with a passage in focus, scrolled so the passage sits a third down.
    mutating func showPassage(document d: Int, span: TextSpan, actor: Int?) {
        viewer = .article(document: d, focus: span, actor: actor)
        panes.viewer.cursor = 0
        let model = viewerModel()
        let height = contentRect(.viewer).height
        panes.viewer.scroll = thirdDown(model.focusLine ?? 0, height: height, count: model.lines.count)
    }

    /// After a resize the article re-wraps: the passage in focus is brought back into view
    /// (a third down) if it left it.
    mutating func keepPassageInView() {
        guard case .article(_, _?, _) = viewer else { return }
        let model = viewerModel()
        guard let line = model.focusLine else { return }
        let height = contentRect(.viewer).height
        guard line < panes.viewer.scroll || line >= panes.viewer.scroll + height else { return }
        panes.viewer.scroll = thirdDown(line, height: height, count: model.lines.count)
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
            guard let here = corpus.mentionIndex(of: actor, at: focusSpan) else {
                // A place use ("the Russian city of Sochi") is not among the mentions n/N step through.
                message = "n/N step through \(corpus.actors.actors[actor].name)'s mentions; this is a place use: Esc for the list"
                return
            }
            let count = corpus.mentionCount(of: actor)
            let next = here + delta
            guard next >= 0, next < count else {
                message =
                    delta > 0
                    ? "last mention of \(corpus.actors.actors[actor].name)" : "first mention of \(corpus.actors.actors[actor].name)"
                return
            }
            let m = corpus.mention(of: actor, at: next)
            if let d = corpus.documentIndex(of: m.span.document) { showPassage(document: d, span: m.span, actor: actor) }
            message = "mention \(next + 1)/\(count) of \(corpus.actors.actors[actor].name)"
            return
        }
        if case .article(_, let focusSpan?, nil) = viewer, stepThroughOpenedList(delta, from: focusSpan) { return }
        message = "no search here: / searches this pane"
    }

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

    /// The passage a copy or a citation is of: the article's passage in focus, else the
    /// viewer's selected row where it opens one.
    var focusedPassage: (document: Int, span: TextSpan)? {
        if case .article(let d, let span?, _) = viewer { return (d, span) }
        let model = viewerModel()
        guard model.targets.indices.contains(panes.viewer.cursor), case .passage(let d, let span, _) = model.targets[panes.viewer.cursor]
        else {
            return nil
        }
        return (d, span)
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
        guard model.targets.indices.contains(from.panes.viewer.cursor),
            case .passage(_, let opened, _) = model.targets[from.panes.viewer.cursor],
            opened == span
        else { return false }
        var next = from.panes.viewer.cursor + delta
        // Rows that open no passage (an actor among search results) are stepped over.
        while model.targets.indices.contains(next), case .actor = model.targets[next] { next += delta }
        guard model.targets.indices.contains(next), case .passage(let d, let target, let actor) = model.targets[next] else {
            message = delta > 0 ? "last row of the list" : "first row of the list"
            return true
        }
        from.panes.viewer.cursor = next
        backStack[backStack.count - 1] = from
        showPassage(document: d, span: target, actor: actor)
        let passages = model.targets.filter { if case .passage = $0 { true } else { false } }.count
        let position = model.targets[...next].filter { if case .passage = $0 { true } else { false } }.count
        message = "passage \(position.thousandsGrouped()) of \(passages.thousandsGrouped()) · n/N for the next"
        return true
    }
}
