/// One item of a list in the viewer (a sentence of evidence, a mention, a search hit) over as
/// many rows as its text needs (`w`): its article's name in the first row's column, the text
/// wrapped under it, every row selecting the item. Without `w` a list keeps one row per item,
/// cut to the pane, and makes its rows only when they are shown.
enum WrappedItem {
    /// The rows of `text` after `tag` at `width`, each with the item; `marks` are byte ranges
    /// of `text` drawn in `markStyle` (a mention in its actor's colour), `words` words drawn
    /// as matches (a search's).
    static func rows(
        tag: String, text: String, width: Int, item: Int, marks: [Range<Int>] = [], markStyle: Style = .normal, words: [String] = []
    ) -> [PaneLine] {
        let tagWidth = DisplayWidth.of(tag)
        let indent = String(repeating: " ", count: tagWidth)
        let wrapped = WordWrap.wrap(text, width: max(8, width - tagWidth))
        guard !wrapped.isEmpty else { return [PaneLine(tag, runs: [.init(columns: 0..<tagWidth, style: Style(.dim))], item: item)] }
        return wrapped.enumerated().map { k, line in
            var runs: [PaneLine.Run] = k == 0 ? [.init(columns: 0..<tagWidth, style: Style(.dim))] : []
            for mark in marks {
                if let cols = line.columns(forBytes: mark) {
                    runs.append(.init(columns: (cols.lowerBound + tagWidth)..<(cols.upperBound + tagWidth), style: markStyle))
                }
            }
            for run in ViewerPane.matchColumns(in: line.text, words: words) {
                runs.append(.init(columns: (run.columns.lowerBound + tagWidth)..<(run.columns.upperBound + tagWidth), style: run.style))
            }
            return PaneLine((k == 0 ? tag : indent) + line.text, runs: runs, item: item)
        }
    }

    /// Appends `count` items: with `wrap`, every row of each now (`wrapped(n)`), noting where
    /// each starts; else one row each (`row(n)`), made when shown.
    static func append(
        _ count: Int, to lines: inout PaneLines, lineOfItem: inout [Int], wrap: Bool,
        wrapped: (Int) -> [PaneLine], row: @escaping @Sendable (Int) -> PaneLine
    ) {
        if wrap {
            for n in 0..<count {
                lineOfItem.append(lines.count)
                lines.append(wrapped(n))
            }
        } else {
            for n in 0..<count { lineOfItem.append(lines.count + n) }
            lines.append(count: count, make: row)
        }
    }
}
