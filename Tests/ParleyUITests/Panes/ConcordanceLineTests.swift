import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// A concordance row shows the bytes of the file around the mention: never a space that is
/// not there (issue 14, bug 2), and the mention at one column in every row.
struct ConcordanceLineTests {
    @Test func contextIsTheFilesBytesAndTheMentionKeepsItsColumn() throws {
        let yaml = "actors:\n  - name: Army of Islam\n    type: group\n  - name: Lebanon\n    type: state\n"
        let corpus = try Fixtures.corpus(
            ["Fighters of Jaish al-Islam (Army of Islam) left for Lebanon. Later, Lebanon and the Army of Islam talked."],
            actorsYAML: yaml)
        let doc = corpus.documents[0]
        let width = 70
        var columns = Set<Int>()
        for name in ["Army of Islam", "Lebanon"] {
            let actor = try #require(corpus.actors.actors.firstIndex { $0.name == name })
            for (n, m) in corpus.mentions(of: actor).enumerated() {
                let line = ViewerPane.concordanceLine(doc: doc, mention: m, width: width, style: Style(.person), item: n)
                let run = try #require(line.runs.last)
                columns.insert(run.columns.lowerBound)
                #expect(!line.text.contains("( Army"), "\(line.text)")
                #expect(!line.text.contains("Islam )"), "\(line.text)")
            }
        }
        #expect(columns.count == 1, "the mention starts at one column: \(columns)")
        let army = try #require(corpus.actors.actors.firstIndex { $0.name == "Army of Islam" })
        let first = try #require(corpus.mentions(of: army).first)
        let text = ViewerPane.concordanceLine(doc: doc, mention: first, width: width, style: Style(.person), item: 0).text
        #expect(text.contains("al-Islam (Army of Islam) left"), "\(text)")
    }

    /// Each row names its article by outlet and date, in a column before a separator (bug 3).
    @Test func eachRowNamesItsArticleBeforeTheContext() throws {
        let corpus = try Fixtures.corpus(["Envoys from Lebanon met. Lebanon agreed."], date: "2022-05-04")
        let doc = corpus.documents[0]
        let lebanon = try #require(corpus.actors.actors.firstIndex { $0.name == "Lebanon" })
        let lines = corpus.mentions(of: lebanon).enumerated().map { n, m in
            ViewerPane.concordanceLine(doc: doc, mention: m, width: 80, style: Style(.state), item: n)
        }
        #expect(lines.count == 2)
        for line in lines {
            #expect(line.text.hasPrefix("4 May 2022"), "\(line.text)")
            #expect(line.text.contains(" │ "), "\(line.text)")
        }
        // The separator and the mention stand at one column in every row.
        #expect(Set(lines.compactMap { l in l.text.firstIndex(of: "│").map { DisplayWidth.of(l.text[..<$0]) } }).count == 1)
        #expect(Set(lines.compactMap { $0.runs.last?.columns.lowerBound }).count == 1)
        // Too narrow a pane gives every column to the context.
        let narrow = ViewerPane.concordanceLine(
            doc: doc, mention: corpus.mentions(of: lebanon)[0], width: 40, style: Style(.state), item: 0)
        #expect(!narrow.text.contains("│"))
    }

    /// Left context cut to its column says so with "…", as a row cut at its end does; context
    /// that fits is shown whole, unmarked.
    @Test func leftContextCutToItsColumnIsMarked() throws {
        let long = "Delegates who had travelled for many days from the far coast said that in the end Lebanon agreed."
        let corpus = try Fixtures.corpus([long + " Lebanon left."])
        let doc = corpus.documents[0]
        let lebanon = try #require(corpus.actors.actors.firstIndex { $0.name == "Lebanon" })
        let mentions = corpus.mentions(of: lebanon)
        let cut = ViewerPane.concordanceLine(doc: doc, mention: mentions[0], width: 40, style: Style(.state), item: 0).text
        #expect(cut.hasPrefix("…"), "\(cut)")
        let whole = ViewerPane.concordanceLine(doc: doc, mention: mentions[1], width: 40, style: Style(.state), item: 1).text
        #expect(!whole.contains("…") || whole.hasSuffix("…"), "the second starts its sentence: \(whole)")
        #expect(ViewerPane.markedTail("talks", width: 10) == "talks")
        #expect(ViewerPane.markedTail("the fourth round", width: 6) == "…round")
    }
}
