import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// The matrix in the dashboard, on the hand-built corpus: M opens it on the selected round,
/// ←/→ move between rounds, Enter opens a cell's sentences, o orders, the scope applies.
struct MatrixKeysTests {
    let corpus = TinyCorpus.corpus
    var start: AppState { KeyScript.start(corpus, size: Size(width: 120, height: 40)) }

    @Test func mOpensTheMatrixOnTheSelectedRoundAndArrowsMoveBetweenRounds() {
        let s = KeyScript.type("jM", on: start)
        #expect(s.viewer == .matrix && s.focus == .viewer)
        #expect(s.matrixColumn == 1, "round 2 is selected in the timeline")
        let m = s.matrix
        #expect(m.columns.count == 2)
        #expect(s.viewerModel().title.hasPrefix("Actors × "))
        #expect(KeyScript.type("h", on: s).matrixColumn == 0)
        #expect(KeyScript.type("l", on: s).message == "the last round of the track")
        #expect(KeyScript.type("hh", on: s).message == "the first round of the track")
        // Esc goes back to where M was pressed.
        #expect(KeyScript.type("⎋", on: s).viewer == .round(entry: 1))
    }

    @Test func enterOpensTheSentencesBehindTheCellAndEachOpensItsArticle() throws {
        var s = KeyScript.type("M", on: start)
        let m = s.matrix
        let r = try #require(m.rows.firstIndex { corpus.actors.actors[$0].name == "Northland" })
        s.panes.viewer.cursor = r
        s = KeyScript.type("⏎", on: s)
        #expect(s.viewer == .matrixCell(actor: m.rows[r], entry: m.columns[0]))
        let model = s.viewerModel()
        #expect(model.targets.count == m.evidence(row: r, column: 0).count)
        #expect(!model.targets.isEmpty)
        let opened = KeyScript.type("⏎", on: s)
        guard case .article = opened.viewer else {
            Issue.record("Enter on a sentence opens its article: \(opened.viewer)")
            return
        }
        #expect(KeyScript.type("⎋", on: s).viewer == .matrix)
    }

    @Test func oOrdersTheRowsAndTheScopeAndTypeFilterApply() {
        let s = KeyScript.type("M", on: start)
        let byName = KeyScript.type("o", on: s)
        #expect(byName.matrix.sort == .name)
        let names = byName.matrix.rows.map { corpus.actors.actors[$0].name.lowercased() }
        #expect(names == names.sorted())
        // Scoped to round 1: its actors only.
        let scoped = KeyScript.type("1⏎M", on: start)
        #expect(Set(scoped.matrix.rows).isSubset(of: Set(corpus.timeline.entries[0].participants)))
        let states = KeyScript.type("t", on: s)
        #expect(states.matrix.rows.allSatisfy { corpus.actors.actors[$0].type == .state })
    }

    @Test func leftAndRightStillOpenAndGoBackOutsideTheMatrix() {
        let opened = KeyScript.type("l", on: start)
        #expect(opened.scope == 0 && opened.focus == .viewer)
        #expect(KeyScript.type("h", on: opened).scope == nil || KeyScript.type("h", on: opened).focus == .timeline)
    }

    @Test func cShowsWhatEachArticleSaysOfTheRoundAndEachRowOpensItsWords() throws {
        let s = KeyScript.type("jc", on: start)
        #expect(s.viewer == .accounts(entry: 1) && s.focus == .viewer)
        let model = s.viewerModel()
        #expect(model.title.contains("who says what"))
        #expect(!model.targets.isEmpty)
        let opened = KeyScript.type("⏎", on: s)
        guard case .article(_, let span?, _) = opened.viewer, case .passage(_, let target, _) = model.targets[0] else {
            Issue.record("Enter opens the claim's words: \(opened.viewer)")
            return
        }
        #expect(span == target)
        #expect(KeyScript.type("⎋", on: opened).viewer == .accounts(entry: 1))
        // From the actor list with no round chosen it says where it works.
        var none = KeyScript.type("2", on: start)
        none.panes.timeline.cursor = 99
        #expect(KeyScript.type("c", on: none).message?.hasPrefix("c shows what each article says") == true)
    }
}
