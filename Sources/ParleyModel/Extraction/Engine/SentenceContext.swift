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

    public init(
        document: Document, tokens: [Token], range: Range<Int>, matches: DocumentMatches, tracks: TrackTable,
        lexicons: Lexicons, actorTypes: [ActorType] = []
    ) {
        self.document = document
        self.tokens = tokens
        self.range = range
        self.matches = matches
        self.tracks = tracks
        self.lexicons = lexicons
        self.actorTypes = actorTypes
    }

    /// The byte range of tokens `first...last`.
    public func bytes(_ first: Int, _ last: Int) -> Range<Int> { tokens[first].start..<tokens[last].end }
}
