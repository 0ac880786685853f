/// A person found by `NameFinder`: a name in a context that marks it as a person's.
public struct NameFinding: Sendable, Hashable {
    /// The name as written, white space folded ("Kairat Abdrakhmanov").
    public var name: String
    public var firstToken: Int
    public var lastToken: Int
    public var span: TextSpan
    /// The phrase that found it: a title, an appositive, "told AFP", "led by".
    public var cue: String
    public var cueSpan: TextSpan
    /// The role the context gives ("Deputy Foreign Minister"), if any.
    public var role: RoleFinding?
}

/// A role phrase tied to a person: its text, where it is, and whom it affiliates them with.
public struct RoleFinding: Sendable, Hashable {
    public var text: String
    public var span: TextSpan
    /// Index of the actor the role phrase names ("Iranian" -> Iran), if any.
    public var affiliation: Int?
}
