import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// Every prompt edits like a shell's line: the cursor, words, the line, and this session's
/// earlier queries.
struct PromptEditingTests {
    var start: AppState { KeyScript.start(Fixtures.seeds, size: Size(width: 120, height: 40)) }

    func press(_ keys: [Key], _ s: AppState) -> AppState { KeyScript.press(keys, on: s) }

    @Test func textIsTypedAndDeletedAtTheCursor() {
        var s = KeyScript.type("&Rusia", on: start)
        s = press([.left, .left, .left], s)
        #expect(s.promptCursor == 2)
        s = KeyScript.type("s", on: s)
        #expect(s.actorText == "Russia" && s.promptCursor == 3)
        s = press([.home], s)
        #expect(s.promptCursor == 0)
        s = press([.backspace], s)
        #expect(s.actorText == "Russia", "nothing before the start to delete")
        s = press([.end, .backspace], s)
        #expect(s.actorText == "Russi" && s.promptCursor == nil)
        #expect(press([.right], s).promptCursor == nil, "the cursor stays inside the text")
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursorAndCtrlUTheLine() {
        var s = KeyScript.type("/astana talks", on: start)
        s = press([.left, .left, .left, .left, .left, .left, .ctrl("w")], s)
        #expect(s.search?.query == " talks" && s.promptCursor == 0)
        s = press([.ctrl("u")], s)
        #expect(s.search?.query == "" && s.promptCursor == nil)
    }

    @Test func upAndDownStepThroughTheQueriesSubmittedThisSession() {
        var s = KeyScript.type("/Astana⏎", on: start)
        s = KeyScript.type("/Russia⏎", on: s)
        #expect(s.history[.search] == ["Astana", "Russia"])
        s = KeyScript.type("/Tu", on: s)
        s = press([.up], s)
        #expect(s.search?.query == "Russia")
        s = press([.up, .up], s)
        #expect(s.search?.query == "Astana", "the oldest stays at the top")
        s = press([.down, .down], s)
        #expect(s.search?.query == "Tu", "past the latest: what was being typed")
        // Each prompt has its own history; `&` has none yet.
        #expect(press([.up], KeyScript.type("⎋&x", on: s)).actorText == "x")
    }

    @Test func inSearchAllUpMovesInTheResultsAndCtrlPRecallsAQuery() {
        var s = KeyScript.type("sceasefire⏎", on: start)
        s = KeyScript.type("sIran", on: s)
        let typed = press([.up], s)
        #expect(typed.global?.query == "Iran", "↑ does not replace the query in search all")
        #expect(press([.ctrl("p")], s).global?.query == "ceasefire")
    }

    @Test func theCursorIsDrawnWhereItStands() {
        #expect(PromptText.withCursor("talks", at: 2) == "ta▏lks")
        #expect(PromptText.withCursor("talks", at: nil) == "talks▏")
        let s = press([.left, .left], KeyScript.type("/talks", on: start))
        #expect(render(s).lines.last?.contains("/tal▏ks") == true)
    }

    @Test func theHelpListsThePromptKeysFromTheKeymap() {
        let rows = HelpOverlay.rows(width: 80).map(\.0)
        for b in KeyMap.standard.promptBindings {
            #expect(rows.contains { $0.contains(b.keyLabel) && $0.contains(b.help.prefix(12)) }, "\(b.keyLabel) \(b.help)")
        }
    }
}
