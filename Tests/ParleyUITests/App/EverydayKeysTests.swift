import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// Keys a daily user leans on, each as a review in tmux found it wrong: Esc in `:`, the row
/// picked in search all, a resize with a passage open, n/N on a place use, the help's g/G,
/// the status line at narrow sizes, and Esc on the type filter.
struct EverydayKeysTests {
    let corpus = Fixtures.seeds
    func start(_ w: Int = 120, _ h: Int = 40) -> AppState { KeyScript.start(corpus, size: Size(width: w, height: h)) }

    @Test func escInTheGoToPromptOnlyClosesIt() {
        let opened = KeyScript.type("jj⏎⏎", on: start())
        let s = KeyScript.type(":⎋", on: opened)
        #expect(s.viewer == opened.viewer && s.mode == .normal, "the article stays open")
        #expect(s.message == nil)
    }

    @Test func theResultPickedInSearchAllStaysPickedOnEnter() {
        var s = KeyScript.type("smoscow", on: start())
        s = update(s, .refreshSearch)
        s = KeyScript.press([.down, .down], on: s)
        let picked = s.panes.viewer.cursor
        #expect(picked == 2)
        s = KeyScript.type("⏎", on: s)
        #expect(s.focus == .viewer && s.panes.viewer.cursor == picked)
    }

    @Test func aResizeKeepsThePassageInFocusInView() throws {
        var s = KeyScript.type("2⏎G⏎", on: start())
        guard case .article(_, _?, _) = s.viewer else {
            Issue.record("no passage open: \(s.viewer)")
            return
        }
        for size in [Size(width: 50, height: 12), Size(width: 40, height: 10), Size(width: 200, height: 60)] {
            s = update(s, .resize(size))
            let line = try #require(s.viewerModel().focusLine)
            let height = s.contentRect(.viewer).height
            #expect(line >= s.panes.viewer.scroll && line < s.panes.viewer.scroll + height, "at \(size)")
        }
    }

    @Test func nOnAPlaceUseSaysWhyItDoesNotStep() throws {
        let russia = try #require(corpus.actors.actors.firstIndex { $0.name == "Russia" })
        let place = try #require(corpus.places(of: russia).first)
        var s = start()
        s.focus = .viewer
        s.viewer = .article(document: try #require(corpus.documentIndex(of: place.span.document)), focus: place.span, actor: russia)
        let n = KeyScript.type("n", on: s)
        #expect(n.viewer == s.viewer)
        #expect(n.message?.contains("place use") == true, "\(n.message ?? "no message")")
    }

    @Test func gAndGGoToTheHelpsTopAndBottom() {
        let bottom = KeyScript.type("?G", on: start(80, 24))
        #expect(bottom.showHelp && bottom.helpScroll == HelpOverlay.maxScroll(size: bottom.size, filter: ""))
        #expect(bottom.helpScroll > 0)
        let top = KeyScript.type("g", on: bottom)
        #expect(top.showHelp && top.helpScroll == 0)
    }

    @Test func theStatusLinesPlaceIsNeverCutWithoutAMark() {
        for (w, h) in [(80, 24), (60, 20)] {
            let s = KeyScript.type("jj⏎", on: start(w, h))
            let status = render(s).lines.last ?? ""
            let before = status.components(separatedBy: " ? help").first ?? status
            let piece = before.trimmingCharacters(in: .whitespaces).split(separator: " ").last.map(String.init) ?? ""
            #expect(piece.hasSuffix("…") || piece.contains(".txt:") || piece.hasSuffix("Esc]"), "\(w)x\(h): \(status)")
            #expect(!before.hasSuffix("· "), "no dangling separator: \(status)")
        }
    }

    @Test func escClearsTheTypeFilterInTheActorList() {
        let filtered = KeyScript.type("2t", on: start())
        #expect(filtered.actorFilter != nil)
        let s = KeyScript.type("⎋", on: filtered)
        #expect(s.actorFilter == nil && s.actorRows.count == corpus.actors.actors.count)
    }
}
