/// Keys as data: which key means which action in which input mode. The help overlay is
/// generated from it, so the two cannot disagree.
public struct KeyMap: Sendable {
    public var bindings: [KeyBinding]
    /// Keys while a prompt is open (a search, a filter, `:N`, the help's filter); any other
    /// character is typed.
    public var promptBindings: [KeyBinding]

    public init(bindings: [KeyBinding], promptBindings: [KeyBinding] = KeyMap.prompt) {
        self.bindings = bindings
        self.promptBindings = promptBindings
    }

    /// The prompt's keys: a shell's line editing.
    public static let prompt: [KeyBinding] = [
        KeyBinding([.enter], .submit, "keep what was typed", section: "In a prompt"),
        KeyBinding([.escape], .cancel, "cancel", section: "In a prompt"),
        KeyBinding([.backspace, .delete], .deleteBackward, "delete the character before the cursor", section: "In a prompt"),
        KeyBinding([.ctrl("w")], .deleteWord, "delete the word before the cursor", section: "In a prompt"),
        KeyBinding([.ctrl("u")], .clearPrompt, "delete the line", section: "In a prompt"),
        KeyBinding([.left], .cursorLeft, "cursor left", section: "In a prompt"),
        KeyBinding([.right], .cursorRight, "cursor right", section: "In a prompt"),
        KeyBinding([.home, .ctrl("a")], .cursorHome, "to the start of the line", section: "In a prompt"),
        KeyBinding([.end, .ctrl("e")], .cursorEnd, "to the end of the line", section: "In a prompt"),
        KeyBinding([.up], .moveUp, "an earlier query; in search all, the result above", section: "In a prompt"),
        KeyBinding([.down], .moveDown, "a later query; in search all, the result below", section: "In a prompt"),
        KeyBinding([.ctrl("p")], .historyPrevious, "an earlier query", section: "In a prompt"),
        KeyBinding([.ctrl("n")], .historyNext, "a later query", section: "In a prompt"),
        KeyBinding([.ctrl("c")], .quit, "quit", section: "In a prompt"),
    ]

    /// Parley's keys: vim keys and arrows both.
    public static let standard = KeyMap(bindings: [
        KeyBinding([.tab], .focusNext, "next pane", section: "Panes"),
        KeyBinding([.backTab], .focusPrevious, "previous pane", section: "Panes"),
        KeyBinding([.character("1")], .focus(.timeline), "rounds", section: "Panes"),
        KeyBinding([.character("2")], .focus(.actors), "actors", section: "Panes"),
        KeyBinding([.character("3")], .focus(.viewer), "source", section: "Panes"),
        KeyBinding([.character("j"), .down], .moveDown, "down", section: "Move"),
        KeyBinding([.character("k"), .up], .moveUp, "up", section: "Move"),
        KeyBinding([.pageDown, .ctrl("f"), .character("f")], .pageDown, "page down", section: "Move"),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, "page up", section: "Move"),
        KeyBinding([.ctrl("d")], .halfPageDown, "half page down", section: "Move"),
        KeyBinding([.ctrl("u")], .halfPageUp, "half page up", section: "Move"),
        KeyBinding([.character("g"), .home], .top, "top", section: "Move"),
        KeyBinding([.character("G"), .end], .bottom, "bottom", section: "Move"),
        KeyBinding([.character(":")], .startGoTo, "go to row N (in the rounds, round N)", section: "Move"),
        KeyBinding([.enter], .open, "open: round's evidence, actor's mentions, passage, a matrix cell's sentences", section: "Read"),
        KeyBinding([.character("l"), .right], .right, "open; in the matrix, the next round", section: "Read"),
        KeyBinding([.escape], .cancel, "back a level / cancel, then clear scope", section: "Read"),
        KeyBinding([.backspace, .character("[")], .back, "back", section: "Read"),
        KeyBinding([.character("h"), .left], .left, "back; in the matrix, the round before", section: "Read"),
        KeyBinding([.character("]")], .forward, "forward", section: "Read"),
        KeyBinding([.character("n")], .nextMatch, "next match / next mention", section: "Read"),
        KeyBinding([.character("N")], .previousMatch, "previous match / mention", section: "Read"),
        KeyBinding([.character("c")], .showAccounts, "a round: what each article says of it, side by side", section: "Read"),
        KeyBinding([.character("y")], .copyPassage, "copy the passage with its citation", section: "Read"),
        KeyBinding([.character("Y")], .copyCitation, "copy only the citation", section: "Read"),
        KeyBinding([.character("b")], .bookmark, "bookmark the passage in focus, with a note", section: "Read"),
        KeyBinding([.character("B")], .showBookmarks, "the bookmarks (x deletes one)", section: "Read"),
        KeyBinding([.character("E")], .exportView, "export the focused view to a file (Markdown, CSV or JSON)", section: "Read"),
        KeyBinding([.character("e"), .character("v")], .openInEditor, "open the article in $VISUAL/$EDITOR at the line", section: "Read"),
        KeyBinding([.character("|")], .pipeToPager, "show the passage and its citation in $PAGER", section: "Read"),
        KeyBinding([.character("/")], .startSearch, "search this pane", section: "Search"),
        KeyBinding([.character("s")], .startGlobalSearch, "search all text and actors", section: "Search"),
        KeyBinding(
            [.character("&")], .startFilter, "filter the focused list (actors, the source's) to the rows that match", section: "Search"),
        KeyBinding([.character("M")], .showMatrix, "the actors × rounds matrix", section: "Actors"),
        KeyBinding(
            [.character("o")], .cycleSort, "actors: sort by mentions/name/first seen (the matrix: rounds/name/type)", section: "Actors"),
        KeyBinding([.character("t")], .cycleTypeFilter, "actors: filter by type", section: "Actors"),
        KeyBinding([.character(" ")], .toggleMark, "actors: mark the row for m (elsewhere page down)", section: "Curate"),
        KeyBinding([.character("m")], .mergeActors, "actors: merge the marked rows (and the selected) into one", section: "Curate"),
        KeyBinding([.character("r")], .renameActor, "actors: rename the actor", section: "Curate"),
        KeyBinding([.character("x")], .rejectActor, "actors: not an actor (reject the row)", section: "Curate"),
        KeyBinding([.character("S")], .splitMention, "source: split the mention in focus off into an actor of its own", section: "Curate"),
        KeyBinding([.character("u")], .undoCuration, "undo the latest change to the actors", section: "Curate"),
        KeyBinding([.character("U")], .redoCuration, "redo it", section: "Curate"),
        KeyBinding([.character("z")], .toggleZoom, "zoom the focused pane, and back", section: "Other"),
        KeyBinding([.character("w")], .toggleWrap, "wrap the source's list rows whole, and back", section: "Other"),
        KeyBinding([.character("?"), .function(1)], .toggleHelp, "help", section: "Other"),
        KeyBinding([.character("q")], .quit, "quit", section: "Other"),
    ])

    /// The action a key means in a mode; nil for keys that mean nothing there.
    public func action(for key: Key, mode: InputMode) -> Action? {
        switch key {
        case .resize: return nil  // sizes arrive as .resize(Size) from the backend
        case .mouse(let m):
            switch m.kind {
            case .click: return .click(x: m.x, y: m.y)
            case .wheelUp: return .scroll(x: m.x, y: m.y, lines: -3)
            case .wheelDown: return .scroll(x: m.x, y: m.y, lines: 3)
            }
        default: break
        }
        if mode != .normal {
            if let binding = promptBindings.first(where: { $0.keys.contains(key) }) { return binding.action }
            if case .character(let c) = key { return .insert(c) }
            return nil
        }
        return bindings.first { $0.keys.contains(key) }?.action
    }
}
