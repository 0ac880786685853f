/// What an export covers: the rounds of a track, one round, the rounds an actor took part in,
/// or all; and, for the tables of actors and mentions, one actor or all.
public struct ExportScope: Sendable, Hashable {
    public var track: String?
    public var round: Int?
    /// An actor's name, as `parley actors` prints it.
    public var actor: String?

    public init(track: String? = nil, round: Int? = nil, actor: String? = nil) {
        self.track = track
        self.round = round
        self.actor = actor
    }

    public enum ScopeError: Error, CustomStringConvertible, Equatable {
        case noTrack(String, known: [String])
        case noRound(Int, track: String?)
        case noActor(String)

        public var description: String {
            switch self {
            case .noTrack(let t, let known):
                return "no track '\(t)' in this corpus: \(known.isEmpty ? "it has no rounds" : known.joined(separator: ", "))"
            case .noRound(let n, let t): return "no round \(n)\(t.map { " of \($0)" } ?? "") in this corpus"
            case .noActor(let a): return "no actor named “\(a)”"
            }
        }
    }

    /// The actor the scope names, if any (throws for a name the corpus does not have).
    public func actorIndex(in corpus: Corpus) throws -> Int? {
        guard let actor else { return nil }
        if let i = corpus.actors.actors.firstIndex(where: { $0.name == actor }) { return i }
        if let i = corpus.actors.actors.firstIndex(where: { $0.name.lowercased() == actor.lowercased() }) { return i }
        throw ScopeError.noActor(actor)
    }

    /// The timeline entries in scope, in timeline order.
    public func entries(in corpus: Corpus) throws -> [Int] {
        let all = corpus.timeline.entries
        if let track, !all.contains(where: { $0.track == track }) {
            throw ScopeError.noTrack(track, known: ActorRoundMatrix.tracks(corpus))
        }
        var chosen = all.indices.filter { track == nil || all[$0].track == track }
        if let round {
            // Of several tracks with that round, the one with the most rounds.
            let order = track.map { [$0] } ?? ActorRoundMatrix.tracks(corpus)
            guard let e = order.lazy.compactMap({ t in chosen.first { all[$0].track == t && all[$0].number == round } }).first else {
                throw ScopeError.noRound(round, track: track)
            }
            chosen = [e]
        }
        if let a = try actorIndex(in: corpus) { chosen = chosen.filter { all[$0].participants.contains(a) } }
        return chosen
    }
}
