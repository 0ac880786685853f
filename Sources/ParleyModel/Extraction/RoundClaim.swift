/// What one passage says about a round of talks. Claims are kept as found and merged into
/// the timeline later, so every entry can show the sentences behind it.
public struct RoundClaim: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// "a fourth round", "the 21st round", "round 9", "Astana-8".
        case numbered
        /// "the previous round", "the latest round of talks in March", "the next round".
        case relative
        /// "three rounds of negotiations in Astana since January".
        case count
        /// Talks reported under way on a date, with no number: "are meeting Monday in Kazakhstan's capital".
        case reportedTalks
        /// The timing of the article's own round, given apart from its number: "kicked off on Wednesday".
        case timing
    }

    public var kind: Kind
    /// The process the round belongs to ("Astana", "Geneva").
    public var track: String
    /// The round's number: as written, or resolved from the article's own round.
    public var number: Int?
    /// For relative claims: before, at or after the article's own round.
    public var relation: RoundRelation?
    /// For count claims: how many rounds.
    public var count: Int?
    /// The phrase that makes the claim ("fourth round", "The latest round of talks").
    public var phrase: TextSpan
    /// The sentence it stands in.
    public var sentence: TextSpan
    public var sentenceIndex: Int
    /// A date the passage gives for the round, and the words that give it.
    public var date: DateValue?
    public var dateSpan: TextSpan?
    /// "two days of talks": how long the round lasts.
    public var durationDays: Int?
    /// Where the passage says it is held: the words that say so, and whether they name a
    /// city or a state.
    public var placeFinding: PlaceFinding? = nil
    /// The place as the text names it.
    public var place: String? { placeFinding?.text }
    /// What the passage says happened at its date: held, planned, postponed, cancelled.
    public var status: ClaimStatus? = nil
    /// Held or planned by the tense of the words around the phrase, for a claim no date of
    /// its own gives a status ("the fifth round ended", "the next round will be held"): says how
    /// the round stands, never what date it has.
    public var tenseStatus: ClaimStatus? = nil
    /// A relative phrase narrowed by a place ("the last meeting in Nur-Sultan"): the last at
    /// that place, so no round number is read from it.
    public var placeRestricted = false
}
