import ParleyModel

/// `E`: the focused view, with its scope and filters, as a file the backend writes (named in
/// the status line): the rounds as a Markdown brief, the actor list or an actor's mentions as
/// CSV, the matrix as CSV, who says what about a round as JSON.
extension AppState {
    mutating func requestExport() {
        let entries = corpus.timeline.entries
        func slug(_ parts: [String]) -> String {
            let text = parts.joined(separator: "-").lowercased()
            let kept = text.map { $0.isLetter || $0.isNumber ? $0 : "-" }
            return String(kept).split(separator: "-").joined(separator: "-")
        }
        switch (focus, viewer) {
        case (.actors, _):
            exportRequest = ExportRequest(content: .table(.actors, entries: Array(entries.indices), actors: actorRows), name: "actors")
        case (.timeline, _), (.viewer, .welcome):
            let chosen = scope.map { [$0] } ?? Array(entries.indices)
            let name = scope.map { slug([entries[$0].track, "round", String(entries[$0].number)]) } ?? "rounds"
            let title = scope.map { "\(entries[$0].track) round \(entries[$0].number)" } ?? "Rounds of talks"
            exportRequest = ExportRequest(content: .brief(entries: chosen, title: title), name: name)
        case (.viewer, .round(let e)), (.viewer, .matrixCell(_, let e)):
            exportRequest = ExportRequest(
                content: .brief(entries: [e], title: "\(entries[e].track) round \(entries[e].number)"),
                name: slug([entries[e].track, "round", String(entries[e].number)]))
        case (.viewer, .accounts(let e)):
            exportRequest = ExportRequest(
                content: .accounts(entry: e), name: slug([entries[e].track, "round", String(entries[e].number), "accounts"]))
        case (.viewer, .concordance(let a)), (.viewer, .article(_, _, let a?)):
            exportRequest = ExportRequest(
                content: .table(.mentions, entries: [], actors: [a]), name: slug([corpus.actors.actors[a].name, "mentions"]))
        case (.viewer, .matrix):
            let m = matrix
            exportRequest = ExportRequest(
                content: .matrix(ActorRoundMatrixKey(actors: actorRows, track: m.track, sort: m.sort)), name: slug(["matrix", m.track]))
        case (.viewer, .bookmarks):
            let found = locatedBookmarks.map { MarkdownBrief.Bookmark(span: $0.span, note: bookmarks[$0.index].note) }
            guard !found.isEmpty else {
                message = "no bookmarks to export: b on a passage makes one"
                return
            }
            exportRequest = ExportRequest(content: .bookmarks(found), name: "bookmarks")
        case (.viewer, .article), (.viewer, .results):
            message = "E exports the rounds (1), the actors (2), a round, an actor's mentions or the matrix"
        }
    }
}
