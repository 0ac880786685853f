/// What a command covers (`export`, `round`, `matrix`): the rounds of a track, one round, the
/// rounds an actor took part in, or all; and, for the tables of actors and mentions, one actor
/// or all. Each names what the corpus lacks in one clear line.
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
        case noRound(Int, track: String?, known: [String])
        case noActor(String)

        public var description: String {
            switch self {
            case .noTrack(let t, let known):
                return "no track '\(t)' in this corpus: \(known.isEmpty ? "it has no rounds" : known.joined(separator: ", "))"
            case .noRound(let n, let t, let known):
                return
                    "no round \(n)\(t.map { " of \($0)" } ?? ""): the timeline has \(known.isEmpty ? "none" : known.joined(separator: ", "))"
            case .noActor(let a): return "no actor named “\(a)”"
            }
        }
    }

    /// The actor the scope names, if any (throws for a name the corpus does not have).
    public func actorIndex(in corpus: Corpus) throws -> Int? {
        guard let actor else { return nil }
        guard let i = corpus.actorIndex(named: actor) else { throw ScopeError.noActor(actor) }
        return i
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
                throw ScopeError.noRound(round, track: track, known: chosen.map { "\(all[$0].track) \(all[$0].number)" })
            }
            chosen = [e]
        }
        if let a = try actorIndex(in: corpus) { chosen = chosen.filter { all[$0].participants.contains(a) } }
        return chosen
    }
}
