/// What kind of actor a name denotes.
public enum ActorType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case state
    case organisation
    case group
    case person

    /// Reads the type names a gazetteer or a user may write.
    public init?(name: String) {
        switch name.lowercased() {
        case "state", "country": self = .state
        case "organisation", "organization", "org": self = .organisation
        case "group", "faction": self = .group
        case "person", "people": self = .person
        default: return nil
        }
    }

    public static func < (a: ActorType, b: ActorType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
