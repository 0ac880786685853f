/// Which prompt is open, for its history: `/` and `s` share the searches typed this session,
/// `&` its filters, `:` its row numbers, the help's `/` its own.
public enum PromptKind: Sendable, Hashable {
    case search, filter, goTo, help, name, note

    init?(_ mode: InputMode) {
        switch mode {
        case .normal: return nil
        case .paneSearch, .globalSearch: self = .search
        case .filter, .viewerFilter: self = .filter
        case .goTo: self = .goTo
        case .helpFilter: self = .help
        case .naming: self = .name
        case .bookmarkNote: self = .note
        }
    }
}
