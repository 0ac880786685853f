import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// The help overlay: every key and mark, wrapped to its box, and filtered as you type (`/`).
struct HelpOverlayTests {
    var start: AppState { KeyScript.start(Fixtures.seeds, size: Size(width: 120, height: 40)) }

    func texts(_ width: Int, _ filter: String = "") -> [String] { HelpOverlay.rows(width: width, filter: filter).map(\.0) }

    @Test func slashFiltersAsYouTypeAndEscClearsThenCloses() {
        let typing = KeyScript.type("?/cop", on: start)
        #expect(typing.showHelp && typing.mode == .helpFilter && typing.helpFilter == "cop")
        let kept = KeyScript.type("⏎", on: typing)
        #expect(kept.mode == .normal && kept.helpFilter == "cop" && kept.showHelp)
        let cleared = KeyScript.type("⎋", on: kept)
        #expect(cleared.showHelp && cleared.helpFilter.isEmpty, "the first Esc clears the filter")
        #expect(!KeyScript.type("⎋", on: cleared).showHelp, "the second closes the help")
        #expect(KeyScript.type("?/cop⎋", on: start).helpFilter.isEmpty, "Esc while typing drops the filter")
        #expect(KeyScript.type("?q", on: start).isFinished, "q still quits from the help")
    }

    @Test func theFilterKeepsOnlyRowsThatHoldIt() {
        let rows = texts(80, "COPY")
        #expect(rows.contains { $0.contains("copy only the citation") })
        #expect(rows.contains { $0.contains("copy the passage with its citation") })
        #expect(!rows.contains { $0.contains("next pane") })
        #expect(rows.first == "Read", "a section is shown only with a row that matches")
        #expect(texts(80, "planned").contains { $0.contains("~  ▸  ×") }, "the marks on screen are filtered too")
        #expect(texts(80, "zzzz") == ["Nothing in the help holds “zzzz”: Esc clears the filter."])
    }

    @Test func rowsWrapToTheBoxInsteadOfBeingCut() {
        let narrow = texts(44)
        #expect(narrow.allSatisfy { DisplayWidth.of($0) <= 44 }, "\(narrow.filter { DisplayWidth.of($0) > 44 })")
        // Every word of every help text is shown somewhere.
        let all = narrow.joined(separator: " ")
        for b in KeyMap.standard.bindings {
            for word in b.help.split(separator: " ") { #expect(all.contains(word), "\(b.help)") }
        }
        // A key too long for its column has a row of its own.
        let long = KeyMap(bindings: [
            KeyBinding([.pageDown, .character(" "), .ctrl("f"), .character("f")], .pageDown, "page down", section: "Move")
        ])
        let rows = HelpOverlay.rows(width: 44, keyMap: long).map(\.0)
        #expect(rows.contains { $0.trimmingCharacters(in: .whitespaces) == "PgDn Space Ctrl-F f" }, "\(rows)")
    }

    @Test func theHelpListsTheKeymapInUse() {
        var s = start
        s.keyMap = KeyMap(bindings: [KeyBinding([.character("x")], .quit, "leave at once", section: "Mine")])
        s.showHelp = true
        let screen = render(s).lines.joined(separator: "\n")
        #expect(screen.contains("leave at once") && screen.contains("Mine"))
        #expect(!screen.contains("next pane"), "the standard keys are not in this map")
    }
}
