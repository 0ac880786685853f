import ParleyModel

/// Draws a state into a screen buffer of the state's size. Pure: the same state always
/// gives the same cells.
public func render(_ state: AppState) -> ScreenBuffer {
    render(state, size: state.size)
}

/// Draws a state into a screen buffer of the given size.
public func render(_ state: AppState, size: Size) -> ScreenBuffer {
    var s = state
    s.size = Size(width: max(0, size.width), height: max(0, size.height))
    var buffer = ScreenBuffer(size: s.size)
    let layout = Layout(size: s.size, focus: s.focus, zoomed: s.zoomed)
    if layout.kind == .tooSmall {
        TooSmallView.draw(into: &buffer)
        return buffer
    }
    if let tabs = layout.tabs { TabBar.draw(s, in: tabs, into: &buffer) }
    for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        PaneView.draw(s, pane: pane, in: rect, into: &buffer)
    }
    StatusBar.draw(s, in: layout.statusBar, into: &buffer)
    if s.showHelp { HelpOverlay.draw(s, into: &buffer) }
    return buffer
}

/// The plain message shown below the smallest usable size.
enum TooSmallView {
    static func draw(into buffer: inout ScreenBuffer) {
        let size = buffer.size
        guard size.width > 0, size.height > 0 else { return }
        let need = Layout.minimum
        let lines = ["Terminal too small", "need \(need.width)×\(need.height), have \(size.width)×\(size.height)", "q quits"]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let text = DisplayWidth.truncate(line, to: size.width)
            let x = max(0, (size.width - DisplayWidth.of(text)) / 2)
            _ = buffer.put(text, x: x, y: top + i, style: i == 0 ? Style(.title, attributes: .bold) : .normal)
        }
    }
}

/// The tab row of the one-pane layout.
enum TabBar {
    static func draw(_ s: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let w = max(1, rect.width / Pane.allCases.count)
        for pane in Pane.allCases {
            let label = DisplayWidth.pad(" \(pane.rawValue + 1) \(pane.title)", to: w)
            let style = pane == s.focus ? Style(.focusedSelection, attributes: [.bold, .reverse]) : Style(.statusBar)
            _ = buffer.put(label, x: rect.x + pane.rawValue * w, y: rect.y, style: style, clip: rect)
        }
    }
}

/// One pane: its border and title, and its rows with selection, styles and search matches.
enum PaneView {
    static func draw(_ s: AppState, pane: Pane, in rect: Rect, into buffer: inout ScreenBuffer) {
        let focused = pane == s.focus
        let content = rect.inset(by: 1)
        let lines: PaneLines
        let scroll: Int
        var selectedLine: Int?
        /// In wrapped lists (`w`) an item has several rows: every row of it is selected.
        var selectedItem: Int?
        var title: String
        // Where you are, for the focused pane's bottom border: "12 of 40,558" in a list, the
        // rows in view of a text.
        var position: String?
        func row(_ cursor: Int, of count: Int) -> String? {
            focused && count > 0 ? "\((cursor + 1).thousandsGrouped()) of \(count.thousandsGrouped())" : nil
        }
        switch pane {
        case .timeline:
            let model = TimelinePane.model(s, width: content.width)
            lines = PaneLines(model.lines)
            scroll = s.timelineScroll
            selectedLine = model.lineOfEntry.indices.contains(s.timelineCursor) ? model.lineOfEntry[s.timelineCursor] : nil
            title = "1 Rounds · \(s.corpus.timeline.entries.count)"
            position = row(s.timelineCursor, of: s.corpus.timeline.entries.count)
        case .actors:
            lines = ActorPane.lines(s, width: content.width)
            scroll = s.actorScroll
            selectedLine = s.actorRows.isEmpty ? nil : s.actorCursor
            title = "2 Actors · \(s.actorRows.count.thousandsGrouped())"
            // Scoped, the list holds the round's actors; its counts are still of every article.
            if let e = s.scope, s.corpus.timeline.entries.indices.contains(e) {
                title += " in round \(s.corpus.timeline.entries[e].number) · counts: all articles"
            }
            if s.actorSort != .mentions { title += " · by \(s.actorSort.rawValue)" }
            position = row(s.actorCursor, of: s.actorRows.count)
        case .viewer:
            let model = ViewerPane.model(s, width: content.width)
            lines = model.lines
            scroll = s.viewerScroll
            if model.isList, model.lineOfItem.indices.contains(s.viewerCursor) { selectedLine = model.lineOfItem[s.viewerCursor] }
            if model.isList, s.wrapRows { selectedItem = s.viewerCursor }
            title = "3 \(model.title)"
            if model.isList {
                position = row(s.viewerCursor, of: model.targets.count)
            } else if focused, lines.count > content.height {
                let last = min(lines.count, scroll + content.height)
                position = "rows \((scroll + 1).thousandsGrouped())–\(last.thousandsGrouped()) of \(lines.count.thousandsGrouped())"
            }
        }
        let border = focused ? Style(.border, attributes: .bold) : Style(.border, attributes: .dim)
        buffer.drawBox(
            rect, style: border, title: " \(DisplayWidth.truncate(title, to: max(0, rect.width - 4))) ",
            titleStyle: focused ? Style(.title, attributes: [.bold, .reverse]) : Style(.title))
        guard content.width > 0, content.height > 0 else { return }
        if focused, let position, DisplayWidth.of(position) + 6 < rect.width {
            let text = " \(position) "
            let x = rect.x + rect.width - 2 - DisplayWidth.of(text)
            _ = buffer.put(text, x: x, y: rect.y + rect.height - 1, style: border, clip: rect)
        }
        let matches = s.search.flatMap { $0.pane == pane ? $0 : nil }
        for row in 0..<content.height {
            let index = scroll + row
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            let y = content.y + row
            _ = buffer.put(line.text, x: content.x, y: y, style: line.style, clip: content)
            for run in line.runs {
                let lo = max(0, run.columns.lowerBound)
                let hi = min(content.width, run.columns.upperBound)
                if lo < hi { buffer.setStyle(run.style, in: Rect(x: content.x + lo, y: y, width: hi - lo, height: 1)) }
            }
            if index == selectedLine || (selectedItem != nil && line.item == selectedItem) {
                let style = focused ? Style(.focusedSelection, attributes: [.reverse, .bold]) : Style(.selection, attributes: .reverse)
                buffer.setStyle(style, in: Rect(x: content.x, y: y, width: content.width, height: 1))
            }
            if let matches {
                for (k, m) in matches.matches.enumerated() where m.row == index {
                    let chars = Array(line.text)
                    guard m.range.upperBound <= chars.count else { continue }
                    let lo = DisplayWidth.of(String(chars[..<m.range.lowerBound]))
                    let hi = min(content.width, lo + DisplayWidth.of(String(chars[m.range])))
                    guard lo < hi else { continue }
                    let style =
                        k == matches.current
                        ? Style(.currentMatch, attributes: [.reverse, .bold, .underline]) : Style(.match, attributes: [.bold, .underline])
                    buffer.setStyle(style, in: Rect(x: content.x + lo, y: y, width: hi - lo, height: 1))
                }
            }
        }
    }
}

/// The bottom line: the focused pane, scope and filter chips, the search prompt with its
/// count, a message, and a reminder of help and quit.
enum StatusBar {
    static func draw(_ s: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(rect, style: Style(.statusBar))
        var x = rect.x
        func put(_ text: String, _ style: Style) {
            guard x < rect.maxX else { return }
            // `put` returns the column after what it wrote, not its width.
            x = buffer.put(text, x: x, y: rect.y, style: style, clip: rect)
        }
        let right = " ? help  q quit "
        let rightWidth = rect.width >= 60 ? DisplayWidth.of(right) : 0
        let left = Rect(x: rect.x, y: rect.y, width: max(0, rect.width - rightWidth), height: 1)
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
                put("  \(span.document.path):\(line):\(column) · bytes \(span.start)–\(span.end)", Style(.statusBar, attributes: .dim))
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
