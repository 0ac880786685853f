/// Why a ``Terminal`` could not be opened.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another `Terminal` is open; there can be one at a time.
    case alreadyOpen
    /// ncurses could not start on this terminal type (the `TERM` value, if any).
    case cannotOpen(term: String?)

    public var description: String {
        switch self {
        case .alreadyOpen:
            return "a terminal session is already open"
        case .cannotOpen(let term):
            return "cannot use the terminal (TERM=\(term ?? "unset"))"
        }
    }
}
