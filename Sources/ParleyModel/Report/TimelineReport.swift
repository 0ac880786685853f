/// `parley timeline --json`.
public struct TimelineReport: Codable, Sendable {
    public struct DateClaimJSON: Codable, Sendable {
        public var date: String
        public var span: SpanJSON
        /// held, planned, postponed or cancelled, where the words around the date say.
        public var status: String?
    }

    /// A place one passage gives for the round.
    public struct PlaceClaimJSON: Codable, Sendable {
        /// As the text names it ("Nur-Sultan").
        public var place: String
        public var span: SpanJSON
        /// held, under-way, planned, ..., where the words say; null for where an article's
        /// talks are, said in no sentence about the round.
        public var status: String?
        /// A city (true) or only a state (false).
        public var city: Bool
    }

    /// One actor's part in the round, with the mention that says so.
    public struct ParticipationJSON: Codable, Sendable {
        public var actor: String
        public var present: Bool
        public var status: String?
        public var span: SpanJSON
    }

    /// How many articles agree with the round's date, of how many that date it.
    public struct SupportJSON: Codable, Sendable {
        public var agree: Int
        public var of: Int
    }

    public struct Round: Codable, Sendable {
        public var track: String
        public var number: Int
        /// EDTF-like date, null when no article gives one.
        public var date: String?
        /// True when articles give dates that cannot all be right.
        public var conflict: Bool
        /// Articles that agree with `date`, of those that date the round.
        public var support: SupportJSON?
        /// held, under-way, planned, postponed or cancelled, from all its claims.
        public var status: String?
        /// What the claims `date` comes from say: "planned" where only plans date the round.
        public var dateStatus: String?
        public var dates: [DateClaimJSON]
        public var place: String?
        /// True when the claims `place` is chosen from name two places.
        public var placeConflict: Bool
        public var places: [PlaceClaimJSON]
        public var documents: [String]
        /// The names of those present.
        public var participants: [String]
        /// Those present, then those said to stay away, each with its mention.
        public var participation: [ParticipationJSON]
        public var evidence: [SpanJSON]
    }

    public struct Claim: Codable, Sendable {
        public var kind: String
        public var track: String
        public var relation: String?
        public var date: String?
        public var span: SpanJSON
    }

    public var rounds: [Round]
    /// Round claims the corpus cannot place on a numbered round.
    public var unresolved: [Claim]

    /// Every round, or only the timeline entries given (an export's scope; then no unresolved claims).
    public init(_ corpus: Corpus, entries: [Int]? = nil) {
        let chosen = entries.map { $0.map { corpus.timeline.entries[$0] } } ?? corpus.timeline.entries
        rounds = chosen.map { e in
            Round(
                track: e.track, number: e.number, date: e.date?.edtf, conflict: e.hasConflict,
                support: e.dateSupport.map { SupportJSON(agree: $0.agree, of: $0.of) }, status: e.status?.rawValue,
                dateStatus: e.dateStatus?.rawValue,
                dates: e.dateClaims.map {
                    DateClaimJSON(date: $0.value.edtf, span: SpanJSON($0.span, in: corpus), status: $0.status?.rawValue)
                },
                place: e.place, placeConflict: e.placeConflict,
                places: e.placeClaims.map {
                    PlaceClaimJSON(
                        place: $0.place.text, span: SpanJSON($0.place.span, in: corpus), status: $0.status?.rawValue, city: $0.place.isCity)
                },
                documents: e.documents.map(\.path),
                participants: e.participants.map { corpus.actors.actors[$0].name },
                participation: e.participation.map {
                    ParticipationJSON(
                        actor: corpus.actors.actors[$0.actor].name, present: $0.present, status: $0.status?.rawValue,
                        span: SpanJSON($0.span, in: corpus))
                },
                evidence: e.evidence.map { SpanJSON($0, in: corpus) })
        }
        unresolved =
            entries != nil
            ? []
            : corpus.timeline.unresolved.map { c in
                Claim(
                    kind: c.kind.rawValue, track: c.track, relation: c.relation?.rawValue, date: c.date?.edtf,
                    span: SpanJSON(c.phrase, in: corpus))
            }
    }
}
