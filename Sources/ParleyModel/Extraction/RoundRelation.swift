/// Where a round stands relative to the article's own round: "the previous round" (-1), "the
/// current round" (0), "the next round" (+1). The words that say so are `round-relations` in
/// `rounds.yaml`, each with its offset.
public enum RoundRelation: String, Sendable, Hashable, Codable, CaseIterable {
    case previous, current, next

    /// The relation of an offset from `round-relations` (-1, 0, +1).
    public init?(offset: Int) {
        switch offset {
        case -1: self = .previous
        case 0: self = .current
        case 1: self = .next
        default: return nil
        }
    }

    public var offset: Int {
        switch self {
        case .previous: return -1
        case .current: return 0
        case .next: return 1
        }
    }
}
