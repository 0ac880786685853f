extension AppState {
    /// Keys while the help overlay is open: j/k and the pages scroll it, `/` (or `&`) filters
    /// it as you type, as lazygit's does; Esc clears the filter, then closes the help; any
    /// other key closes it.
    mutating func helpAction(_ action: Action) {
        if mode == .helpFilter {
            if editPrompt(action) {
                clampHelpScroll()
                return
            }
            switch action {
            case .submit:
                remember(helpFilter)
                mode = .normal
            case .cancel:
                helpFilter = ""
                mode = .normal
            case .quit: isFinished = true
            case .resize(let size): self.size = size
            default: break
            }
            clampHelpScroll()
            return
        }
        switch action {
        case .startSearch, .startFilter:
            resetPrompt()
            mode = .helpFilter
            helpScroll = 0
        case .cancel where !helpFilter.isEmpty: helpFilter = ""
        case .toggleHelp, .cancel, .back: closeHelp()
        case .quit: isFinished = true
        case .moveDown, .scroll(_, _, 1...): helpScroll += 1
        case .moveUp, .scroll: helpScroll = max(0, helpScroll - 1)
        case .pageDown, .halfPageDown: helpScroll += 10
        case .pageUp, .halfPageUp: helpScroll = max(0, helpScroll - 10)
        case .top: helpScroll = 0
        case .bottom: helpScroll = Int.max / 2
        case .resize(let size): self.size = size
        case .refreshSearch: refreshGlobalSearch()
        default: closeHelp()
        }
        clampHelpScroll()
    }

    mutating func closeHelp() {
        showHelp = false
        helpFilter = ""
        helpScroll = 0
    }

    mutating func clampHelpScroll() {
        helpScroll = min(helpScroll, HelpOverlay.maxScroll(size: size, filter: helpFilter, keyMap: keyMap))
    }
}
