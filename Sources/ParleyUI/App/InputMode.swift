/// Whether keys are commands or text typed into a prompt.
public enum InputMode: Sendable, Hashable {
    case normal
    /// Typing a search for the focused pane.
    case paneSearch
    /// Typing a search across the corpus.
    case globalSearch
    /// Typing the filter of the actor list (`&`).
    case filter
    /// Typing the filter of the source's list (`&` where the viewer lists items).
    case viewerFilter
    /// Typing a row number to go to (`:N`; in the timeline, a round's number).
    case goTo(String)
    /// Typing the filter of the help overlay (`/` while it is open).
    case helpFilter
}
