import Foundation

/// Where the dashboard was left on a corpus, kept on quit and restored on the next start (unless
/// `--fresh`): the focused pane, the round and actor selected, the round scope and each prompt's
/// history. Rounds and actors are kept by name, not by number, so a changed corpus restores
/// what still exists and nothing else.
public struct SessionMemory: Sendable, Hashable, PerCorpusFile.Versioned {
    /// The format; a file of a later one is not read (and not written over).
    public static let currentVersion = 1
    public var version = SessionMemory.currentVersion

    public struct Round: Sendable, Hashable, Codable {
        public var track: String
        public var number: Int

        public init(track: String, number: Int) {
            self.track = track
            self.number = number
        }
    }

    /// "rounds", "actors" or "source".
    public var focus: String?
    public var selectedRound: Round?
    public var selectedActor: String?
    public var scope: Round?
    /// Queries submitted, by prompt ("search", "filter", "goTo", "help", "name"), oldest first.
    public var history: [String: [String]] = [:]

    public init(
        focus: String? = nil, selectedRound: Round? = nil, selectedActor: String? = nil, scope: Round? = nil,
        history: [String: [String]] = [:]
    ) {
        self.focus = focus
        self.selectedRound = selectedRound
        self.selectedActor = selectedActor
        self.scope = scope
        self.history = history
    }
}

/// Where a corpus folder's session memory is kept: `$XDG_STATE_HOME/parley/session/`.
public struct SessionStore: Sendable {
    let place: PerCorpusFile

    public var file: URL { place.file }

    public init(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        place = PerCorpusFile(folder: folder, kind: "session", home: .state, environment: environment)
    }

    /// Throws for a file that is not a session, or of a later format.
    public func load() throws -> SessionMemory? { try place.read(versioned: SessionMemory.self) }

    public func save(_ memory: SessionMemory) throws { try place.write(memory) }
}
