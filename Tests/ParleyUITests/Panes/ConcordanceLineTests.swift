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
                let run = try #require(line.runs.first)
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
}
