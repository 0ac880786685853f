/// `parley timeline --json`.
public struct TimelineReport: Codable, Sendable {
    public struct DateClaimJSON: Codable, Sendable {
        public var date: String
        public var span: SpanJSON
        /// held, planned, postponed or cancelled, where the words around the date say.
        public var status: String?
    }

    public struct Round: Codable, Sendable {
        public var track: String
        public var number: Int
        /// EDTF-like date, null when no article gives one.
        public var date: String?
        /// True when articles give dates that cannot all be right.
        public var conflict: Bool
        public var dates: [DateClaimJSON]
        public var place: String?
        public var documents: [String]
        public var participants: [String]
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

    public init(_ corpus: Corpus) {
        rounds = corpus.timeline.entries.map { e in
            Round(
                track: e.track, number: e.number, date: e.date?.edtf, conflict: e.hasConflict,
                dates: e.dateClaims.map {
                    DateClaimJSON(date: $0.value.edtf, span: SpanJSON($0.span, in: corpus), status: $0.status?.rawValue)
                },
                place: e.place, documents: e.documents.map(\.path),
                participants: e.participants.map { corpus.actors.actors[$0].name },
                evidence: e.evidence.map { SpanJSON($0, in: corpus) })
        }
        unresolved = corpus.timeline.unresolved.map { c in
            Claim(
                kind: c.kind.rawValue, track: c.track, relation: c.relation?.rawValue, date: c.date?.edtf,
                span: SpanJSON(c.phrase, in: corpus))
        }
    }
}
