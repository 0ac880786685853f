import ParleyModel

/// What the dashboard remembers of a corpus between runs (`SessionMemory`): rounds and actors
/// by name, so that a corpus that changed restores what still exists and nothing else.
extension AppState {
    /// Where the dashboard is now, to keep on quit.
    public var memory: SessionMemory {
        let entries = corpus.timeline.entries
        func round(_ e: Int?) -> SessionMemory.Round? {
            e.flatMap { entries.indices.contains($0) ? SessionMemory.Round(track: entries[$0].track, number: entries[$0].number) : nil }
        }
        var kept: [String: [String]] = [:]
        for (kind, queries) in history { kept[Self.historyName(kind)] = queries }
        let focusName: String
        switch focus {
        case .timeline: focusName = "rounds"
        case .actors: focusName = "actors"
        case .viewer: focusName = "source"
        }
        return SessionMemory(
            focus: focusName, selectedRound: round(selectedEntry), selectedActor: selectedActor.map { corpus.actors.actors[$0].name },
            scope: round(scope), history: kept)
    }

    /// Back where `m` says, as far as the corpus still has it: the scope, the selections (the
    /// viewer previews the focused one), the focus and the prompts' histories.
    public mutating func restore(_ m: SessionMemory) {
        let entries = corpus.timeline.entries
        func entry(_ r: SessionMemory.Round?) -> Int? {
            r.flatMap { r in entries.firstIndex { $0.track == r.track && $0.number == r.number } }
        }
        if let e = entry(m.scope) {
            scope = e
            recomputeActorRows()
        }
        if let e = entry(m.selectedRound) { panes.timeline.cursor = e }
        if let name = m.selectedActor, let a = corpus.actors.actors.firstIndex(where: { $0.name == name }),
            let row = actorRows.firstIndex(of: a)
        {
            panes.actors.cursor = row
        }
        for (name, queries) in m.history {
            guard let kind = Self.historyKind(name) else { continue }
            history[kind] = Array(queries.suffix(Self.historyLimit))
        }
        switch m.focus {
        case "actors":
            focus = .actors
            previewSelection(of: .actors)
        case "source":
            previewSelection(of: .timeline)
            focus = .viewer
        default:
            focus = .timeline
            if m.selectedRound != nil { previewSelection(of: .timeline) }
        }
        // The scoped round is what the viewer shows, unless the actor list has the focus.
        if let s = scope, focus != .actors { viewer = .round(entry: s) }
    }

    static func historyName(_ kind: PromptKind) -> String {
        switch kind {
        case .search: return "search"
        case .filter: return "filter"
        case .goTo: return "goTo"
        case .help: return "help"
        case .name: return "name"
        case .note: return "note"
        }
    }

    static func historyKind(_ name: String) -> PromptKind? {
        [PromptKind.search, .filter, .goTo, .help, .name, .note].first { historyName($0) == name }
    }
}
