import Foundation
import Testing

@testable import ParleyModel

struct CurationLogTests {
    @Test func undoAndRedoStepThroughTheChangesAndANewChangeDropsTheRedo() {
        var log = CurationLog()
        #expect(log.undo() == nil)
        log.record(.reject(actor: "A"))
        log.record(.rename(actor: "B", name: "C"))
        #expect(log.undo() == .rename(actor: "B", name: "C"))
        #expect(log.changes == [.reject(actor: "A")])
        #expect(log.redo() == .rename(actor: "B", name: "C"))
        #expect(log.redo() == nil)
        log.undo()
        log.undo()
        #expect(log.changes.isEmpty)
        #expect(log.undone.count == 2)
        log.record(.reject(actor: "D"))
        #expect(log.undone.isEmpty)
        #expect(log.redo() == nil)
    }

    @Test func theLogRoundTripsThroughJSON() throws {
        var log = CurationLog()
        let span = AnchoredSpan(span: TextSpan(document: "a.txt", start: 3, end: 8), quote: "Alpha", before: "in ", after: " said")
        log.record(.merge(actors: ["A", "B"], name: "A"))
        log.record(.split(actor: "A", mention: span, name: "Alpha"))
        log.record(.reject(actor: "Q"))
        log.undo()
        let back = try JSONDecoder().decode(CurationLog.self, from: JSONEncoder().encode(log))
        #expect(back == log)
    }
}
