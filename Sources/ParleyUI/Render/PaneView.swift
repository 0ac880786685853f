import ParleyModel

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
            scroll = s.panes.timeline.scroll
            selectedLine = model.lineOfEntry.indices.contains(s.panes.timeline.cursor) ? model.lineOfEntry[s.panes.timeline.cursor] : nil
            title = "1 Rounds · \(s.corpus.timeline.entries.count)"
            position = row(s.panes.timeline.cursor, of: s.corpus.timeline.entries.count)
        case .actors:
            lines = ActorPane.lines(s, width: content.width)
            scroll = s.panes.actors.scroll
            selectedLine = s.actorRows.isEmpty ? nil : s.panes.actors.cursor
            title = "2 Actors · \(s.actorRows.count.thousandsGrouped())"
            // Scoped, the list holds the round's actors; its counts are still of every article.
            if let e = s.scope, s.corpus.timeline.entries.indices.contains(e) {
                title += " in round \(s.corpus.timeline.entries[e].number) · counts: all articles"
            }
            if s.actorSort != .mentions { title += " · by \(s.actorSort.rawValue)" }
            position = row(s.panes.actors.cursor, of: s.actorRows.count)
        case .viewer:
            let model = ViewerPane.model(s, width: content.width)
            lines = model.lines
            scroll = s.panes.viewer.scroll
            if model.isList, model.lineOfItem.indices.contains(s.panes.viewer.cursor) {
                selectedLine = model.lineOfItem[s.panes.viewer.cursor]
            }
            if model.isList, s.wrapRows { selectedItem = s.panes.viewer.cursor }
            title = "3 \(model.title)"
            if model.isList {
                position = row(s.panes.viewer.cursor, of: model.targets.count)
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
        // `&` marks what it kept, as `/` marks its matches: the text in every row it leaves.
        let filterText: String? =
            switch pane {
            case .actors: s.actorText
            case .viewer: s.viewerFilter.flatMap { $0.content == s.viewer ? $0.text : nil }
            case .timeline: nil
            }
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
            if let filterText, !filterText.isEmpty {
                for run in ViewerPane.matchColumns(in: line.text, words: [filterText]) {
                    let hi = min(content.width, run.columns.upperBound)
                    guard run.columns.lowerBound < hi else { continue }
                    buffer.setStyle(
                        Style(.match, attributes: [.bold, .underline]),
                        in: Rect(x: content.x + run.columns.lowerBound, y: y, width: hi - run.columns.lowerBound, height: 1))
                }
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
