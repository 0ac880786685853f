/// Orders of the actor list.
public enum ActorSort: String, Sendable, Hashable, CaseIterable {
    case mentions = "mentions"
    case name = "name"
    case firstSeen = "first seen"

    public var next: ActorSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
