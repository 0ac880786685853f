/// `parley round N --json`: who says what about one round, article by article.
public struct RoundAccountsReport: Codable, Sendable {
    public struct Claim: Codable, Sendable {
        /// The date (EDTF-like), the place, or the actor's name.
        public var value: String
        public var status: String?
        /// The words that say it.
        public var span: SpanJSON
        /// The sentence they stand in.
        public var sentence: SpanJSON
    }

    public struct Article: Codable, Sendable {
        public var document: String
        public var outlet: String?
        public var date: String?
        public var dates: [Claim]
        public var places: [Claim]
        public var present: [Claim]
        public var absent: [Claim]
    }

    public struct Tally: Codable, Sendable {
        public var value: String
        public var articles: Int
    }

    public struct Split: Codable, Sendable {
        public var actor: String
        public var present: Int
        public var absent: Int
    }

    /// A claim and what each article (in `articles` order) says of it: its status, "said"
    /// where no tense, null where the article does not say it.
    public struct Comparison: Codable, Sendable {
        public var kind: String
        public var value: String
        public var byArticle: [String?]
        public var disputed: Bool
    }

    public var track: String
    public var number: Int
    public var date: String?
    public var place: String?
    public var status: String?
    public var disagree: Bool
    /// Two dates (places) given that cannot both be right.
    public var datesDisagree: Bool
    public var placesDisagree: Bool
    public var dates: [Tally]
    public var places: [Tally]
    /// Actors some articles say took part and others say stayed away.
    public var splits: [Split]
    public var articles: [Article]
    /// The claims side by side, a column per article.
    public var comparison: [Comparison]

    public init(_ r: RoundAccounts, in corpus: Corpus) {
        let e = corpus.timeline.entries[r.entry]
        track = e.track
        number = e.number
        date = e.date?.edtf
        place = e.place
        status = e.status?.name
        disagree = r.disagree
        datesDisagree = r.datesDisagree
        placesDisagree = r.placesDisagree
        dates = r.dates.map { Tally(value: $0.value, articles: $0.articles) }
        places = r.places.map { Tally(value: $0.value, articles: $0.articles) }
        splits = r.splits.map { Split(actor: corpus.actors.actors[$0.actor].name, present: $0.present, absent: $0.absent) }
        comparison = r.comparison(corpus).map { Comparison(kind: $0.kind, value: $0.value, byArticle: $0.byArticle, disputed: $0.disputed) }
        articles = r.accounts.map { a in
            let doc = corpus.documents[a.document]
            func claim(_ value: String, _ status: ClaimStatus?, _ span: TextSpan, _ sentence: TextSpan) -> Claim {
                Claim(value: value, status: status?.name, span: SpanJSON(span, in: corpus), sentence: SpanJSON(sentence, in: corpus))
            }
            return Article(
                document: doc.id.path, outlet: doc.metadata.outlet, date: doc.metadata.date?.edtf,
                dates: a.dates.map { claim($0.value.edtf, $0.status, $0.span, $0.sentence) },
                places: a.places.map { claim($0.place.text, $0.status, $0.place.span, $0.sentence) },
                present: a.participation.filter(\.present).map {
                    claim(corpus.actors.actors[$0.actor].name, $0.status, $0.span, $0.sentence)
                },
                absent: a.participation.filter { !$0.present }.map {
                    claim(corpus.actors.actors[$0.actor].name, $0.status, $0.span, $0.sentence)
                })
        }
    }
}
