/// A state, organisation, group or person the corpus names, with everything known of it.
public struct Actor: Sendable, Hashable, Identifiable {
    /// Whether a gazetteer knew the actor or the text revealed it.
    public enum Origin: String, Sendable, Hashable, Codable {
        case gazetteer, discovered
    }

    /// A role the text gives the actor ("Deputy Foreign Minister"), where it says so.
    public struct Role: Sendable, Hashable {
        public var text: String
        public var span: TextSpan
    }

    /// Index in the corpus's actor table.
    public var id: Int
    public var name: String
    public var type: ActorType
    /// Other names it goes by: the gazetteer's aliases and the variants seen in the text.
    public var aliases: [String]
    public var side: ActorSide?
    /// The actor it belongs to, by name ("Iran" for an Iranian minister).
    public var affiliation: String?
    public var origin: Origin
    /// For discovered actors: the phrase that revealed them, and where.
    public var cue: String?
    public var cueSpan: TextSpan?
    /// The role phrases the text gives it ("Deputy Foreign Minister"), each once, with the
    /// place it is first said (in corpus order).
    public var roles: [Role]
    /// For aliases the text revealed as spellings of the name: the rule that joined each
    /// ("transliteration (y → i)", "one unreadable letter", "a dropped particle").
    public var joinedBy: [String: String] = [:]
    /// A news agency or outlet ("TASS", "Tasnim News Agency"): listed, never a participant.
    public var isOutlet = false
    /// Names that stand for it without being its name: demonyms, capital, metonyms
    /// ("Russian", "Moscow", "the Kremlin"). Search finds the actor by these too.
    public var otherNames: [String] = []
    /// What the user's curation did to it, in order ("merged by you: Alexander Lavrentyev →
    /// Alexander Lavrentiev"); empty for an actor as extracted.
    public var curation: [String] = []
}
