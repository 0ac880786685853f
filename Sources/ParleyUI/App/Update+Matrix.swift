import ParleyModel

/// The actors × rounds matrix (`M`): opened in the viewer, ←/→ move between rounds, Enter
/// opens a cell's sentences, `o` orders the rows, `t` filters them by type.
extension AppState {
    /// The viewer shows the matrix and has the focus: ←/→ move between its rounds.
    var inMatrix: Bool { focus == .viewer && viewer == .matrix }

    /// `M`: the matrix, its column on the scoped or selected round.
    mutating func showMatrix() {
        guard openInViewer(.matrix) else { return }
        let m = matrix
        matrixColumn = (scope ?? selectedEntry).flatMap { m.columns.firstIndex(of: $0) } ?? 0
        if m.columns.isEmpty { message = "no rounds: the timeline is empty" }
    }

    mutating func moveMatrixColumn(_ delta: Int) {
        let count = matrix.columns.count
        // A column kept from a longer track's matrix (back from another) is brought inside first.
        matrixColumn = max(0, min(matrixColumn, count - 1))
        let next = matrixColumn + delta
        guard count > 0, next >= 0, next < count else {
            message = delta < 0 ? "the first round of the track" : "the last round of the track"
            return
        }
        matrixColumn = next
    }

    /// Enter on a row of the matrix: the sentences behind its selected cell.
    mutating func openMatrixCell() {
        let m = matrix
        matrixColumn = max(0, min(matrixColumn, m.columns.count - 1))
        guard m.rows.indices.contains(panes.viewer.cursor), m.columns.indices.contains(matrixColumn) else { return }
        pushHistory()
        viewer = .matrixCell(actor: m.rows[panes.viewer.cursor], entry: m.columns[matrixColumn])
        panes.viewer = PaneState()
    }

    /// Shows `content` in the viewer, focused, as a step Esc goes back from; false where the
    /// viewer shows it already (then it only takes the focus).
    mutating func openInViewer(_ content: ViewerContent) -> Bool {
        guard viewer != content else {
            focus = .viewer
            return false
        }
        pushHistory()
        viewer = content
        focus = .viewer
        panes.viewer = PaneState()
        return true
    }
}
