/// What a claim says happened to a round at the date it gives: held ("was held on July 4-5"),
/// planned ("will take place in mid-July"), postponed ("had been scheduled for March but was
/// put off") or cancelled ("was called off"). The cues are `postponed-cues` and
/// `cancelled-cues` in `rounds.yaml`; held and planned come from the date's tense. A
/// postponed or cancelled date is kept with its status but never dates the round, and so is a
/// contradicted one: said to be held on a day after the article's own ("took place today on
/// September 24" in a report of September 15).
///
/// Under way is what a report of the round's own day says of it while it runs ("kicked off on
/// Wednesday" in a report of that Wednesday, "the talks got under way today").
public enum ClaimStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case held
    case underWay = "under-way"
    case planned, postponed, cancelled, contradicted

    /// Whether the date it goes with may date the round.
    public var datesTheRound: Bool { self == .held || self == .underWay || self == .planned }

    /// A round's status from all its claims: held once any says so, else under way, else
    /// called off, moved, or only planned; a contradicted claim says nothing of it.
    public static func ofRound(_ statuses: some Sequence<ClaimStatus>) -> ClaimStatus? {
        let all = Set(statuses)
        return [.held, .underWay, .cancelled, .postponed, .planned].first { all.contains($0) }
    }

    /// What a tense alone says: past is held, future is planned.
    public init(tense: DateTense) { self = tense == .past ? .held : .planned }

    /// The status in words, for a reader: "held", "under way", "planned".
    public var name: String { self == .underWay ? "under way" : rawValue }

    /// How a status reads beside a date ("planned Mar 2020"); empty for held.
    public var label: String { self == .held ? "" : name }
}
