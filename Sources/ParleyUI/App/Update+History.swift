import ParleyModel

/// Going back and forth: Esc, Backspace and `]`, and the locations they return to.
extension AppState {
    /// Esc: closes a pane search, else goes back one level (article → the round's evidence →
    /// the timeline), and clears the round scope only when there is nothing left to go back
    /// to. Clearing the scope is never a history step, so Esc and Backspace never toggle it.
    mutating func cancel() {
        if search != nil {
            search = nil
        } else if let f = viewerFilter, f.content == viewer {
            viewerFilter = nil
            panes.viewer = PaneState()
        } else if actorText != nil {
            actorText = nil
            recomputeActorRows()
        } else if actorFilter != nil, focus == .actors {
            // The type filter (`t`) is a chip like the others: Esc clears it where it is seen.
            actorFilter = nil
            recomputeActorRows()
        } else if !backStack.isEmpty {
            goBack()
        } else if scope != nil {
            scope = nil
            recomputeActorRows()
        } else {
            message = "nothing to go back to"
        }
    }

    mutating func pushHistory() {
        backStack.append(location)
        if backStack.count > 200 { backStack.removeFirst() }
        forwardStack.removeAll()
    }

    mutating func goBack() {
        guard let last = backStack.popLast() else {
            message = "nothing to go back to"
            return
        }
        forwardStack.append(location)
        restore(last)
    }

    mutating func goForward() {
        guard let next = forwardStack.popLast() else {
            message = "nothing to go forward to"
            return
        }
        backStack.append(location)
        restore(next)
    }
}
