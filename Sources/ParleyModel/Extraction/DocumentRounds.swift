/// The round claims of one article, and the round it is mainly about.
public struct DocumentRounds: Sendable {
    public var claims: [RoundClaim]
    /// The process the article mostly speaks of.
    public var mainTrack: String?
    /// The round the article is about: the number it gives most often on its main track.
    public var mainRound: Int?
    /// Where the article's sentences about talks place them, most often ("talks in Vienna"):
    /// the place of its own round when no sentence about that round names one.
    public var talksPlace: String? = nil
    /// Every place those sentences name, in text order: `talksPlace` with its words.
    public var talkPlaces: [PlaceFinding] = []
}
