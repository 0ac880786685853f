import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// Actors × rounds: each cell what the participation claims and the round's articles say.
struct ActorRoundMatrixTests {
    let corpus = Fixtures.seeds

    func cell(_ m: ActorRoundMatrix, _ actor: String, round: Int) -> ActorRoundMatrix.Cell? {
        guard let r = m.rows.firstIndex(where: { corpus.actors.actors[$0].name == actor }),
            let c = m.columns.firstIndex(where: { corpus.timeline.entries[$0].number == round })
        else { return nil }
        return m.cells[r][c]
    }

    @Test func everyCellIsWhatTheClaimsSay() {
        let m = ActorRoundMatrix(corpus)
        #expect(m.track == "Astana")
        #expect(m.columns.map { corpus.timeline.entries[$0].number } == [1, 3, 4, 8, 20, 21])
        for (r, actor) in m.rows.enumerated() {
            #expect(!corpus.actors.actors[actor].isOutlet, "an outlet is never a row")
            #expect(m.cells[r].contains { $0 != .nothing })
            for (c, e) in m.columns.enumerated() {
                let entry = corpus.timeline.entries[e]
                let claims = entry.participation.filter { $0.actor == actor }
                let named = entry.documents.contains { id in
                    corpus.actors.mentionsByDocument[corpus.documentIndex(of: id)!].contains { $0.actor == actor }
                }
                let expected: ActorRoundMatrix.Cell =
                    claims.contains(where: \.present) ? .present : !claims.isEmpty ? .absent : named ? .mentioned : .nothing
                #expect(m.cells[r][c] == expected, "\(corpus.actors.actors[actor].name) in round \(entry.number)")
            }
        }
        #expect(cell(m, "Syrian opposition", round: 3) == .absent)
        #expect(cell(m, "Russia", round: 1) == .present)
    }

    @Test func aCellsEvidenceIsTheSentencesBehindIt() throws {
        let m = ActorRoundMatrix(corpus)
        for (r, actor) in m.rows.enumerated() {
            for c in m.columns.indices {
                let spans = m.evidence(row: r, column: c)
                #expect(spans.isEmpty == (m.cells[r][c] == .nothing))
                for span in spans {
                    let d = try #require(corpus.documentIndex(of: span.document))
                    // A whole sentence, in which the actor is named.
                    #expect(corpus.documents[d].sentences.contains { $0.range == span.range })
                    #expect(corpus.actors.mentionsByDocument[d].contains { $0.actor == actor && span.contains($0.span) })
                }
            }
        }
    }

    @Test func rowsSortByRoundsNameOrTypeAndFollowTheActorsGiven() {
        let byRounds = ActorRoundMatrix(corpus)
        let present = byRounds.cells.map { $0.count { $0 == .present } }
        #expect(present == present.sorted(by: >))
        let byName = ActorRoundMatrix(corpus, sort: .name)
        let names = byName.rows.map { corpus.actors.actors[$0].name.lowercased() }
        #expect(names == names.sorted())
        let byType = ActorRoundMatrix(corpus, sort: .type)
        let types = byType.rows.map { corpus.actors.actors[$0].type }
        #expect(types == types.sorted())
        let people = corpus.actors.actors.indices.filter { corpus.actors.actors[$0].type == .person }
        let only = ActorRoundMatrix(corpus, actors: people)
        #expect(!only.rows.isEmpty && only.rows.allSatisfy { corpus.actors.actors[$0].type == .person })
        #expect(ActorRoundMatrix(corpus, track: "No such track").columns.isEmpty)
    }
}
