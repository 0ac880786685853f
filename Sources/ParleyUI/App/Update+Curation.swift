import ParleyModel

/// Curating the actors from the dashboard: Space marks rows, `m` merges, `r` renames, `x`
/// rejects, `S` splits a mention off, `u`/`U` undo and redo. Each change is recorded in the
/// curation log, applied to the corpus as extracted, and handed to the backend to keep
/// (`curationToSave`); what the screen held is mapped to the new actor numbers by name.
extension AppState {
    mutating func performCuration(_ action: Action) {
        if action == .toggleMark, focus != .actors {
            perform(.pageDown)
            return
        }
        if action == .rejectActor, focus == .viewer, viewer == .bookmarks {
            deleteSelectedBookmark()
            return
        }
        if let problem = curationProblem, action != .toggleMark {
            message = "cannot change the actors: \(problem)"
            return
        }
        switch action {
        case .toggleMark:
            guard let a = selectedActor else { return }
            if markedActors.remove(a) == nil { markedActors.insert(a) }
            move(by: 1)
            let n = markedActors.count
            message = n == 0 ? "no rows marked" : "\(n) marked: m merges them\(n == 1 ? " with the selected row" : "")"
        case .mergeActors:
            guard focus == .actors else { return hintActorList("m merges") }
            var ids = markedActors
            if let a = selectedActor { ids.insert(a) }
            guard ids.count >= 2 else {
                message = "mark two actors or more with Space, then m merges them"
                return
            }
            let counts = corpus.actors.mentionsByActor
            let names = ids.sorted { counts[$0].count != counts[$1].count ? counts[$0].count > counts[$1].count : $0 < $1 }
                .map { corpus.actors.actors[$0].name }
            startNaming(.merge(actors: names), text: names[0])
        case .renameActor:
            guard focus == .actors else { return hintActorList("r renames") }
            guard let a = selectedActor else { return }
            startNaming(.rename(actor: corpus.actors.actors[a].name), text: corpus.actors.actors[a].name)
        case .rejectActor:
            guard focus == .actors else { return hintActorList("x rejects") }
            guard let a = selectedActor else { return }
            curate(.reject(actor: corpus.actors.actors[a].name))
        case .splitMention:
            guard focus == .viewer, let (d, span) = focusedPassage, let actor = viewerActor,
                corpus.mentionIndex(of: actor, at: span) != nil
            else {
                message = "S splits a mention off its actor: select one in an actor's mentions (Enter on an actor)"
                return
            }
            let anchored = AnchoredSpan(span, in: corpus.documents[d])
            startNaming(.split(actor: corpus.actors.actors[actor].name, mention: anchored), text: anchored.quote)
        case .undoCuration: stepCuration(back: true)
        case .redoCuration: stepCuration(back: false)
        default: break
        }
    }

    /// `u` (back) and `U`: the latest change undone, or the latest undone made again.
    mutating func stepCuration(back: Bool) {
        var log = curation
        guard let change = back ? log.undo() : log.redo() else {
            message = "no change to the actors to \(back ? "undo" : "redo")"
            return
        }
        switchCuration(to: log)
        message = back ? "undone: \(change.summary) · U redoes" : "redone: \(change.summary)"
    }

    /// The actor the viewer lists or opened a mention of.
    var viewerActor: Int? {
        switch viewer {
        case .concordance(let a): return a
        case .article(_, _, let a): return a
        default: return nil
        }
    }

    mutating func hintActorList(_ what: String) {
        message = "\(what) in the actor list: press 2 to focus it"
    }

    mutating func startNaming(_ naming: ActorNaming, text: String) {
        resetPrompt()
        namingText = text
        mode = .naming(naming)
    }

    /// Enter in the name prompt: the change, made with the name typed.
    mutating func submitName(_ naming: ActorNaming) {
        let name = namingText.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            message = "a name is needed: Esc cancels"
            return
        }
        switch naming {
        case .merge(let actors): curate(.merge(actors: actors, name: name))
        case .rename(let actor) where actor == name: message = "\(actor) keeps its name"
        case .rename(let actor): curate(.rename(actor: actor, name: name))
        case .split(let actor, let mention): curate(.split(actor: actor, mention: mention, name: name))
        }
    }

    /// Records a change and shows it, or says why it cannot be made and changes nothing.
    mutating func curate(_ change: CurationChange) {
        var log = curation
        log.record(change)
        let (curated, outcomes) = extracted.curated(by: log)
        guard let outcome = outcomes.last, outcome.applied else {
            message = "cannot \(change.summary): \(outcomes.last?.note ?? "it does not apply")"
            return
        }
        // The row to keep selected: the actor the change leaves.
        var keep: String?
        switch change {
        case .merge(_, let name), .rename(_, let name): keep = name
        case .split(let actor, _, _): keep = actor
        case .reject: keep = nil
        }
        switchCuration(to: log, curated: (curated, outcomes), select: keep)
        message = "\(change.summary) · u undoes"
    }

    /// Shows another curation: the actors anew, and what the screen held (the viewer, the way
    /// back and forward, the selection) mapped to the new numbers by name.
    mutating func switchCuration(
        to log: CurationLog, curated: (corpus: Corpus, outcomes: [CurationOutcome])? = nil, select: String? = nil
    ) {
        let oldNames = corpus.actors.actors.map(\.name)
        let selectedName = select ?? selectedActor.map { oldNames[$0] }
        let rowBefore = panes.actors.cursor
        show(curation: log, curated: curated ?? extracted.curated(by: log))
        var byName: [String: Int] = [:]
        for a in corpus.actors.actors.reversed() {
            for alias in a.aliases { byName[alias] = a.id }
        }
        for a in corpus.actors.actors { byName[a.name] = a.id }
        func map(_ old: Int) -> Int? { oldNames.indices.contains(old) ? byName[oldNames[old]] : nil }
        func map(_ content: ViewerContent) -> ViewerContent? {
            switch content {
            case .concordance(let a): return map(a).map { .concordance(actor: $0) }
            case .article(let d, let span, let a?): return .article(document: d, focus: span, actor: map(a))
            case .matrixCell(let a, let e): return map(a).map { .matrixCell(actor: $0, entry: e) }
            default: return content
            }
        }
        viewer = map(viewer) ?? .welcome
        backStack = backStack.compactMap { l in map(l.viewer).map { Location(focus: l.focus, viewer: $0, panes: l.panes, scope: l.scope) } }
        forwardStack = forwardStack.compactMap { l in
            map(l.viewer).map { Location(focus: l.focus, viewer: $0, panes: l.panes, scope: l.scope) }
        }
        viewerFilter = nil
        search = nil
        if var g = global {
            g.answered = g.query + "\u{0}"  // stale: its actor numbers are the old ones
            global = g
            refreshGlobalSearch()
        }
        recomputeActorRows()
        if let name = selectedName, let id = byName[name], let row = actorRows.firstIndex(of: id) {
            panes.actors.cursor = row
        } else {
            panes.actors.cursor = min(rowBefore, max(0, actorRows.count - 1))
        }
        // An actor the viewer showed that is gone (undone, rejected): the selected row's instead.
        if viewer == .welcome, focus == .actors { previewSelection(of: .actors) }
        curationToSave = log
    }
}
