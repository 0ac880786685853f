/// `parley search QUERY --json`.
public struct SearchReport: Codable, Sendable {
    public struct Hit: Codable, Sendable {
        public var span: SpanJSON
        public var matches: [SpanJSON]
        public var snippet: String
        public var score: Double
    }

    public var query: String
    /// How many passages match in all; `hits` holds the best of them, at most the limit.
    public var total: Int
    public var hits: [Hit]
    public var actors: [ActorsReport.Entry]

    public init(_ corpus: Corpus, query: String, limit: Int = 50) {
        self.query = query
        let found = corpus.search.counted(query, limit: limit)
        total = found.total
        hits = found.hits.map { h in
            Hit(
                span: SpanJSON(h.span, in: corpus), matches: h.matches.map { SpanJSON($0, in: corpus) },
                snippet: h.snippet, score: (h.score * 1000).rounded() / 1000)
        }
        actors = corpus.search.actors(matching: query).map { ActorsReport.Entry(actor: corpus.actors.actors[$0.actor], in: corpus) }
    }
}
