/// A date expression found in a sentence, with what it resolves to.
public struct DateMention: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// "May 3-4", "January 24th", "June 2023", "2017", "3 May 2017".
        case absolute
        /// "today", "last week", "later this month", "late last year".
        case relative
        /// "Wednesday", "on Monday".
        case weekday
        /// "two days of talks", "expected to last three days": a length, not a date.
        case duration
    }

    /// UTF-8 byte offsets within the text that was searched.
    public var range: Range<Int>
    /// The exact text of `range`.
    public var text: String
    public var kind: Kind
    /// What the expression denotes; nil where it cannot be resolved without inventing
    /// (a weekday in an undated article, a duration).
    public var value: DateValue?
    /// For `.duration`: the number of days.
    public var durationDays: Int?
    /// Whether its words speak of the past or the future, if they say.
    public var tense: DateTense?
    /// Whether the words that give `tense` stand in the date's own clause ("took place today on
    /// September 24"), not only somewhere else in its sentence ("there were two options:
    /// resuming on December 27").
    public var tenseInClause: Bool
    /// The word that gives `tense`, lowercased ("took", "will", "said").
    public var tenseWord: String?

    public init(
        range: Range<Int>, text: String, kind: Kind, value: DateValue?, durationDays: Int? = nil, tense: DateTense? = nil,
        tenseInClause: Bool = false, tenseWord: String? = nil
    ) {
        self.tenseWord = tenseWord
        self.tense = tense
        self.tenseInClause = tenseInClause
        self.range = range
        self.text = text
        self.kind = kind
        self.value = value
        self.durationDays = durationDays
    }
}
