import ParleyModel

/// The actor list as rows: name (discovered ones marked ◆), type, side or affiliation,
/// number of mentions, coloured by type.
public enum ActorPane {
    /// The rows, made as they are shown (a large corpus names thousands of actors).
    public static func lines(_ state: AppState, width: Int) -> PaneLines {
        let actors = state.corpus.actors
        let rows = state.actorRows
        if rows.isEmpty { return PaneLines([PaneLine("No actors here.", style: Style(.dim))]) }
        // Wide enough for the largest count of the corpus (40,935 mentions in a large one),
        // and the same whatever the scope or filter, so the columns do not move.
        let countWidth = Columns.countWidth(actors.mentionsByActor.lazy.map(\.count).max() ?? 0, atLeast: 4)
        let marked = state.markedActors
        return PaneLines([], then: rows.count) { row in
            line(actors, actor: rows[row], row: row, width: width, countWidth: countWidth, marked: marked.contains(rows[row]))
        }
    }

    /// One row; a row marked with Space for `m` leads with ✓ (in place of ◆).
    static func line(_ actors: ActorIndex, actor id: Int, row: Int, width: Int, countWidth: Int, marked: Bool = false) -> PaneLine {
        let a = actors.actors[id]
        let mark = marked ? "✓ " : a.origin == .discovered ? "◆ " : "  "
        let type: String
        switch a.type {
        case .state: type = "state"
        case .organisation: type = "org"
        case .group: type = "group"
        case .person: type = "person"
        }
        let wide = width >= 44
        var fixed: [(String, Int, DisplayWidth.Alignment)] = [(type, 6, .leading)]
        // An actor the text names only as a location ("Vienna, Austria") says so.
        let placeOnly = actors.mentionsByActor[id].isEmpty && !actors.placesByActor[id].isEmpty
        if wide {
            fixed.append((a.side?.rawValue ?? a.affiliation ?? (a.isOutlet ? "outlet" : placeOnly ? "place only" : ""), 11, .leading))
        }
        fixed.append((String(actors.mentionsByActor[id].count), countWidth, .trailing))
        let text = Columns.row(mark + a.name, fixed, width: width)
        let nameWidth = min(width, DisplayWidth.of(mark + a.name))
        let nameStyle = marked ? style(for: a).adding(.bold).adding(.underline) : style(for: a)
        return PaneLine(text, runs: [.init(columns: 0..<nameWidth, style: nameStyle)], item: row)
    }

    /// The colour role of an actor's type; discovered people have their own.
    public static func style(for a: Actor) -> Style {
        if a.origin == .discovered { return Style(.discovered) }
        switch a.type {
        case .state: return Style(.state)
        case .organisation: return Style(.organisation)
        case .group: return Style(.group)
        case .person: return Style(.person)
        }
    }
}
