import ParleyModel

/// The bottom line: the focused pane, scope and filter chips, the search prompt with its
/// count, a message, and a reminder of help and quit.
enum StatusBar {
    static func draw(_ s: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(rect, style: Style(.statusBar))
        var x = rect.x
        let right = " ? help  q quit "
        let rightWidth = rect.width >= 60 ? DisplayWidth.of(right) : 0
        let left = Rect(x: rect.x, y: rect.y, width: max(0, rect.width - rightWidth), height: 1)
        /// Writes on, cut with an ellipsis where the left part of the line ends (never under
        /// the help reminder, never cut without a mark).
        func put(_ text: String, _ style: Style) {
            guard x < left.maxX else { return }
            // `put` returns the column after what it wrote, not its width.
            x = buffer.put(DisplayWidth.truncate(text, to: left.maxX - x), x: x, y: rect.y, style: style, clip: left)
        }
        /// The room left on the line.
        func room() -> Int { max(0, left.maxX - x) }
        switch s.mode {
        case .paneSearch:
            let q = s.search?.query ?? ""
            let count = s.search.map { $0.matches.isEmpty ? (q.isEmpty ? "" : " 0/0") : " \($0.current + 1)/\($0.matches.count)" } ?? ""
            put(
                DisplayWidth.truncate("/\(PromptText.withCursor(q, at: s.promptCursor))\(count)", to: left.width),
                Style(.statusBar, attributes: .bold))
        case .goTo(let text):
            put(
                DisplayWidth.truncate(":\(PromptText.withCursor(text, at: s.promptCursor)) go to row (Enter)", to: left.width),
                Style(.statusBar, attributes: .bold))
        case .viewerFilter:
            let n = s.viewerModel().targets.count
            put(
                DisplayWidth.truncate(
                    "&\(PromptText.withCursor(s.viewerFilter?.text ?? "", at: s.promptCursor)) \(n.thousandsGrouped()) row\(n == 1 ? "" : "s")",
                    to: left.width), Style(.statusBar, attributes: .bold))
        case .naming(let naming):
            let what: String
            switch naming {
            case .merge(let actors): what = "merge \(actors.count) actors as"
            case .rename(let actor): what = "rename \(actor) to"
            case .split(let actor, let mention): what = "split “\(mention.quote)” off \(actor) as"
            }
            put(
                DisplayWidth.truncate(
                    "\(what): \(PromptText.withCursor(s.namingText, at: s.promptCursor))  Enter · Esc cancels", to: left.width),
                Style(.statusBar, attributes: .bold))
        case .bookmarkNote(let passage):
            put(
                DisplayWidth.truncate(
                    "bookmark “\(passage.quote)” with a note: \(PromptText.withCursor(s.namingText, at: s.promptCursor))  Enter · Esc cancels",
                    to: left.width), Style(.statusBar, attributes: .bold))
        case .helpFilter:
            put(
                DisplayWidth.truncate(
                    "help: /\(PromptText.withCursor(s.helpFilter, at: s.promptCursor)) Enter keeps, Esc clears", to: left.width),
                Style(.statusBar, attributes: .bold))
        case .filter:
            let n = s.actorRows.count
            put(
                DisplayWidth.truncate(
                    "&\(PromptText.withCursor(s.actorText ?? "", at: s.promptCursor)) \(n.thousandsGrouped()) actor\(n == 1 ? "" : "s")",
                    to: left.width),
                Style(.statusBar, attributes: .bold))
        case .globalSearch:
            let n = s.global?.count ?? 0
            let count = s.needsSearch ? "searching…" : "\(n) result\(n == 1 ? "" : "s")"
            put(
                DisplayWidth.truncate(
                    "search all: \(PromptText.withCursor(s.global?.query ?? "", at: s.promptCursor)) \(count)", to: left.width),
                Style(.statusBar, attributes: .bold))
        case .normal:
            put(" \(s.focus.title) ", Style(.statusBar, attributes: .bold))
            if let scope = s.scope, s.corpus.timeline.entries.indices.contains(scope) {
                let e = s.corpus.timeline.entries[scope]
                put(" ", Style(.statusBar))
                put("[round: \(e.track) \(e.number) ✕ Esc]", Style(.chip, attributes: [.reverse, .bold]))
            }
            if let filter = s.actorFilter {
                put(" ", Style(.statusBar))
                put("[type: \(filter.rawValue)]", Style(.chip, attributes: .reverse))
            }
            if let text = s.actorText, !text.isEmpty {
                put(" ", Style(.statusBar))
                put("[&\(text) ✕ Esc]", Style(.chip, attributes: .reverse))
            }
            if let f = s.viewerFilter, f.content == s.viewer, !f.text.isEmpty {
                put(" ", Style(.statusBar))
                put("[source &\(f.text) ✕ Esc]", Style(.chip, attributes: .reverse))
            }
            if s.zoomed {
                put(" ", Style(.statusBar))
                put("[zoom ✕ z]", Style(.chip, attributes: .reverse))
            }
            // Where the passage in focus is, as an editor would open it.
            if s.message == nil, s.focus == .viewer, let (d, span) = s.focusedPassage {
                let (line, column) = Citation.lineAndColumn(of: span.start, in: s.corpus.documents[d])
                // The byte range goes first where there is no room for all: the place stays whole.
                let place = "  \(span.document.path):\(line):\(column)"
                let full = place + " · bytes \(span.start)–\(span.end)"
                put(DisplayWidth.of(full) <= room() ? full : place, Style(.statusBar, attributes: .dim))
            }
            if let search = s.search, search.pane == s.focus, !search.query.isEmpty {
                let count = search.matches.isEmpty ? "0/0" : "\(search.current + 1)/\(search.matches.count)"
                put(" /\(search.query) \(count)", Style(.statusBar))
            }
            if let message = s.message { put("  " + message, Style(.statusBar, attributes: .dim)) }
        }
        if rightWidth > 0 {
            _ = buffer.put(right, x: rect.maxX - rightWidth, y: rect.y, style: Style(.statusBar, attributes: .dim), clip: rect)
        }
    }
}
