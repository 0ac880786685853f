import ParleyModel

/// What the source viewer shows.
public enum ViewerContent: Sendable, Hashable {
    /// Nothing chosen yet: a short guide.
    case welcome
    /// A round's evidence: each sentence that speaks of it, by article.
    case round(entry: Int)
    /// An actor's concordance: every mention, left context | mention | right context.
    case concordance(actor: Int)
    /// An article, with a passage in focus; `actor` when opened from a mention, so that
    /// n/N can step through that actor's mentions.
    case article(document: Int, focus: TextSpan?, actor: Int?)
    /// Results of a search across the corpus.
    case results
    /// The bookmarks (`B`): each passage marked with `b`, with its note; orphans after them.
    case bookmarks
    /// Who says what about a round (`c`): each article's account, side by side.
    case accounts(entry: Int)
    /// Actors × the rounds of a track (`M`): a cell for each, present, absent or named.
    case matrix
    /// The sentences behind one cell of the matrix: an actor's part in a round.
    case matrixCell(actor: Int, entry: Int)
}

extension ViewerContent {
    /// Whether it is a round's evidence (whichever round).
    public var isRound: Bool {
        if case .round = self { return true }
        return false
    }
}
