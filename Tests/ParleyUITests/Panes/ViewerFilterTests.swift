import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// `&` in the source's lists: only the items that hold the text, numbered again, with a chip.
struct ViewerFilterTests {
    let corpus = Fixtures.seeds
    var start: AppState { KeyScript.start(corpus, size: Size(width: 120, height: 40)) }
    /// Round 4's evidence and claims, focused.
    var round: AppState { KeyScript.type("jj⏎", on: start) }

    @Test func ampersandInTheSourceKeepsTheItemsThatHoldTheText() {
        let all = round.viewerModel()
        let s = KeyScript.type("&afp⏎", on: round)
        #expect(s.focus == .viewer && s.mode == .normal)
        let m = s.viewerModel()
        #expect(m.targets.count > 0 && m.targets.count < all.targets.count)
        #expect(m.title.hasSuffix("&afp: \(m.targets.count) of \(all.targets.count)"))
        // Every item left holds the text, and rows, targets and starts agree.
        for (i, line) in m.lineOfItem.enumerated() {
            #expect(m.lines[line].item == i)
            #expect(TextFolding.fold(m.lines[line].text).contains("afp"), "\(m.lines[line].text)")
        }
        let status = render(s).lines.last ?? ""
        // Each chip right after the one before (the status bar once added a column to a width).
        #expect(status.hasPrefix(" Source  [round: Astana 4 ✕ Esc] [source &afp ✕ Esc]"), "\(status)")
    }

    @Test func escClearsTheFilterBeforeGoingBackAndAnotherViewStartsUnfiltered() {
        let s = KeyScript.type("&afp⏎", on: round)
        let cleared = KeyScript.type("⎋", on: s)
        #expect(cleared.viewerFilter == nil)
        #expect(cleared.viewer == round.viewer, "the first Esc only clears the filter")
        #expect(cleared.viewerModel().targets.count == round.viewerModel().targets.count)
        var other = s
        other.viewer = .round(entry: 0)
        #expect(!other.viewerModel().title.contains("&afp"))
    }

    @Test func aFilterThatMatchesNothingSaysSo() {
        let s = KeyScript.type("&zzzq", on: round)
        #expect(s.viewerModel().targets.isEmpty)
        #expect(s.viewerModel().lines.contains { $0.text.hasPrefix("Nothing here holds “zzzq”") })
    }

    @Test func inTheTimelineAmpersandFiltersTheActorsAndSaysWhy() {
        let s = KeyScript.type("&", on: start)
        #expect(s.focus == .actors && s.mode == .filter)
        #expect(s.message?.contains("rounds are all shown") == true)
    }

    @Test func whatAFilterKeptIsMarkedInItsRows() throws {
        let s = KeyScript.type("&russ", on: start)
        let screen = render(s)
        let pane = try #require(Layout(size: s.size, focus: s.focus, zoomed: false).content(.actors))
        let y = try #require((pane.y..<(pane.y + pane.height)).first { screen.line($0).contains("Russia") })
        let row = Array(screen.line(y))
        let x = try #require((pane.x..<(pane.x + pane.width)).first { row[$0] == "R" })
        #expect(screen[x, y].style.attributes.contains(.underline), "the R of Russia is marked")
        #expect(!screen[x + 4, y].style.attributes.contains(.underline), "the i after “russ” is not")
    }
}
