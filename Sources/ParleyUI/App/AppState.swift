import ParleyModel

/// Everything the dashboard shows, as one value. `update` makes the next state from an
/// action; `render` draws a state. Neither does any I/O.
public struct AppState: Sendable {
    /// The corpus shown: as extracted, with the user's curation applied.
    public private(set) var corpus: Corpus
    /// The corpus as extracted, before curation: a change is applied to it afresh, so undo is
    /// one change fewer.
    public let extracted: Corpus
    /// The user's changes to the actors (`m`, `r`, `x`, `S`; `u`, `U`).
    public private(set) var curation = CurationLog()
    /// What became of each change in force (orphans among them).
    public private(set) var curationOutcomes: [CurationOutcome] = []
    /// Why changes cannot be made here (the curation file could not be read), if so.
    public var curationProblem: String?
    /// The curation to keep: set by a change, written by the backend (then cleared).
    public var curationToSave: CurationLog?
    /// Rows marked with Space in the actor list, by actor index, for `m`.
    public var markedActors: Set<Int> = []
    /// The name typed for a change to the actors (`m`, `r`, `S`), or a bookmark's note (`b`).
    public var namingText = ""
    /// The passages the user marked (`b`), oldest first, kept per corpus.
    public var bookmarks: [Bookmark] = []
    /// The bookmarks to keep: set by a change, written by the backend (then cleared).
    public var bookmarksToSave: [Bookmark]?
    /// Why bookmarks cannot be changed here (their file could not be read), if so.
    public var bookmarksProblem: String?
    public var size: Size
    public var focus: Pane = .timeline
    /// The focused pane fills the screen (`z`).
    public var zoomed = false
    /// The viewer's lists (evidence, mentions, search hits) show each item whole, wrapped (`w`).
    public var wrapRows = false
    public var mode: InputMode = .normal
    public var showHelp = false
    /// The keys in use, which the help lists (the backend maps keys with the same map).
    public var keyMap = KeyMap.standard
    public var helpScroll = 0
    /// The help shows only the keys and marks whose label or text holds this (`/` in the help).
    public var helpFilter = ""
    /// Where the cursor stands in the open prompt, in characters; nil after the last one.
    public var promptCursor: Int?
    /// The queries submitted this session, by prompt, oldest first (↑ in a prompt).
    public var history: [PromptKind: [String]] = [:]
    /// Which of them ↑/↓ show now (nil: what is being typed), and what was typed before the first ↑.
    var historyStep: Int?
    var historyDraft = ""
    public var isFinished = false

    /// Each pane's selection and scroll.
    public var panes = PaneStates()
    public var actorSort: ActorSort = .mentions
    public var actorFilter: ActorType?
    /// `&`: only the actors whose name or an alias holds this text (case and accents folded).
    public var actorText: String?
    /// `&` in the source's lists: the items shown, for the view it was typed in.
    public var viewerFilter: ViewerFilter?
    /// The round (timeline entry index) the actor list and viewer are scoped to.
    public var scope: Int?

    public var viewer: ViewerContent = .welcome
    /// The matrix's order (`o` in it) and the column of its selected cell.
    public var matrixSort: ActorRoundMatrix.Sort = .rounds
    public var matrixColumn = 0

    public var search: PaneSearch?
    public var global: GlobalSearch?

    public var backStack: [Location] = []
    public var forwardStack: [Location] = []
    /// A one-line note for the status bar ("no more mentions").
    public var message: String?
    /// Text the user asked to copy (`y`, `Y`): the backend hands it to the terminal's
    /// clipboard (OSC 52) and clears it. The only text of Parley's own the terminal is sent
    /// besides the screen; it is sent encoded, so no article byte reaches the terminal raw.
    public var clipboard: String?
    /// A file to write (`E`): the backend renders it, names it in the status line, clears this.
    public var exportRequest: ExportRequest?
    /// A program to run with the screen set aside (`e`, `|`): the backend runs it, clears
    /// this, and sends `.report` with how it ended.
    public var outside: OutsideRequest?

    /// Actor indices as the actor list shows them (scope, filter and sort applied).
    public private(set) var actorRows: [Int] = []
    /// First mention (document, offset) of each actor, for the "first seen" order.
    private var firstSeen: [Int] = []
    /// Models already built (shared by copies of the state; see `MemoCache`); made anew when
    /// the corpus changes (a curation change).
    private(set) var viewerCache = MemoCache<ViewerKey, ViewerPane.Model>()
    private(set) var timelineCache = MemoCache<Int, TimelinePane.Model>(capacity: 2)
    private(set) var viewerRowCache = MemoCache<ViewerKey, [String]>(capacity: 2)
    private(set) var matrixCache = MemoCache<MatrixKey, ActorRoundMatrix>(capacity: 2)

    /// The dashboard over `corpus` as extracted, with `curation` applied.
    public init(corpus: Corpus, size: Size, curation: CurationLog = CurationLog()) {
        self.corpus = corpus
        extracted = corpus
        self.size = size
        if !curation.isEmpty {
            self.curation = curation
            let (curated, outcomes) = corpus.curated(by: curation)
            self.corpus = curated
            curationOutcomes = outcomes
        }
        firstSeen = Self.firstSeen(in: self.corpus)
        recomputeActorRows()
    }

    static func firstSeen(in corpus: Corpus) -> [Int] {
        var first = Array(repeating: Int.max, count: corpus.actors.actors.count)
        for (d, list) in corpus.actors.mentionsByDocument.enumerated() {
            for m in list where first[m.actor] == Int.max { first[m.actor] = d << 32 | m.span.start }
        }
        return first
    }

    /// Shows `log` applied to the corpus as extracted: the actor table, the caches and the
    /// first-seen order anew. Actor numbers change, so the caller maps what it holds by name.
    mutating func show(curation log: CurationLog, curated: (corpus: Corpus, outcomes: [CurationOutcome])) {
        curation = log
        let (curated, outcomes) = curated
        corpus = curated
        curationOutcomes = outcomes
        viewerCache = MemoCache()
        timelineCache = MemoCache(capacity: 2)
        viewerRowCache = MemoCache(capacity: 2)
        matrixCache = MemoCache(capacity: 2)
        firstSeen = Self.firstSeen(in: curated)
        markedActors = []
    }

    /// Rebuilds `actorRows` after the scope, filter or sort changed; keeps the selected
    /// actor selected when it is still listed.
    public mutating func recomputeActorRows() {
        let selected = actorRows.indices.contains(panes.actors.cursor) ? actorRows[panes.actors.cursor] : nil
        var ids = Array(corpus.actors.actors.indices)
        if let scope, corpus.timeline.entries.indices.contains(scope) {
            let participants = Set(corpus.timeline.entries[scope].participants)
            ids = ids.filter { participants.contains($0) }
        }
        if let actorFilter { ids = ids.filter { corpus.actors.actors[$0].type == actorFilter } }
        if let actorText, !actorText.isEmpty {
            let wanted = TextFolding.fold(actorText)
            ids = ids.filter { a in
                let actor = corpus.actors.actors[a]
                return ([actor.name] + actor.aliases).contains { TextFolding.fold($0).contains(wanted) }
            }
        }
        let counts = corpus.actors.mentionsByActor
        switch actorSort {
        case .mentions:
            ids.sort {
                counts[$0].count != counts[$1].count
                    ? counts[$0].count > counts[$1].count : corpus.actors.actors[$0].name < corpus.actors.actors[$1].name
            }
        case .name:
            ids.sort { corpus.actors.actors[$0].name.lowercased() < corpus.actors.actors[$1].name.lowercased() }
        case .firstSeen:
            ids.sort { firstSeen[$0] < firstSeen[$1] }
        }
        actorRows = ids
        if let selected, let i = ids.firstIndex(of: selected) { panes.actors.cursor = i }
        panes.actors.cursor = min(panes.actors.cursor, max(0, ids.count - 1))
    }

    /// The actors × rounds matrix as the viewer shows it: the actor list's rows (scope, type
    /// and `&` applied) over the rounds of the scoped round's track, else of the selected
    /// round's, in the matrix's order.
    public var matrix: ActorRoundMatrix {
        let key = matrixKey
        return matrixCache.value(for: key) { ActorRoundMatrix(corpus, track: key.track, actors: key.rows, sort: key.sort) }
    }

    /// What the matrix is built from now.
    var matrixKey: MatrixKey {
        MatrixKey(rows: actorRows, track: (scope ?? selectedEntry).map { corpus.timeline.entries[$0].track }, sort: matrixSort)
    }

    /// The global search's results answer an earlier query: send `.refreshSearch` once typing pauses.
    public var needsSearch: Bool { global?.isStale ?? false }

    /// The timeline entry under the cursor.
    public var selectedEntry: Int? {
        corpus.timeline.entries.indices.contains(panes.timeline.cursor) ? panes.timeline.cursor : nil
    }

    /// The actor under the cursor.
    public var selectedActor: Int? {
        actorRows.indices.contains(panes.actors.cursor) ? actorRows[panes.actors.cursor] : nil
    }

    var location: Location {
        Location(
            focus: focus, viewer: viewer, panes: panes, scope: scope)
    }

    mutating func restore(_ l: Location) {
        focus = l.focus
        viewer = l.viewer
        panes.viewer = l.panes.viewer
        panes.timeline.cursor = l.panes.timeline.cursor
        if scope != l.scope {
            scope = l.scope
            recomputeActorRows()
        }
        panes.actors.cursor = min(l.panes.actors.cursor, max(0, actorRows.count - 1))
    }
}
