import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// Behaviour as key sequences folded through the keymap and `update`.
struct UpdateTests {
    let corpus = Fixtures.seeds
    var start: AppState { KeyScript.start(corpus, size: Size(width: 120, height: 40)) }

    func entry(_ s: AppState) -> TimelineEntry? { s.selectedEntry.map { corpus.timeline.entries[$0] } }

    @Test func movingInTheTimelinePreviewsTheRound() {
        let s = KeyScript.type("jj", on: start)
        #expect(entry(s)?.number == 4)
        #expect(s.viewer == .round(entry: 2))
        #expect(KeyScript.type("G", on: s).selectedEntry == corpus.timeline.entries.count - 1)
        #expect(KeyScript.type("Gg", on: s).selectedEntry == 0)
        #expect(KeyScript.press([.down, .down, .up], on: start).selectedEntry == 1)
    }

    @Test func openingARoundScopesTheActorsAndEscClearsIt() throws {
        let s = KeyScript.type("jj⏎", on: start)
        #expect(s.scope == 2)
        #expect(s.focus == .viewer)
        let participants = Set(corpus.timeline.entries[2].participants)
        #expect(Set(s.actorRows) == participants)
        #expect(s.actorRows.count < corpus.actors.actors.count)
        let cleared = KeyScript.type("⎋", on: s)
        #expect(cleared.scope == nil)
        #expect(cleared.actorRows.count == corpus.actors.actors.count)
    }

    /// Issue 14, bug 1: Esc goes back one level at a time (article → the round's evidence →
    /// the timeline) and never toggles the scope; Backspace then has nothing left to undo.
    @Test func escGoesBackALevelAtATimeAndNeverTogglesTheScope() throws {
        var s = KeyScript.type("jj⏎⏎", on: start)
        guard case .article = s.viewer else {
            Issue.record("no article: \(s.viewer)")
            return
        }
        s = KeyScript.type("⎋", on: s)
        #expect(s.viewer == .round(entry: 2))
        #expect(s.scope == 2)
        s = KeyScript.type("⎋", on: s)
        #expect(s.scope == nil)
        #expect(s.focus == .timeline)
        for _ in 0..<3 {
            s = KeyScript.type("⎋", on: s)
            #expect(s.scope == nil)
            if case .article = s.viewer { Issue.record("Esc went back into the article") }
        }
        #expect(s.backStack.isEmpty)
        s = KeyScript.press([.backspace], on: s)
        #expect(s.scope == nil)
        if case .article = s.viewer { Issue.record("Backspace went back into the article") }
    }

    @Test func anActorsMentionOpensInItsArticleAndNStepsAcrossArticles() throws {
        let mistura = try #require(corpus.actors.actors.firstIndex { $0.name == "Staffan de Mistura" })
        var s = KeyScript.type("2", on: start)
        s = KeyScript.type("/Staffan⏎", on: s)
        #expect(s.selectedActor == mistura)
        #expect(s.viewer == .concordance(actor: mistura))
        s = KeyScript.type("⎋⏎", on: s)  // clear the search, open the concordance
        #expect(s.focus == .viewer)
        s = KeyScript.type("⏎", on: s)
        let mentions = corpus.mentions(of: mistura)
        guard case .article(let d, let focus, let actor) = s.viewer else {
            Issue.record("no article: \(s.viewer)")
            return
        }
        #expect(actor == mistura)
        #expect(focus == mentions[0].span)
        #expect(corpus.documents[d].id == mentions[0].span.document)
        #expect(s.message == "mention 1/\(mentions.count) of Staffan de Mistura · n/N for the next")
        s = KeyScript.type("n", on: s)
        guard case .article(_, let next, _) = s.viewer else {
            Issue.record("lost the article")
            return
        }
        #expect(next == mentions[1].span)
        #expect(s.message == "mention 2/\(mentions.count) of Staffan de Mistura")
        s = KeyScript.type("NN", on: s)
        #expect(s.message == "first mention of Staffan de Mistura")
    }

    @Test func backAndForwardAcrossPanes() {
        let opened = KeyScript.type("jj⏎⏎", on: start)  // round 4, then its first evidence sentence
        guard case .article = opened.viewer else {
            Issue.record("\(opened.viewer)")
            return
        }
        let back = KeyScript.press([.backspace], on: opened)
        #expect(back.viewer == .round(entry: 2))
        let back2 = KeyScript.press([.backspace], on: back)
        #expect(back2.focus == .timeline)
        #expect(back2.scope == nil)
        let forward = KeyScript.type("]]", on: back2)
        #expect(forward.viewer == opened.viewer)
        #expect(forward.scope == 2)
    }

    @Test func paneSearchIsIncrementalSmartCaseAndCounts() {
        var s = KeyScript.type("2/syria", on: start)
        #expect(s.mode == .paneSearch)
        let lower = s.search?.matches.count ?? 0
        #expect(lower >= 4)  // Syria, Syrian opposition, Syrian government, Syrian Democratic Council...
        s = KeyScript.type("⏎", on: s)
        #expect(s.mode == .normal)
        let first = s.panes.actors.cursor
        s = KeyScript.type("n", on: s)
        #expect(s.search?.current == 1)
        #expect(s.panes.actors.cursor != first)
        let smart = KeyScript.type("2/SYRIA", on: start)
        #expect(smart.search?.matches.isEmpty == true)
        let cancelled = KeyScript.type("2/syr⎋", on: start)
        #expect(cancelled.search == nil)
        #expect(cancelled.mode == .normal)
    }

    @Test func aPaneSearchShowsOnlyInItsPane() {
        let s = KeyScript.type("2/Staffan⏎", on: start)
        #expect(render(s).lines.last?.contains("/Staffan 1/1") == true)
        let elsewhere = KeyScript.type("1", on: s)
        #expect(render(elsewhere).lines.last?.contains("/Staffan") == false)
        #expect(KeyScript.type("n", on: elsewhere).message == "no search here: / searches this pane")
    }

    @Test func globalSearchListsActorsAndPassagesThatOpenInPlace() throws {
        var s = KeyScript.type("sMistura", on: start)
        #expect(s.mode == .globalSearch)
        let g = try #require(s.global)
        #expect(corpus.actors.actors[g.actors[0].actor].name == "Staffan de Mistura")
        #expect(g.passages.count == 4)
        s = KeyScript.type("⏎", on: s)
        #expect(s.focus == .viewer)
        s = KeyScript.press([.down, .enter], on: s)  // the first passage
        guard case .article(_, let focus?, _) = s.viewer else {
            Issue.record("\(s.viewer)")
            return
        }
        #expect(corpus.text(of: focus) == "Mistura")
        s = KeyScript.press([.backspace], on: s)
        #expect(s.viewer == .results)
    }

    @Test func sortAndTypeFilter() {
        let people = KeyScript.type("2tttt", on: start)
        #expect(people.actorFilter == .person)
        #expect(people.actorRows.allSatisfy { corpus.actors.actors[$0].type == .person })
        let byName = KeyScript.type("2o", on: start)
        let names = byName.actorRows.map { corpus.actors.actors[$0].name.lowercased() }
        #expect(names == names.sorted())
        #expect(KeyScript.type("2ttttt", on: start).actorFilter == nil)
    }

    /// n/N step through the list an article was opened from: a round's evidence, search
    /// results (bug 6), and Esc goes back to the row last opened.
    @Test func nStepsThroughTheListAnArticleWasOpenedFrom() throws {
        var s = KeyScript.press([.down, .down, .enter, .enter], on: start)  // round 4's first evidence sentence
        let e = try #require(s.scope)
        let evidence = corpus.timeline.entries[e].evidence
        guard case .article(_, let first?, nil) = s.viewer else {
            Issue.record("\(s.viewer)")
            return
        }
        #expect(first == evidence[0])
        s = KeyScript.type("n", on: s)
        guard case .article(_, let second?, nil) = s.viewer else {
            Issue.record("\(s.viewer)")
            return
        }
        #expect(second == evidence[1])
        s = KeyScript.type("N", on: s)
        guard case .article(_, let back?, nil) = s.viewer else { return }
        #expect(back == evidence[0])
        // After a search across the corpus, n opens the next passage found.
        var g = KeyScript.type("sMistura⏎", on: start)
        let passages = try #require(g.global?.passages)
        g = KeyScript.press([.down, .enter], on: g)
        g = KeyScript.type("n", on: g)
        guard case .article(_, let hit?, _) = g.viewer else {
            Issue.record("\(g.viewer)")
            return
        }
        #expect(passages.count > 1 && passages[1].matches.first == hit)
    }

    /// The round scope is one truth: previewing another round moves it there, and the panes
    /// that do not follow it say so (bug 7).
    @Test func theScopeFollowsThePreviewedRound() throws {
        var s = KeyScript.press([.down, .down, .enter], on: start)  // round 4, scoped
        let four = try #require(s.scope)
        s = KeyScript.type("1", on: s)
        s = KeyScript.press([.down], on: s)
        let next = try #require(s.selectedEntry)
        #expect(next != four)
        #expect(s.scope == next)
        #expect(s.viewer == .round(entry: next))
        s = KeyScript.type("2⏎", on: s)
        #expect(ViewerPane.model(s, width: 60).title.hasSuffix("· all articles"))
    }

    /// `&` filters the actor list to the names that match; Esc clears it. `z` zooms the
    /// focused pane to the whole screen and back.
    @Test func ampersandFiltersTheActorsAndZZooms() {
        var s = KeyScript.type("&russ", on: start)
        #expect(s.mode == .filter)
        #expect(s.focus == .actors)
        let names = s.actorRows.map { corpus.actors.actors[$0].name }
        #expect(!names.isEmpty && names.count < corpus.actors.actors.count)
        #expect(names.contains("Russia"))
        s = KeyScript.type("⏎", on: s)
        #expect(s.mode == .normal && s.actorText == "russ")
        s = KeyScript.press([.escape], on: s)
        #expect(s.actorText == nil && s.actorRows.count == corpus.actors.actors.count)
        let zoomed = KeyScript.type("z", on: start)
        let layout = Layout(size: zoomed.size, focus: zoomed.focus, zoomed: zoomed.zoomed)
        #expect(layout.panes.count == 1 && layout.panes[.timeline]?.width == 120)
        #expect(!KeyScript.type("zz", on: start).zoomed)
    }

    /// `:N` goes to row N; in the timeline to round N of the track.
    @Test func colonGoesToARowOrARound() {
        let s = KeyScript.type(":8⏎", on: start)
        #expect(s.selectedEntry.map { corpus.timeline.entries[$0].number } == 8)
        #expect(s.viewer == .round(entry: s.selectedEntry!))
        let actors = KeyScript.type("2:3⏎", on: start)
        #expect(actors.panes.actors.cursor == 2)
        let missing = KeyScript.type(":99⏎", on: start)
        #expect(missing.message?.contains("no round 99") == true)
    }

    /// A prompt edits as a shell's: Ctrl-W deletes the last word, Ctrl-U the line.
    @Test func promptsEditLikeAShell() {
        var s = KeyScript.type("/de mist", on: start)
        s = KeyScript.press([.ctrl("w")], on: s)
        #expect(s.search?.query == "de ")
        s = KeyScript.press([.ctrl("u")], on: s)
        #expect(s.search?.query == "")
    }

    /// The focused list says where you are on its bottom border; f and Ctrl-B page as in less
    /// (b bookmarks).
    @Test func theFocusedListSaysWhereYouAre() {
        let s = KeyScript.press([.down, .down], on: start)
        let screen = render(s)
        #expect((0..<screen.size.height).contains { screen.line($0).contains(" 3 of 6 ") })
        let paged = KeyScript.type("2f", on: start)
        #expect(paged.panes.actors.cursor > 0)
        #expect(KeyScript.press([.ctrl("b")], on: paged).panes.actors.cursor < paged.panes.actors.cursor)
    }

    /// `o` and `t` act on the actor list only where it is focused; elsewhere they say so (bug 8).
    @Test func actorKeysOutsideTheActorListGiveAHint() {
        let s = KeyScript.type("o", on: start)
        #expect(s.actorSort == start.actorSort)
        #expect(s.message?.contains("press 2") == true)
        let t = KeyScript.type("t", on: start)
        #expect(t.actorFilter == nil)
        #expect(KeyScript.type("2t", on: start).actorFilter == .state)
    }

    /// A capped list of passages says how many match in all (bug 5).
    @Test func aCappedSearchSaysOfHowMany() throws {
        let texts = (0..<3).map { d in (0..<50).map { "Ceasefire talk number \($0) of part \(d)." }.joined(separator: " ") }
        let big = try Fixtures.corpus(texts)
        let s = KeyScript.type("sceasefire⏎", on: KeyScript.start(big, size: Size(width: 120, height: 40)))
        let title = ViewerPane.model(s, width: 60).title
        #expect(title.contains("100 of 150 passages"), "\(title)")
    }

    @Test func focusKeysAndHelp() {
        #expect(KeyScript.press([.tab], on: start).focus == .actors)
        #expect(KeyScript.press([.backTab], on: start).focus == .viewer)
        #expect(KeyScript.type("3", on: start).focus == .viewer)
        let help = KeyScript.type("?", on: start)
        #expect(help.showHelp)
        #expect(!KeyScript.type("?⎋", on: start).showHelp)
        #expect(KeyScript.type("q", on: start).isFinished)
        #expect(KeyScript.type("?q", on: start).isFinished)
    }

    @Test func mouseClickFocusesAndSelectsAndWheelScrolls() {
        let layout = Layout(size: start.size, focus: .timeline)
        let actors = layout.content(.actors)!
        let clicked = update(start, .click(x: actors.x + 2, y: actors.y + 3))
        #expect(clicked.focus == .actors)
        #expect(clicked.panes.actors.cursor == 3)
        let wheel = update(clicked, .scroll(x: actors.x + 2, y: actors.y + 3, lines: 3))
        #expect(wheel.panes.actors.cursor == 6)
    }

    @Test func theHelpOverlayIsGeneratedFromTheKeymap() {
        let screen = render(KeyScript.type("?", on: start)).lines.joined(separator: "\n")
        for b in KeyMap.standard.bindings.prefix(12) {
            #expect(screen.contains(b.help), "\(b.help)")
        }
    }

    @Test func everyBindingHasADistinctKey() {
        let keys = KeyMap.standard.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }
}

/// Work the next key would make stale waits for typing to pause.
struct DeferredSearchTests {
    let start = KeyScript.start(Fixtures.seeds, size: Size(width: 120, height: 40))

    @Test func globalSearchRunsWhenTypingPausesNotOnEveryKey() {
        let typing = KeyScript.type("sAstana", on: start, settle: false)
        #expect(typing.global?.query == "Astana")
        #expect(typing.needsSearch)
        #expect(typing.global?.count == 0)
        #expect(render(typing).lines.last?.contains("searching…") == true)
        let paused = update(typing, .refreshSearch)
        #expect(!paused.needsSearch)
        #expect((paused.global?.count ?? 0) > 0)
        // One more letter keeps the old results on screen until the next pause.
        let more = KeyScript.type("x", on: paused, settle: false)
        #expect(more.needsSearch && more.global?.count == paused.global?.count)
    }

    @Test func enterRunsAPendingSearchAtOnce() {
        let s = KeyScript.type("sAstana⏎", on: start, settle: false)
        #expect(!s.needsSearch)
        #expect((s.global?.count ?? 0) > 0)
        #expect(s.focus == .viewer)
    }

    @Test func aRefreshDuringHelpKeepsHelpOpen() {
        var s = KeyScript.type("sAstana", on: start, settle: false)
        s.showHelp = true
        let after = update(s, .refreshSearch)
        #expect(after.showHelp)
        #expect(!after.needsSearch)
    }
}

/// Text from a file is shown, never obeyed: no control code from an article reaches a cell.
struct HostileTextTests {
    @Test func escapeSequencesInAnArticleAreShownAsSymbolsInEveryView() throws {
        let text =
            "Talks in Astana \u{1B}[31mred\u{1B}[0m, \u{1B}]0;title\u{07}, \u{1B}]52;c;ZXZpbA==\u{07} and \u{9B}2J. Russia attended.\r\nIran too.\u{7F}\n"
        let corpus = try Fixtures.corpus([text])
        var s = KeyScript.start(corpus, size: Size(width: 100, height: 30))
        for content in [ViewerContent.article(document: 0, focus: nil, actor: nil), .concordance(actor: 0)] {
            s.viewer = content
            for screen in [render(s), render(KeyScript.type("sred", on: s))] {
                for line in screen.lines {
                    #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(line)")
                }
            }
        }
        let article = render(
            {
                var a = s
                a.viewer = .article(document: 0, focus: nil, actor: nil)
                return a
            }()
        ).lines.joined()
        #expect(article.contains("␛"))
    }
}
