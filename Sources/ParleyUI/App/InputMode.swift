import ParleyModel

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
    /// Typing the name for a change to the actors (`m`, `r`, `S`).
    case naming(ActorNaming)
    /// Typing the note of a bookmark for this passage (`b`).
    case bookmarkNote(AnchoredSpan)
}

/// What a name typed in the actor list is for.
public enum ActorNaming: Sendable, Hashable {
    /// The name of the actors merged (`m`).
    case merge(actors: [String])
    /// The actor's new name (`r`).
    case rename(actor: String)
    /// The name of the actor a mention is split off into (`S`).
    case split(actor: String, mention: AnchoredSpan)
}
