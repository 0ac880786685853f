import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// `E` asks for the focused view, with its scope and filters, as a file.
struct ExportKeysTests {
    let corpus = TinyCorpus.corpus
    var start: AppState { KeyScript.start(corpus, size: Size(width: 120, height: 40)) }

    @Test func eachViewExportsWhatItShows() throws {
        #expect(
            KeyScript.type("E", on: start).exportRequest
                == ExportRequest(
                    content: .brief(entries: [0, 1], title: "Rounds of talks"), name: "rounds"))
        let scoped = KeyScript.type("⏎E", on: start)
        #expect(scoped.exportRequest?.content == .brief(entries: [0], title: "Lakeview round 1"))
        #expect(scoped.exportRequest?.name == "lakeview-round-1")
        let states = KeyScript.type("2tE", on: start)
        guard case .table(.actors, _, let actors?) = states.exportRequest?.content else {
            Issue.record("the actor list as a table: \(String(describing: states.exportRequest))")
            return
        }
        #expect(actors == states.actorRows && actors.allSatisfy { corpus.actors.actors[$0].type == .state })
        let mentions = KeyScript.type("2⏎E", on: start)
        guard case .table(.mentions, _, [mentions.actorRows[0]]) = mentions.exportRequest?.content else {
            Issue.record("an actor's mentions: \(String(describing: mentions.exportRequest))")
            return
        }
        #expect(KeyScript.type("ME", on: start).exportRequest?.fileExtension == "csv")
        #expect(KeyScript.type("cE", on: start).exportRequest?.content == .accounts(entry: 0))
        let search = KeyScript.type("sUnion⏎E", on: start)
        #expect(search.exportRequest == nil)
        #expect(search.message?.hasPrefix("E exports") == true)
    }
}
