/// A corpus's curation: the changes in force, in the order they were made, and the ones undone
/// that `redo` can bring back. A value: the dashboard and the commands change it and hand it
/// to `CurationStore` to keep.
public struct CurationLog: Sendable, Hashable, Codable {
    /// The format of the file; a file of a later format is refused, never misread.
    public static let currentVersion = 1

    public var version = CurationLog.currentVersion
    /// In force, oldest first.
    public private(set) var changes: [CurationChange] = []
    /// Undone, the most recently undone last.
    public private(set) var undone: [CurationChange] = []

    public init(changes: [CurationChange] = [], undone: [CurationChange] = []) {
        self.changes = changes
        self.undone = undone
    }

    /// A new change: in force, and what was undone can no longer be redone (as in an editor).
    public mutating func record(_ change: CurationChange) {
        changes.append(change)
        undone = []
    }

    /// Takes back the latest change; nil when there is none.
    @discardableResult
    public mutating func undo() -> CurationChange? {
        guard let last = changes.popLast() else { return nil }
        undone.append(last)
        return last
    }

    /// Brings back the latest change undone; nil when there is none.
    @discardableResult
    public mutating func redo() -> CurationChange? {
        guard let last = undone.popLast() else { return nil }
        changes.append(last)
        return last
    }

    public var isEmpty: Bool { changes.isEmpty && undone.isEmpty }
}
