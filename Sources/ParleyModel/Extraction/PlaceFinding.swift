/// A place a sentence names where talks may be held: the words as written, where they stand,
/// and whether they name a city ("in Abu Dhabi", "the Kazakh capital") or only a state ("in
/// the UAE"). A round's place is a city where any claim gives one.
public struct PlaceFinding: Sendable, Hashable {
    /// The place as the text names it ("Nur-Sultan", not today's "Astana").
    public var text: String
    /// The words that name it.
    public var span: TextSpan
    /// The token the place starts at, for attaching it to the round phrase of its clause.
    public var token: Int
    /// True for a city, false for a state.
    public var isCity: Bool
    /// What two findings share when they name one place under two names ("Astana" and
    /// "Nur-Sultan" are one city): the actor whose capital or name it is, else the folded words.
    public var key: String
}
