/// `parley actors --json`.
public struct ActorsReport: Codable, Sendable {
    public struct Role: Codable, Sendable {
        public var text: String
        public var span: SpanJSON
    }

    /// A name the actor goes by, and why it is the actor's.
    public struct Variant: Codable, Sendable {
        public var text: String
        /// "gazetteer" for a gazetteer's alias; else the rule that joined the spelling.
        public var rule: String
    }

    public struct Entry: Codable, Sendable {
        public var name: String
        public var type: String
        public var aliases: [String]
        /// Each alias with the rule that made it the actor's.
        public var variants: [Variant]
        public var roles: [Role]
        public var affiliation: String?
        public var side: String?
        /// True for a news agency or outlet, which reports the talks and takes part in no round.
        public var outlet: Bool
        /// "gazetteer" or "discovered".
        public var origin: String
        /// For discovered actors: the phrase that revealed them.
        public var cue: SpanJSON?
        public var rounds: [Int]
        /// Actor mentions and place uses, in corpus order.
        public var mentions: [MentionJSON]
        /// What the user's curation did to it ("merged by you: A → B"), in order.
        public var curation: [String]

        public init(actor a: Actor, in corpus: Corpus) {
            name = a.name
            type = a.type.rawValue
            aliases = a.aliases
            variants = a.aliases.map { Variant(text: $0, rule: a.joinedBy[$0] ?? "spelt so in the text (case, accents or spacing)") }
            roles = a.roles.map { Role(text: $0.text, span: SpanJSON($0.span, in: corpus)) }
            affiliation = a.affiliation
            side = a.side?.rawValue
            outlet = a.isOutlet
            origin = a.origin.rawValue
            cue = a.cueSpan.map { SpanJSON($0, in: corpus) }
            rounds = corpus.rounds(of: a.id).map(\.number).sorted()
            mentions = corpus.mentionsAndPlaces(of: a.id).map { MentionJSON($0.mention.span, use: $0.use, in: corpus) }
            curation = a.curation
        }
    }

    public var actors: [Entry]

    public init(_ corpus: Corpus, type: ActorType? = nil) {
        actors = corpus.actors.actors
            .filter { type == nil || $0.type == type }
            .sorted { a, b in
                let ma = corpus.actors.mentionsByActor[a.id].count
                let mb = corpus.actors.mentionsByActor[b.id].count
                return ma != mb ? ma > mb : a.name < b.name
            }
            .map { Entry(actor: $0, in: corpus) }
    }
}
