/// What a claim says happened to a round at the date it gives: held ("was held on July 4-5"),
/// planned ("will take place in mid-July"), postponed ("had been scheduled for March but was
/// put off") or cancelled ("was called off"). The cues are `postponed-cues` and
/// `cancelled-cues` in `rounds.yaml`; held and planned come from the date's tense. A
/// postponed or cancelled date is kept with its status but never dates the round.
public enum ClaimStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case held, planned, postponed, cancelled

    /// Whether the date it goes with may date the round.
    public var datesTheRound: Bool { self == .held || self == .planned }
}
