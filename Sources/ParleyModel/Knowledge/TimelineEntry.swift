/// One round of one process, merged from every article that speaks of it.
public struct TimelineEntry: Sendable, Hashable, Identifiable {
    /// A date one passage gives for the round.
    public struct DateClaim: Sendable, Hashable {
        public var value: DateValue
        /// The words that give the date, and the sentence around them.
        public var span: TextSpan
        public var sentence: TextSpan
        /// Held or planned, where the words around the date say.
        public var status: ClaimStatus? = nil
    }

    public var track: String
    public var number: Int
    /// The round's date as precisely as the articles agree on it; nil if none gives one.
    public var date: DateValue?
    /// Every date claim behind `date`, agreeing or not.
    public var dateClaims: [DateClaim]
    /// True when two articles give dates that cannot both be right.
    public var hasConflict: Bool
    public var place: String?
    public var documents: [DocumentID]
    /// Actor indices, most mentioned first.
    public var participants: [Int]
    /// The sentences that speak of the round.
    public var evidence: [TextSpan]

    public var id: String { "\(track)#\(number)" }
}
