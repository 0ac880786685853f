/// The three panes of the dashboard.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case timeline, actors, viewer

    public var title: String {
        switch self {
        case .timeline: return "Rounds"
        case .actors: return "Actors"
        case .viewer: return "Source"
        }
    }
}
