/// The part an actor plays in a process, as a gazetteer states it: a closed vocabulary, so a
/// misspelt side in `actors.yaml` is a line-numbered warning instead of a new category.
public enum ActorSide: String, Sendable, Hashable, Codable, CaseIterable {
    /// Guarantees or sponsors the process (Russia, Iran and Turkey at Astana).
    case guarantor
    /// The government side of the conflict.
    case government
    /// The opposition side of the conflict.
    case opposition
    /// Attends without a part in the outcome.
    case observer
    /// Mediates between the sides (a UN envoy, a host state).
    case mediator

    /// "guarantor, government, opposition, observer or mediator".
    public static var listed: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
