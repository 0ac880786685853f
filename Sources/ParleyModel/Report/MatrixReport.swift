/// `parley matrix --json`: actors × the rounds of one track, each cell with its sentences.
public struct MatrixReport: Codable, Sendable {
    public struct Round: Codable, Sendable {
        public var number: Int
        /// EDTF-like, null where no article dates it.
        public var date: String?
    }

    public struct Cell: Codable, Sendable {
        public var round: Int
        /// present, absent, mentioned (never nothing: those cells are left out).
        public var cell: String
        public var evidence: [SpanJSON]
    }

    public struct Row: Codable, Sendable {
        public var actor: String
        public var type: String
        /// How many of the track's rounds it took part in.
        public var present: Int
        public var cells: [Cell]
    }

    public var track: String
    public var tracks: [String]
    public var rounds: [Round]
    public var actors: [Row]

    public init(_ matrix: ActorRoundMatrix, in corpus: Corpus) {
        track = matrix.track
        tracks = ActorRoundMatrix.tracks(corpus)
        let entries = corpus.timeline.entries
        rounds = matrix.columns.map { Round(number: entries[$0].number, date: entries[$0].date?.edtf) }
        actors = matrix.rows.enumerated().map { r, actor in
            let a = corpus.actors.actors[actor]
            let cells = matrix.cells[r].enumerated().compactMap { c, cell -> Cell? in
                guard cell != .nothing else { return nil }
                return Cell(
                    round: entries[matrix.columns[c]].number, cell: cell.rawValue,
                    evidence: matrix.evidence(row: r, column: c).map { SpanJSON($0, in: corpus) })
            }
            return Row(actor: a.name, type: a.type.rawValue, present: matrix.cells[r].count { $0 == .present }, cells: cells)
        }
    }
}
