import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// Curating the actors with keys, on the hand-built corpus: Space marks, m merges, r renames,
/// x rejects, S splits a mention off, u and U undo and redo; each change is handed to the
/// backend to keep.
struct CurationKeysTests {
    let corpus = TinyCorpus.corpus
    var start: AppState { KeyScript.start(corpus, size: Size(width: 120, height: 40)) }

    /// Clears the prompt (Ctrl-U), types `text` and Enter.
    func name(_ text: String, _ s: AppState) -> AppState {
        KeyScript.type(text + "⏎", on: KeyScript.press([.ctrl("u")], on: s))
    }

    func names(_ s: AppState) -> [String] { s.actorRows.map { s.corpus.actors.actors[$0].name } }

    /// The actor list focused with the cursor on `name`.
    func on(_ name: String, _ state: AppState? = nil) throws -> AppState {
        var s = KeyScript.type("2", on: state ?? start)
        s.panes.actors.cursor = try #require(names(s).firstIndex(of: name))
        return s
    }

    @Test func spaceMarksAndMMergesUnderTheNameTypedAndUUndoes() throws {
        var s = KeyScript.type(" ", on: try on("Northland"))
        #expect(s.markedActors.count == 1)
        s.panes.actors.cursor = try #require(names(s).firstIndex(of: "Southland"))
        s = KeyScript.type("m", on: s)
        // The prompt offers the most mentioned name.
        #expect(s.mode == .naming(.merge(actors: ["Northland", "Southland"])))
        #expect(s.namingText == "Northland")
        s = name("Two Lands", s)
        #expect(s.mode == .normal)
        #expect(names(s).contains("Two Lands") && !names(s).contains("Northland") && !names(s).contains("Southland"))
        #expect(s.corpus.actors.actors.count == corpus.actors.actors.count - 1)
        #expect(s.selectedActor.map { s.corpus.actors.actors[$0].name } == "Two Lands")
        #expect(s.curationToSave?.changes == [.merge(actors: ["Northland", "Southland"], name: "Two Lands")])
        #expect(s.markedActors.isEmpty)
        let merged = try #require(s.selectedActor)
        #expect(
            s.corpus.mentionCount(of: merged) == 5
                + corpus.mentionCount(of: try #require(corpus.actors.actors.firstIndex { $0.name == "Southland" })))
        // Its view says what was done, beside its aliases.
        let view = KeyScript.type("⏎", on: s).viewerModel().lines.texts().joined(separator: "\n")
        #expect(view.contains("✎ merged by you: Northland, Southland →"))

        let undone = KeyScript.type("u", on: s)
        #expect(names(undone).contains("Northland") && !names(undone).contains("Two Lands"))
        #expect(undone.message?.hasPrefix("undone: merge") == true)
        #expect(undone.curationToSave?.changes == [])
        let redone = KeyScript.type("U", on: undone)
        #expect(names(redone).contains("Two Lands"))
        #expect(KeyScript.type("U", on: redone).message == "no change to the actors to redo")
    }

    @Test func rRenamesEscCancelsAndXRejects() throws {
        let s = try on("Mara Quill")
        let cancelled = KeyScript.type("rX⎋", on: s)
        #expect(cancelled.mode == .normal)
        #expect(names(cancelled).contains("Mara Quill"))
        #expect(cancelled.curation.changes.isEmpty)
        let renamed = name("Mara Quill-Sands", KeyScript.type("r", on: s))
        #expect(names(renamed).contains("Mara Quill-Sands") && !names(renamed).contains("Mara Quill"))
        let rejected = KeyScript.type("x", on: try on("Harbour Union", renamed))
        #expect(!names(rejected).contains("Harbour Union"))
        #expect(rejected.curation.changes.count == 2)
        #expect(rejected.message == "reject Harbour Union · u undoes")
    }

    @Test func aNameTakenByAnotherActorIsRefusedAndNothingChanges() throws {
        let s = name("Southland", KeyScript.type("r", on: try on("Northland")))
        #expect(s.message?.contains("another actor is named Southland") == true)
        #expect(s.curation.changes.isEmpty)
        #expect(s.curationToSave == nil)
        #expect(names(s).contains("Northland"))
    }

    @Test func sSplitsTheSelectedMentionOffIntoAnActorOfItsOwn() throws {
        var s = KeyScript.type("⏎j", on: try on("Northland"))
        #expect(s.focus == .viewer)
        let (_, span) = try #require(s.focusedPassage)
        s = name("Northland envoy", KeyScript.type("S", on: s))
        let envoy = try #require(s.corpus.actors.actors.firstIndex { $0.name == "Northland envoy" })
        #expect(s.corpus.mentions(of: envoy).map(\.span) == [span])
        let north = try #require(s.corpus.actors.actors.firstIndex { $0.name == "Northland" })
        #expect(s.corpus.mentionCount(of: north) == 4)
        // The concordance stays on Northland, one mention fewer.
        #expect(s.viewer == .concordance(actor: north))
    }

    @Test func theKeysSayWhereTheyWorkAndSpaceStillPagesElsewhere() throws {
        #expect(KeyScript.type("m", on: start).message == "m merges in the actor list: press 2 to focus it")
        #expect(KeyScript.type("S", on: start).message?.hasPrefix("S splits a mention") == true)
        #expect(KeyScript.type("u", on: start).message == "no change to the actors to undo")
        #expect(KeyScript.type("m", on: try on("Northland")).message?.hasPrefix("mark two actors") == true)
        let paged = KeyScript.type("3 ", on: start)
        #expect(paged.markedActors.isEmpty)
        var problem = try on("Northland")
        problem.curationProblem = "the curation file x cannot be read"
        #expect(KeyScript.type("x", on: problem).message == "cannot change the actors: the curation file x cannot be read")
        #expect(names(KeyScript.type("x", on: problem)).contains("Northland"))
    }

    @Test func aMatrixCellFollowsItsActorThroughAChange() throws {
        var s = KeyScript.type("M", on: start)
        let m = s.matrix
        let r = try #require(m.rows.firstIndex { corpus.actors.actors[$0].name == "Southland" })
        s.panes.viewer.cursor = r
        s = KeyScript.type("⏎", on: s)
        var listed = KeyScript.type("2", on: s)
        listed.panes.actors.cursor = try #require(names(listed).firstIndex(of: "Harbour Union"))
        let after = KeyScript.type("x", on: listed)
        guard case .matrixCell(let actor, _) = after.viewer else {
            Issue.record("still the cell: \(after.viewer)")
            return
        }
        #expect(after.corpus.actors.actors[actor].name == "Southland")
    }

    @Test func aStoredCurationIsAppliedWhenTheDashboardOpens() {
        let log = CurationLog(changes: [.reject(actor: "Harbour Union"), .reject(actor: "Nobody")])
        let s = AppState(corpus: corpus, size: Size(width: 120, height: 40), curation: log)
        #expect(!s.corpus.actors.actors.contains { $0.name == "Harbour Union" })
        #expect(s.curationOutcomes.map(\.isOrphan) == [false, true])
        #expect(s.extracted.actors.actors.contains { $0.name == "Harbour Union" })
    }
}
