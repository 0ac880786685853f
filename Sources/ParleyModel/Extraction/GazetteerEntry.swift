/// One actor as a gazetteer describes it.
public struct GazetteerEntry: Sendable, Hashable {
    /// Which layer an entry came from; the corpus layer wins where both name one alias.
    public enum Layer: String, Sendable, Hashable, Codable { case world, corpus }

    public var name: String
    public var type: ActorType
    public var aliases: [String]
    public var demonyms: [String]
    public var capital: String?
    /// Other names of the same capital city, former or foreign ("Nur-Sultan" for Astana): a
    /// round held there is placed under the name the article uses.
    public var capitalNames: [String]
    public var metonyms: [String]
    /// Name of another actor this one belongs to ("Iran" for an Iranian minister).
    public var affiliation: String?
    public var side: ActorSide?
    /// A news agency or outlet ("TASS", "Reuters"): it reports the talks, it takes no part.
    public var isOutlet: Bool
    public var layer: Layer

    public init(
        name: String, type: ActorType, aliases: [String] = [], demonyms: [String] = [], capital: String? = nil,
        capitalNames: [String] = [],
        metonyms: [String] = [], affiliation: String? = nil, side: ActorSide? = nil, isOutlet: Bool = false,
        layer: Layer = .corpus
    ) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.demonyms = demonyms
        self.capital = capital
        self.capitalNames = capitalNames
        self.metonyms = metonyms
        self.affiliation = affiliation
        self.side = side
        self.isOutlet = isOutlet
        self.layer = layer
    }
}
