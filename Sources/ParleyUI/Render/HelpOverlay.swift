/// The help overlay, generated from the keymap: every key by section, how prompts edit, and
/// what each mark on screen means. `/` filters it to the rows that hold the typed text.
enum HelpOverlay {
    /// The widest the overlay grows: a key column and a line of help beside it.
    static let maxWidth = 84
    /// The key column: its indent and width.
    static let keyIndent = 2
    static let keyWidth = 16

    /// The overlay's rows at an inner `width`: the sections of the keymap with their keys, then
    /// the marks on screen, each help text wrapped under its column; only the rows whose key,
    /// text or section holds `filter` (case folded), and a note when none does.
    static func rows(width: Int, filter: String = "", keyMap: KeyMap = .standard) -> [(String, Style)] {
        let wanted = filter.lowercased()
        func matches(_ parts: String...) -> Bool { wanted.isEmpty || parts.contains { $0.lowercased().contains(wanted) } }
        var rows: [(String, Style)] = []
        func entry(_ key: String, _ text: String) {
            let column = keyIndent + keyWidth + 1
            let lines = WordWrap.wrap(text, width: max(8, width - column)).map(\.text)
            // Keys too long for their column ("PgDn Space Ctrl-F f") take a row of their own.
            let longKey = DisplayWidth.of(key) > keyWidth
            if longKey { rows.append((String(repeating: " ", count: keyIndent) + key, .normal)) }
            for (k, line) in (lines.isEmpty ? [""] : lines).enumerated() {
                let head = k == 0 && !longKey ? String(repeating: " ", count: keyIndent) + DisplayWidth.pad(key, to: keyWidth) + " " : ""
                rows.append((DisplayWidth.pad(head, to: column) + line, .normal))
            }
        }
        func section(_ title: String, _ entries: [(String, String)]) {
            let shown = entries.filter { matches($0.0, $0.1, title) }
            guard !shown.isEmpty else { return }
            if !rows.isEmpty { rows.append(("", .normal)) }
            rows.append((title, Style(.title, attributes: .bold)))
            for (key, text) in shown { entry(key, text) }
        }
        var sections: [(String, [(String, String)])] = []
        for b in keyMap.bindings {
            if sections.last?.0 != b.section { sections.append((b.section, [])) }
            sections[sections.count - 1].1.append((b.keyLabel, b.help))
        }
        for (title, entries) in sections { section(title, entries) }
        section("In a prompt", keyMap.promptBindings.map { ($0.keyLabel, $0.help) })
        section("On screen", symbols)
        if rows.isEmpty { rows.append(("Nothing in the help holds “\(filter)”: Esc clears the filter.", Style(.dim))) }
        return rows
    }

    /// What each mark on screen means, for the help.
    static let symbols: [(String, String)] = [
        ("▤", "articles that report the round"),
        ("~  ▸  ×", "a date planned, under way, put off"),
        ("≠", "reports disagree (tallied in the round)"),
        ("◆", "an actor found in the text, not a list"),
        ("│", "between an article's name and its text"),
        ("[round: … ✕ Esc]", "the actors are that round's; Esc clears"),
        ("[&text] [zoom]", "a filter, a zoomed pane; Esc / z clear"),
        ("12 of 40", "where you are in the focused list"),
    ]

    /// The overlay's box on a screen of `size`, for `rowCount` rows.
    static func box(size: Size, rowCount: Int) -> Rect {
        let width = min(size.width - 2, maxWidth)
        let height = min(size.height - 2, rowCount + 2)
        return Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
    }

    /// The inner width rows are wrapped to on a screen of `size`.
    static func innerWidth(_ size: Size) -> Int { max(1, min(size.width - 2, maxWidth) - 3) }

    /// How far the overlay can scroll on a screen of `size` with `filter`.
    static func maxScroll(size: Size, filter: String, keyMap: KeyMap = .standard) -> Int {
        let count = rows(width: innerWidth(size), filter: filter, keyMap: keyMap).count
        return max(0, count - max(0, box(size: size, rowCount: count).height - 2))
    }

    static func draw(_ s: AppState, into buffer: inout ScreenBuffer) {
        let rows = self.rows(width: innerWidth(buffer.size), filter: s.helpFilter, keyMap: s.keyMap)
        let box = self.box(size: buffer.size, rowCount: rows.count)
        guard box.width >= 20, box.height >= 3 else { return }
        buffer.fill(box, style: .normal)
        let title =
            s.mode == .helpFilter || !s.helpFilter.isEmpty
            ? " Keys · /\(s.mode == .helpFilter ? PromptText.withCursor(s.helpFilter, at: s.promptCursor) : s.helpFilter) · Esc clears "
            : " Keys · / filters · j/k scroll · Esc closes "
        buffer.drawBox(box, style: Style(.border, attributes: .bold), title: title, titleStyle: Style(.title, attributes: .bold))
        let inner = box.inset(by: 1)
        for (i, row) in rows.dropFirst(s.helpScroll).prefix(inner.height).enumerated() {
            _ = buffer.put(
                DisplayWidth.truncate(row.0, to: inner.width - 1), x: inner.x + 1, y: inner.y + i, style: row.1,
                clip: Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1), height: inner.height))
        }
    }
}
