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

    public init(range: Range<Int>, text: String, kind: Kind, value: DateValue?, durationDays: Int? = nil, tense: DateTense? = nil) {
        self.tense = tense
        self.range = range
        self.text = text
        self.kind = kind
        self.value = value
        self.durationDays = durationDays
    }
}
