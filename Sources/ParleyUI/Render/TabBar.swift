import ParleyModel

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
