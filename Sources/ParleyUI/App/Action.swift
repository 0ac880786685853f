/// Everything a user can ask of the dashboard, as data. Keys map to actions (`KeyMap`);
/// `update` gives each its meaning.
public enum Action: Hashable, Sendable {
    case quit
    case toggleHelp
    case focusNext, focusPrevious
    case focus(Pane)
    case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    /// Enter: open what is selected.
    case open
    /// Esc: close help, cancel a search, clear the scope, or go back, whichever applies first.
    case cancel
    case back, forward
    /// `l →` and `h ←`: open and back, except in the matrix, where they move to the next and
    /// the previous round.
    case right, left
    /// `M`: the actors × rounds matrix.
    case showMatrix
    /// `c`: who says what about the selected or shown round.
    case showAccounts
    /// `b`: bookmark the focused passage (with a note); `B`: list the bookmarks.
    case bookmark, showBookmarks
    /// `E`: export the focused view, with its scope and filters, to a file.
    case exportView
    /// `/`: incremental search in the focused pane.
    case startSearch
    /// `&`: filter the actor list to the rows that match.
    case startFilter
    /// `:`: go to a row by its number (in the timeline, to a round by its number).
    case startGoTo
    /// `s`: search all text and actors.
    case startGlobalSearch
    case nextMatch, previousMatch
    case cycleSort, cycleTypeFilter
    /// `y`: copy the focused passage with its citation; `Y`: only the citation.
    case copyPassage, copyCitation
    /// `z`: the focused pane fills the screen, and back.
    case toggleZoom
    /// `w`: the viewer's list items wrapped over as many rows as they need, and back.
    case toggleWrap
    /// `e`, `v`: open the focused article in the editor at the passage's line; `|`: show the
    /// focused passage with its citation in the pager.
    case openInEditor, pipeToPager
    /// Space: mark the actor row for `m` (elsewhere, page down).
    case toggleMark
    /// `m` merge the marked actors, `r` rename, `x` reject the row, `S` split the mention in
    /// focus off its actor; `u` undo and `U` redo the latest change to the actors.
    case mergeActors, renameActor, rejectActor, splitMention, undoCuration, redoCuration
    /// A line from the backend for the status bar (how a program it ran ended).
    case report(String)
    /// Typing into a search prompt.
    case insert(Character)
    case deleteBackward
    /// In a prompt, as in a shell: Ctrl-W deletes the word before the cursor, Ctrl-U the line.
    case deleteWord, clearPrompt
    /// In a prompt: the cursor one character left or right, to the start or the end.
    case cursorLeft, cursorRight, cursorHome, cursorEnd
    /// In a prompt: an earlier or a later query of this session (↑ ↓, Ctrl-P Ctrl-N).
    case historyPrevious, historyNext
    case submit
    /// Run the global search for the query as typed; the backend sends it when typing pauses.
    case refreshSearch
    case click(x: Int, y: Int)
    case scroll(x: Int, y: Int, lines: Int)
    case resize(Size)
}
