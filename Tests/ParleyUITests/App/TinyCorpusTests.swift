import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// The dashboard's behaviour on a tiny corpus built by hand (`TinyCorpus`), so these tests
/// say what the keys do whatever the extraction finds on real articles.
struct TinyCorpusTests {
    let corpus = TinyCorpus.corpus
    var start: AppState { KeyScript.start(corpus, size: Size(width: 120, height: 40)) }

    func actor(_ name: String) -> Int? { corpus.actors.actors.firstIndex { $0.name == name } }

    @Test func theCorpusIsWhatTheTestsAssume() throws {
        #expect(corpus.documents.count == 3)
        #expect(corpus.timeline.entries.map(\.number) == [1, 2], "\(corpus.timeline.entries.map { ($0.track, $0.number) })")
        #expect(try corpus.mentionCount(of: #require(actor("Northland"))) == 5)
    }

    @Test func movingPreviewsARoundAndEnterScopesTheActorsToIt() throws {
        let s = KeyScript.type("j", on: start)
        #expect(s.viewer == .round(entry: 1))
        let opened = KeyScript.type("⏎", on: s)
        #expect(opened.scope == 1 && opened.focus == .viewer)
        // The list is the round's participants, whoever the extraction finds them to be.
        let participants = corpus.timeline.entries[1].participants
        #expect(Set(opened.actorRows) == Set(participants))
        #expect(!participants.isEmpty && participants.count < corpus.actors.actors.count)
        #expect(KeyScript.type("⎋", on: opened).scope == nil, "Esc clears the scope when nothing is left to go back to")
    }

    @Test func anActorsMentionsStepWithNAcrossArticlesAndEscReturns() throws {
        let north = try #require(actor("Northland"))
        var s = KeyScript.type("2", on: start)
        s.panes.actors.cursor = try #require(s.actorRows.firstIndex(of: north))
        s = KeyScript.type("⏎", on: s)
        #expect(s.viewer == .concordance(actor: north))
        #expect(s.viewerModel().targets.count == 5)
        s = KeyScript.type("⏎", on: s)
        guard case .article(_, let first?, north?) = s.viewer else {
            Issue.record("no article with a mention: \(s.viewer)")
            return
        }
        #expect(corpus.mentionIndex(of: north, at: first) == 0)
        s = KeyScript.type("nnnn", on: s)
        guard case .article(_, let fifth?, _) = s.viewer else { return }
        #expect(corpus.mentionIndex(of: north, at: fifth) == 4)
        #expect(KeyScript.type("n", on: s).message == "last mention of Northland")
        #expect(KeyScript.type("⎋", on: s).viewer == .concordance(actor: north), "Esc goes back to the list")
    }

    @Test func searchAllFindsThePassagesAndTheActor() {
        var s = KeyScript.type("sUnion", on: start)
        s = update(s, .refreshSearch)
        #expect(s.global?.actors.map { corpus.actors.actors[$0.actor].name } == ["Harbour Union"])
        #expect((s.global?.passages.count ?? 0) >= 2)
        let model = s.viewerModel()
        #expect(model.title.hasPrefix("Search “Union”"))
    }
}
