import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// Bookmarks with keys and the session memory, on the hand-built corpus.
struct BookmarkKeysTests {
    let corpus = TinyCorpus.corpus
    var start: AppState { KeyScript.start(corpus, size: Size(width: 120, height: 40)) }

    /// Round 1's first sentence of evidence, in focus in the viewer.
    var onEvidence: AppState { KeyScript.type("⏎", on: start) }

    @Test func bBookmarksThePassageWithANoteAndBListsAndOpensIt() throws {
        let (d, span) = try #require(onEvidence.focusedPassage)
        var s = KeyScript.type("bopening day⏎", on: onEvidence)
        #expect(s.bookmarks.count == 1)
        #expect(s.bookmarks[0].note == "opening day")
        #expect(s.bookmarks[0].passage.span == span)
        #expect(s.bookmarks[0].passage.quote == corpus.documents[d].text(span.range))
        #expect(s.bookmarksToSave?.count == 1)
        #expect(KeyScript.type("b", on: s).message?.hasPrefix("already bookmarked") == true)
        s = KeyScript.type("B", on: s)
        #expect(s.viewer == .bookmarks)
        let model = s.viewerModel()
        #expect(model.targets == [.passage(document: d, span: span, actor: nil)])
        #expect(model.lines.texts().contains { $0.contains("opening day — ") })
        let opened = KeyScript.type("⏎", on: s)
        #expect(opened.viewer == .article(document: d, focus: span, actor: nil))
        // E writes them as a brief; x deletes one.
        #expect(KeyScript.type("E", on: s).exportRequest?.content == .bookmarks([MarkdownBrief.Bookmark(span: span, note: "opening day")]))
        let deleted = KeyScript.type("x", on: s)
        #expect(deleted.bookmarks.isEmpty && deleted.bookmarksToSave?.isEmpty == true)
        // Esc cancels the note and bookmarks nothing.
        #expect(KeyScript.type("bnote⎋", on: onEvidence).bookmarks.isEmpty)
        #expect(KeyScript.type("b", on: start).message == "nothing to bookmark here: open or select a passage")
    }

    @Test func xDeletesTheRowShownEvenAfterTheListChanged() throws {
        var s = KeyScript.type("bfirst⏎", on: onEvidence)
        s = KeyScript.type("jbsecond⏎", on: KeyScript.type("⎋⏎", on: s))
        s = KeyScript.type("B", on: s)
        #expect(s.viewerModel().targets.count == s.bookmarks.count)
        let count = s.bookmarks.count
        s = KeyScript.type("x", on: s)
        #expect(s.bookmarks.count == count - 1)
        #expect(s.viewerModel().targets.count == count - 1, "the view follows the list")
        var refused = KeyScript.type("B", on: KeyScript.type("bnote⏎", on: onEvidence))
        refused.bookmarksProblem = "the bookmarks file cannot be read"
        refused.bookmarksToSave = nil  // the backend wrote the one made
        #expect(KeyScript.type("x", on: refused).bookmarks.count == 1)
        #expect(KeyScript.type("x", on: refused).bookmarksToSave == nil)
    }

    @Test func aBookmarkWhoseWordsAreGoneIsListedAsAnOrphan() {
        var s = start
        let gone = AnchoredSpan(span: TextSpan(document: "a.txt", start: 0, end: 9), quote: "Vanished!", before: "", after: " text")
        let (d, span) = onEvidence.focusedPassage!
        s.bookmarks = [
            Bookmark(passage: gone, note: "lost one"), Bookmark(passage: AnchoredSpan(span, in: corpus.documents[d]), note: nil),
        ]
        s = KeyScript.type("B", on: s)
        let model = s.viewerModel()
        #expect(model.targets.count == 1, "the orphan opens nothing")
        #expect(model.title == "Bookmarks · 1 · 1 orphan")
        #expect(model.lines.texts().contains { $0.contains("lost one — “Vanished!” (a.txt)") })
    }

    @Test func theSessionIsRestoredByNameAndWhatIsGoneIsLeftOut() throws {
        var s = KeyScript.type("j⏎2j", on: start)
        s = KeyScript.type("/Mara⏎", on: s)
        let memory = s.memory
        #expect(memory.focus == "actors")
        #expect(memory.scope == SessionMemory.Round(track: "Lakeview", number: 2))
        var restored = KeyScript.start(corpus, size: Size(width: 120, height: 40))
        restored.restore(memory)
        #expect(restored.scope == s.scope)
        #expect(restored.focus == .actors)
        #expect(restored.selectedActor == s.selectedActor)
        #expect(restored.history[.search] == ["Mara"])
        // A round or actor the corpus no longer has is not restored.
        var other = KeyScript.start(corpus, size: Size(width: 120, height: 40))
        other.restore(
            SessionMemory(
                focus: "rounds", selectedRound: .init(track: "Lakeview", number: 9), selectedActor: "Nobody",
                scope: .init(track: "X", number: 1)))
        #expect(other.scope == nil && other.panes.timeline.cursor == 0)
    }
}
