/// A key press (or resize, or mouse event) as plain data.
///
/// The terminal backend decodes raw input into a `Key`; the key map turns a `Key` into an
/// action. Nothing here depends on a terminal, so tests can make keys directly.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, as typed (`"q"`, `"Q"`, `"/"`, `"é"`, `" "`).
    case character(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter or Return (also Ctrl-J and Ctrl-M, which send the same codes).
    case enter
    /// Escape on its own.
    case escape
    /// Tab (also Ctrl-I).
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace (also Ctrl-H and DEL, which terminals send for it).
    case backspace
    /// Delete (forward delete).
    case delete
    /// A function key, F1 to F12: `.function(1)` is F1.
    case function(Int)
    /// A control key other than those above: `.ctrl("c")` is Ctrl-C. Letters are lower case.
    case ctrl(Character)
    /// The terminal changed size (or the program resumed after a suspend): redraw.
    case resize
    /// A mouse click or wheel turn.
    case mouse(MouseEvent)
    /// Anything else, with the backend's raw key code.
    case unknown(Int32)

    /// A short human-readable name, as shown in help: "q", "Space", "Ctrl-C", "PgDn", "F5".
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-\(String(c).uppercased())"
        case .resize: return "Resize"
        case .mouse(let event): return event.description
        case .unknown(let code): return "Key(\(code))"
        }
    }

    /// The keys a string spells, each character a key, with `⏎` Enter, `⎋` Esc, `⇥` Tab and
    /// `⇤` Shift-Tab: key scripts for tests and the benchmark (`"2⏎3/syr"`).
    public static func sequence(_ script: String) -> [Key] {
        script.map { ch -> Key in
            switch ch {
            case "⏎": .enter
            case "⎋": .escape
            case "⇥": .tab
            case "⇤": .backTab
            default: .character(ch)
            }
        }
    }
}
