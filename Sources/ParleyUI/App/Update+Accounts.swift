import ParleyModel

/// Who says what about a round (`c`), opened from the rounds, a round's view or a matrix cell.
extension AppState {
    /// `c`: who says what about the round the viewer shows, else the one selected or scoped.
    mutating func showAccounts() {
        let entry: Int?
        switch viewer {
        case .round(let e), .accounts(let e): entry = e
        case .matrixCell(_, let e): entry = e
        default: entry = focus == .timeline ? selectedEntry : scope ?? selectedEntry
        }
        guard let e = entry else {
            message = "c shows what each article says of a round: select one in the rounds (1)"
            return
        }
        _ = openInViewer(.accounts(entry: e))
    }
}
