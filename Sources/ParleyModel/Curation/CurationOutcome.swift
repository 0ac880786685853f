/// What became of one change when it was applied to the corpus as loaded.
public struct CurationOutcome: Sendable, Hashable {
    public var change: CurationChange
    /// False for an orphan: the actor (or the mention) it names is not in the corpus now,
    /// because the articles changed. Kept in the file and listed, never dropped.
    public var applied: Bool
    /// Why it was not applied, or what of it was not ("Karim Haddad is not in the corpus").
    public var note: String?

    public init(change: CurationChange, applied: Bool, note: String? = nil) {
        self.change = change
        self.applied = applied
        self.note = note
    }

    public var isOrphan: Bool { !applied }
}
