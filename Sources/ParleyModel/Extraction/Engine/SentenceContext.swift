/// What a rule is given: one sentence of one document, with what earlier stages found in the
/// document (the gazetteer matches), the processes the corpus names, and the lexicons. A rule
/// reads nothing else, so it can be run on one sentence without building a corpus.
public struct SentenceContext: Sendable {
    public let document: Document
    public let tokens: [Token]
    /// The sentence's tokens.
    public let range: Range<Int>
    public let matches: DocumentMatches
    public let tracks: TrackTable
    public let lexicons: Lexicons
    /// The type of every actor by index, so that a match of a person is told from the rest.
    public let actorTypes: [ActorType]
    /// Every actor's name and first demonym ("" where it has none), by index, for rules that
    /// name what they find after a known actor ("Ministry of Foreign Affairs of Kazakhstan").
    public let actorNames: [String]
    public let actorDemonyms: [String]

    public init(
        document: Document, tokens: [Token], range: Range<Int>, matches: DocumentMatches, tracks: TrackTable,
        lexicons: Lexicons, actorTypes: [ActorType] = [], actorNames: [String] = [], actorDemonyms: [String] = []
    ) {
        self.document = document
        self.tokens = tokens
        self.range = range
        self.matches = matches
        self.tracks = tracks
        self.lexicons = lexicons
        self.actorTypes = actorTypes
        self.actorNames = actorNames
        self.actorDemonyms = actorDemonyms
    }

    /// The byte range of tokens `first...last`.
    public func bytes(_ first: Int, _ last: Int) -> Range<Int> { tokens[first].start..<tokens[last].end }

    /// The state a known name at token `i` names, as an actor or as a place ("Kazakh",
    /// "Kazakhstan", "the Republic of Kazakhstan"), with the match.
    public func state(at i: Int) -> ActorMatcher.Match? {
        guard i >= range.lowerBound, i < range.upperBound, let m = matches.anyMatch(at: i), m.actor >= 0, m.actor < actorTypes.count,
            actorTypes[m.actor] == .state
        else { return nil }
        return m
    }

    /// The state named just before token `i`, possessive or not ("Kazakh ⟨i⟩", "Kazakhstan's ⟨i⟩").
    public func state(before i: Int) -> ActorMatcher.Match? {
        guard i - 1 >= range.lowerBound else { return nil }
        if let m = state(at: i - 1), m.lastToken == i - 1 { return m }
        if i - 3 >= range.lowerBound, tokens[i - 1].word == Self.s, tokens[i - 2].word == .apostrophe, let m = state(at: i - 3),
            m.lastToken == i - 3
        {
            return m
        }
        return nil
    }

    static let s = Word("s")
}
