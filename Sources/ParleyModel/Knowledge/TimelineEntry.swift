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

    /// How many articles agree with a value, of how many that give one.
    public struct Support: Sendable, Hashable {
        public var agree: Int
        public var of: Int
    }

    /// A place one passage gives for the round.
    public struct PlaceClaim: Sendable, Hashable {
        public var place: PlaceFinding
        /// The sentence that names it.
        public var sentence: TextSpan
        /// Held or planned, where the words around the round say.
        public var status: ClaimStatus?
        /// Said of where an article's talks are, in no sentence about the round ("talks in
        /// Vienna" in a report on the round): read only where no sentence places the round.
        public var ofArticle: Bool
    }

    /// What the articles say of one actor's part in the round: present ("the delegation
    /// headed by ...") or absent ("Jordan did not send a delegation"), with the mention that says so.
    public struct Participation: Sendable, Hashable {
        public var actor: Int
        public var present: Bool
        /// Held or planned, by the tense of the sentence's cue, where it says.
        public var status: ClaimStatus?
        /// The first mention that says so.
        public var span: TextSpan
        public var sentence: TextSpan
    }

    public var track: String
    public var number: Int
    /// The round's date as precisely as the articles agree on it; nil if none gives one.
    public var date: DateValue?
    /// Every date claim behind `date`, agreeing or not.
    public var dateClaims: [DateClaim]
    /// True when two articles give dates that cannot both be right.
    public var hasConflict: Bool
    /// How many of the articles that date the round agree with `date`, of how many ("134 of
    /// 140 reports: 20 Oct 2019"); nil when none dates it.
    public var dateSupport: Support? = nil
    /// Held, under way, planned, postponed or cancelled, from all its claims (`ClaimStatus.ofRound`).
    public var status: ClaimStatus? = nil
    /// What the claims `date` comes from say: planned where only plans date the round.
    public var dateStatus: ClaimStatus? = nil

    /// The date for people, saying what kind of claim gives it: "3–4 May 2017", "planned Oct
    /// 2017", "21 Dec 2017 (under way)", "—".
    public var humanDate: String {
        let text = HumanDate.format(date)
        guard date != nil, let s = dateStatus, s != .held else { return text }
        return s == .underWay ? text + " (under way)" : s.label + " " + text
    }

    /// Where the articles disagree on the date, how many agree with it: "1 of 2 reports"; nil
    /// where they agree.
    public var conflictTally: String? {
        guard hasConflict, let s = dateSupport else { return nil }
        return "\(s.agree) of \(s.of) report\(s.of == 1 ? "" : "s")"
    }
    public var place: String?
    /// Every place claim behind `place`, agreeing or not.
    public var placeClaims: [PlaceClaim] = []
    /// True when the claims `place` is chosen from name two cities (or, with no city, two states).
    public var placeConflict = false
    public var documents: [DocumentID]
    /// Actor indices of those present, most mentioned first.
    public var participants: [Int]
    /// Every actor said to take part or to stay away: those present in `participants`' order,
    /// then the absent.
    public var participation: [Participation] = []
    /// The sentences that speak of the round.
    public var evidence: [TextSpan]
    /// What each article says of who took part or stayed away: per article, each actor's first
    /// mention that says so (`participation` keeps only the first in the corpus). For "who says
    /// what" (`RoundAccounts`).
    public var participationByArticle: [Participation] = []

    public var id: String { "\(track)#\(number)" }
}
