import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// `w`: the viewer's list items whole, wrapped under their column, instead of cut.
struct WrappedRowsTests {
    let corpus = Fixtures.seeds
    var start: AppState { KeyScript.start(corpus, size: Size(width: 120, height: 40)) }

    func model(_ s: AppState) -> ViewerPane.Model { s.viewerModel() }

    @Test func evidenceRowsShowTheirWholeSentenceAndSelectTogether() throws {
        let cut = KeyScript.type("jj⏎", on: start)
        let wrapped = KeyScript.type("w", on: cut)
        #expect(wrapped.wrapRows && !KeyScript.type("w", on: wrapped).wrapRows)
        let width = wrapped.contentRect(.viewer).width
        let m = model(wrapped)
        #expect(m.targets == model(cut).targets, "the same items")
        let first = m.lineOfItem[0]
        let rows = (first..<m.lineOfItem[1]).map { m.lines[$0] }
        #expect(rows.count > 1, "the first sentence needs more than one row at \(width) columns")
        #expect(rows.allSatisfy { $0.item == 0 })
        #expect(m.lines.allSatisfy { DisplayWidth.of($0.text) <= width })
        // Every word of the sentence is on screen; cut, the row lost some.
        guard case .passage(let d, let span, _) = m.targets[0] else { throw Failure("no passage") }
        let words = TextFolding.singleSpaced(corpus.documents[d].text(span.range)).split(separator: " ")
        let shown = rows.map(\.text).joined(separator: " ")
        #expect(words.allSatisfy { shown.contains($0) })
        #expect(!words.allSatisfy { model(cut).lines[model(cut).lineOfItem[0]].text.contains($0) })
    }

    @Test func aRoundsClaimsWrapAsItsEvidenceDoes() throws {
        let cut = KeyScript.type("jj⏎", on: start)
        let m = KeyScript.type("w", on: cut).viewerModel()
        let evidence = corpus.timeline.entries[2].evidence.count
        #expect(m.targets.count == model(cut).targets.count && m.targets.count > evidence, "claims follow the evidence")
        // The first claim's rows: all of one item, the first after its label, none too wide.
        let first = m.lineOfItem[evidence]
        let end = m.lineOfItem.indices.contains(evidence + 1) ? m.lineOfItem[evidence + 1] : m.lines.count
        let rows = (first..<end).map { m.lines[$0] }.filter { $0.item != nil }
        #expect(rows.count > 1 && rows.allSatisfy { $0.item == evidence })
        #expect(m.lines.allSatisfy { DisplayWidth.of($0.text) <= KeyScript.type("w", on: cut).contentRect(.viewer).width })
        for (i, line) in m.lineOfItem.enumerated() { #expect(m.lines[line].item == i) }
    }

    @Test func movingDownInAWrappedListSelectsTheNextItemsFirstRow() {
        let s = KeyScript.type("jj⏎wj", on: start)
        #expect(s.panes.viewer.cursor == 1)
        let screen = render(s)
        #expect(screen.lines.contains { $0.contains("│ The International Meetings") }, "\(screen.lines.joined(separator: "\n"))")
    }

    @Test func aWrappedConcordanceMarksTheMentionInItsSentence() throws {
        let russia = try #require(corpus.actors.actors.firstIndex { $0.name == "Russia" })
        var s = start
        s.viewer = .concordance(actor: russia)
        s.focus = .viewer
        s.wrapRows = true
        let m = model(s)
        let width = s.contentRect(.viewer).width
        #expect(m.lines.allSatisfy { DisplayWidth.of($0.text) <= width })
        let firstRows = (m.lineOfItem[0]..<m.lineOfItem[1]).map { m.lines[$0] }
        let marked = firstRows.flatMap { row in
            row.runs.filter { $0.style.attributes.contains(.bold) }.map { run in
                String(Array(row.text)[run.columns.clamped(to: 0..<row.text.count)])
            }
        }
        #expect(marked.contains("Russia") || marked.contains("Russian"), "\(marked)")
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
