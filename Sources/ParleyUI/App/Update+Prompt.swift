extension AppState {
    /// The open prompt's text: the help's filter, or the query of the search, filter or go-to.
    var promptText: String { mode == .helpFilter ? helpFilter : query }

    mutating func setPromptText(_ text: String) {
        if mode == .helpFilter {
            helpFilter = text
            helpScroll = 0
        } else {
            setQuery(text)
        }
    }

    /// Starts a prompt's editing afresh: the cursor at the end, no step into the history.
    mutating func resetPrompt() {
        promptCursor = nil
        historyStep = nil
    }

    /// Edits the open prompt as a shell's line does: typing and deleting at the cursor,
    /// ← → Home End, Ctrl-W Ctrl-U, and ↑ ↓ (Ctrl-P Ctrl-N) through this session's earlier
    /// queries of the same prompt. False for an action that is not an edit.
    mutating func editPrompt(_ action: Action) -> Bool {
        let text = promptText
        switch action {
        case .insert(let c):
            let (t, cursor) = PromptText.inserting(c, into: text, at: promptCursor)
            promptCursor = cursor
            setPromptText(t)
        case .deleteBackward:
            let (t, cursor) = PromptText.deletingBackward(text, at: promptCursor)
            promptCursor = cursor
            setPromptText(t)
        case .deleteWord:
            let (t, cursor) = PromptText.deletingWord(text, before: promptCursor)
            promptCursor = cursor
            setPromptText(t)
        case .clearPrompt:
            promptCursor = nil
            setPromptText("")
        case .cursorLeft: promptCursor = PromptText.moving(promptCursor, by: -1, in: text)
        case .cursorRight: promptCursor = PromptText.moving(promptCursor, by: 1, in: text)
        case .cursorHome: promptCursor = text.isEmpty ? nil : 0
        case .cursorEnd: promptCursor = nil
        case .historyPrevious: stepHistory(-1)
        case .historyNext: stepHistory(1)
        // ↑ ↓ step through the history too, except in search all, where they move in the results.
        case .moveUp where mode != .globalSearch: stepHistory(-1)
        case .moveDown where mode != .globalSearch: stepHistory(1)
        default: return false
        }
        return true
    }

    /// Keeps a submitted query in its prompt's history (not twice in a row, nor empty).
    mutating func remember(_ text: String) {
        guard let kind = PromptKind(mode), !text.isEmpty else { return }
        var list = history[kind] ?? []
        if list.last != text { list.append(text) }
        history[kind] = Array(list.suffix(Self.historyLimit))
    }

    /// How many queries each prompt remembers.
    static let historyLimit = 100

    /// ↑ (-1) and ↓ (+1): the earlier or later query; past the latest, what was being typed.
    mutating func stepHistory(_ delta: Int) {
        guard let kind = PromptKind(mode), let list = history[kind], !list.isEmpty else { return }
        let current = historyStep ?? list.count
        let next = max(0, min(list.count, current + delta))
        guard next != current else { return }
        if historyStep == nil { historyDraft = promptText }
        historyStep = next == list.count ? nil : next
        promptCursor = nil
        setPromptText(next == list.count ? historyDraft : list[next])
    }
}
