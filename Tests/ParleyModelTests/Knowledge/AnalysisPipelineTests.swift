import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// The pipeline's stages: all run, in order, and one pipeline serves many corpora alike.
struct AnalysisPipelineTests {
    /// The seed articles as the loader makes them: holding their tokens.
    static func freshSeeds() -> [Document] {
        Fixtures.seeds.documents.map { Document(id: $0.id, text: $0.text, metadata: $0.metadata, bodyStart: $0.bodyStart) }
    }

    final class Stages: @unchecked Sendable {
        let lock = NSLock()
        var names: [AnalysisPipeline.Stage] = []
        func add(_ s: AnalysisPipeline.Stage, _: Double) {
            lock.lock()
            names.append(s)
            lock.unlock()
        }
    }

    @Test func everyStageRunsOnceInOrder() {
        let stages = Stages()
        let corpus = Corpus(documents: Self.freshSeeds(), pipeline: AnalysisPipeline(gazetteer: .world()), stageFinished: stages.add)
        #expect(!corpus.actors.actors.isEmpty)
        // The timeline and the index run side by side: either may end first.
        #expect(Array(stages.names.prefix(6)) == [.match, .discover, .mergeActors, .mentions, .tracks, .claims])
        #expect(Set(stages.names.dropFirst(6)) == [.timeline, .index])
        #expect(stages.names.count == AnalysisPipeline.Stage.allCases.count)
    }

    @Test func theDocumentsHoldNoTokensAfterTheAnalysisAndSayIt() {
        let documents = Self.freshSeeds()
        #expect(documents.allSatisfy { $0.holdsTokens })
        let corpus = Corpus(documents: documents, gazetteer: .world())
        #expect(corpus.documents.allSatisfy { !$0.holdsTokens })
        // Tokenised again on request, the same tokens.
        let again = Document(
            id: documents[0].id, text: documents[0].text, metadata: documents[0].metadata, bodyStart: documents[0].bodyStart)
        #expect(corpus.documents[0].retokenized() == again.tokens)
    }

    @Test func onePipelineAnalysesTwoCorporaAsTwoFreshOnesWould() throws {
        let pipeline = AnalysisPipeline(gazetteer: .world())
        let other = try Fixtures.corpus(["Deputy Foreign Minister Karim Haddad said the third round of Quito talks opened in Quito."])
        let otherDocs = other.documents.map { Document(id: $0.id, text: $0.text, metadata: $0.metadata, bodyStart: $0.bodyStart) }
        // The second corpus through a pipeline that has already analysed one.
        _ = Corpus(documents: Self.freshSeeds(), pipeline: pipeline)
        let reused = Corpus(documents: otherDocs, pipeline: pipeline)
        #expect(reused.actors.actors.map(\.name) == other.actors.actors.map(\.name))
        #expect(reused.actors.actors.map(\.name).contains("Karim Haddad"))
        let seedsAgain = Corpus(documents: Self.freshSeeds(), pipeline: pipeline)
        let seeds = Corpus(documents: Self.freshSeeds(), gazetteer: .world())
        #expect(seedsAgain.actors.actors.map(\.name) == seeds.actors.actors.map(\.name))
        #expect(seedsAgain.actors.mentionsByDocument.map { $0.map(\.span) } == seeds.actors.mentionsByDocument.map { $0.map(\.span) })
        #expect(seedsAgain.timeline.entries.map(\.id) == seeds.timeline.entries.map(\.id))
        #expect(seedsAgain.timeline.entries.map(\.participants) == seeds.timeline.entries.map(\.participants))
    }
}
