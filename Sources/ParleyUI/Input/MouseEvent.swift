/// A mouse event at a cell of the screen.
public struct MouseEvent: Hashable, Sendable, CustomStringConvertible {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// The primary button was pressed.
        case click
        /// The wheel turned away from the user (scroll up).
        case wheelUp
        /// The wheel turned towards the user (scroll down).
        case wheelDown
    }

    /// What the mouse did.
    public var kind: Kind
    /// The column, from 0 at the left.
    public var x: Int
    /// The row, from 0 at the top.
    public var y: Int

    /// An event of `kind` at column `x`, row `y`.
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }

    /// The position as a point.
    public var point: Point { Point(x: x, y: y) }

    public var description: String {
        switch kind {
        case .click: return "Click(\(x),\(y))"
        case .wheelUp: return "WheelUp(\(x),\(y))"
        case .wheelDown: return "WheelDown(\(x),\(y))"
        }
    }
}
