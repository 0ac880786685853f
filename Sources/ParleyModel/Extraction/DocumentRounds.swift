/// The round claims of one article, and the round it is mainly about.
public struct DocumentRounds: Sendable {
    public var claims: [RoundClaim]
    /// The process the article mostly speaks of.
    public var mainTrack: String?
    /// The round the article is about: the number it gives most often on its main track.
    public var mainRound: Int?
    /// Every place the article's sentences about talks name ("talks in Vienna"), in text
    /// order: the timeline takes the most common as its own round's place when no sentence
    /// about that round names one.
    public var talkPlaces: [PlaceFinding] = []
}
