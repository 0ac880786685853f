/// One change a user made to the actor list, as data: kept in the corpus's curation file and
/// applied on every load, in order, after extraction.
///
/// Actors are named by name, not by number: numbers change with the corpus, names are what
/// the user saw. A change whose actor no longer exists is an orphan (`CurationOutcome`).
public enum CurationChange: Sendable, Hashable, Codable {
    /// The actors become one, named `name` (one of theirs or a new one); the others' names
    /// become its aliases. "merge Alexander Lavrentyev, Alexander Lavrentiev as Alexander Lavrentiev".
    case merge(actors: [String], name: String)
    /// The actor's name becomes `name`; the old one stays as an alias.
    case rename(actor: String, name: String)
    /// Not an actor: its row and mentions go ("Tuesday" found as a person).
    case reject(actor: String)
    /// One mention is a different actor: it becomes an actor of its own, named `name`.
    case split(actor: String, mention: AnchoredSpan, name: String)

    /// What the change says, for lists and the status line.
    public var summary: String {
        switch self {
        case .merge(let actors, let name): return "merge \(actors.joined(separator: ", ")) as \(name)"
        case .rename(let actor, let name): return "rename \(actor) to \(name)"
        case .reject(let actor): return "reject \(actor)"
        case .split(let actor, let mention, let name):
            return "split \(mention.span.document):\(mention.span.start)-\(mention.span.end) (“\(mention.quote)”) off \(actor) as \(name)"
        }
    }

    /// The command that makes it: "merge", "rename", "reject", "split".
    public var verb: String {
        switch self {
        case .merge: return "merge"
        case .rename: return "rename"
        case .reject: return "reject"
        case .split: return "split"
        }
    }
}
