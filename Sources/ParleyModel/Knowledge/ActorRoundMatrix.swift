/// Actors × rounds: for the rounds of one track, what the articles say of each actor's part in
/// each round, from the participation claims, each cell with the sentences behind it.
///
/// A cell is `present` or `absent` as the timeline has the actor's part in the round (a
/// sentence that says it stayed away outweighs being named among those there, as in `parley
/// timeline`; `RoundAccounts` shows where articles disagree), `mentioned` where an article that
/// reports the round names the actor without saying either, else `nothing`.
public struct ActorRoundMatrix: Sendable {
    public enum Cell: String, Sendable, Hashable, Codable, CaseIterable {
        case present, absent, mentioned, nothing

        /// One character for a table or a grid: ● present, ✕ absent, ○ mentioned, blank.
        public var mark: String {
            switch self {
            case .present: return "●"
            case .absent: return "✕"
            case .mentioned: return "○"
            case .nothing: return " "
            }
        }
    }

    /// How the rows are ordered.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        /// Most rounds present first, then most rounds named at all, then by name.
        case rounds
        case name
        /// State, organisation, group, person; by name within a type.
        case type

        public var next: Sort { Sort.allCases[(Sort.allCases.firstIndex(of: self)! + 1) % Sort.allCases.count] }
    }

    /// The track whose rounds are the columns.
    public let track: String
    /// Timeline entry indices of the columns, in round order.
    public let columns: [Int]
    /// Actor indices of the rows.
    public let rows: [Int]
    /// The order of the rows.
    public let sort: Sort
    /// `cells[row][column]`.
    public let cells: [[Cell]]
    private let corpus: Corpus

    /// The matrix of `track` (default: the track with the most rounds), over `actors` (default:
    /// every actor but outlets) that have a cell other than nothing, sorted by `sort`.
    public init(_ corpus: Corpus, track: String? = nil, actors: [Int]? = nil, sort: Sort = .rounds) {
        self.corpus = corpus
        self.sort = sort
        let entries = corpus.timeline.entries
        let chosen = track ?? Self.tracks(corpus).first ?? ""
        self.track = chosen
        let cols = entries.indices.filter { entries[$0].track == chosen }.sorted { entries[$0].number < entries[$1].number }
        columns = cols
        let candidates = (actors ?? Array(corpus.actors.actors.indices)).filter { !corpus.actors.actors[$0].isOutlet }
        let wanted = Set(candidates)
        var grid: [Int: [Cell]] = [:]
        for (c, e) in cols.enumerated() {
            let entry = entries[e]
            func set(_ actor: Int, _ cell: Cell) {
                guard wanted.contains(actor) else { return }
                var row = grid[actor] ?? Array(repeating: .nothing, count: cols.count)
                // A claim outweighs a mention; the timeline keeps one claim per actor.
                let rank: [Cell: Int] = [.present: 3, .absent: 2, .mentioned: 1, .nothing: 0]
                if rank[cell]! > rank[row[c]]! { row[c] = cell }
                grid[actor] = row
            }
            for p in entry.participation { set(p.actor, p.present ? .present : .absent) }
            for id in entry.documents {
                guard let d = corpus.documentIndex(of: id) else { continue }
                for m in corpus.actors.mentionsByDocument[d] { set(m.actor, .mentioned) }
            }
        }
        let counts = corpus.actors.mentionsByActor
        var ids = candidates.filter { grid[$0] != nil }
        let actorTable = corpus.actors.actors
        switch sort {
        case .rounds:
            func score(_ a: Int) -> (Int, Int) {
                let row = grid[a]!
                return (row.count { $0 == .present }, row.count { $0 != .nothing })
            }
            ids.sort { a, b in
                let (sa, sb) = (score(a), score(b))
                if sa != sb { return sa > sb }
                if counts[a].count != counts[b].count { return counts[a].count > counts[b].count }
                return actorTable[a].name < actorTable[b].name
            }
        case .name: ids.sort { actorTable[$0].name.lowercased() < actorTable[$1].name.lowercased() }
        case .type:
            ids.sort { a, b in
                actorTable[a].type != actorTable[b].type
                    ? actorTable[a].type < actorTable[b].type : actorTable[a].name.lowercased() < actorTable[b].name.lowercased()
            }
        }
        rows = ids
        cells = ids.map { grid[$0]! }
    }

    /// The tracks of the timeline, the one with the most rounds first (ties in timeline order).
    public static func tracks(_ corpus: Corpus) -> [String] {
        var order: [String] = []
        var count: [String: Int] = [:]
        for e in corpus.timeline.entries {
            if count[e.track] == nil { order.append(e.track) }
            count[e.track, default: 0] += 1
        }
        return order.enumerated().sorted { a, b in
            count[a.element]! != count[b.element]! ? count[a.element]! > count[b.element]! : a.offset < b.offset
        }.map(\.element)
    }

    /// The sentences behind a cell: the participation claims that make it present or absent,
    /// else each sentence of the round's articles that names the actor. Each is a whole
    /// sentence, in corpus order, once.
    public func evidence(row: Int, column: Int) -> [TextSpan] {
        guard rows.indices.contains(row), columns.indices.contains(column) else { return [] }
        let actor = rows[row]
        let entry = corpus.timeline.entries[columns[column]]
        switch cells[row][column] {
        case .present, .absent:
            let present = cells[row][column] == .present
            return Array(Set(entry.participation.filter { $0.actor == actor && $0.present == present }.map(\.sentence))).sorted()
        case .mentioned:
            var out: [TextSpan] = []
            for id in entry.documents {
                guard let d = corpus.documentIndex(of: id) else { continue }
                let doc = corpus.documents[d]
                var seen = Set<Int>()
                for m in corpus.actors.mentionsByDocument[d] where m.actor == actor && seen.insert(m.sentence).inserted {
                    out.append(doc.span(doc.sentences[m.sentence].range))
                }
            }
            return out.sorted()
        case .nothing: return []
        }
    }

    /// The matrix as a table: actor, type, then a column per round (present, absent,
    /// mentioned or empty).
    public var table: (header: [String], rows: [[String]]) {
        let entries = corpus.timeline.entries
        let header = ["actor", "type"] + columns.map { "round \(entries[$0].number)" }
        let rows = zip(rows, cells).map { a, cells in
            [corpus.actors.actors[a].name, corpus.actors.actors[a].type.rawValue] + cells.map { $0 == .nothing ? "" : $0.rawValue }
        }
        return (header, rows)
    }
}
