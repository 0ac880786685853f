import Testing

@testable import ParleyModel

/// Sentences that say who takes part, the negations that turn them round, and who stays away.
struct ParticipationTests {
    func read(_ text: String) -> (doc: Document, cues: ParticipationCues) {
        let doc = Document(id: DocumentID("a.txt"), text: text)
        return (doc, ParticipationCues(doc))
    }

    func cues(_ text: String) -> Set<Int> { Set(read(text).cues.present.keys) }

    /// The words each absence says stay away.
    func absentWords(_ text: String) -> [String] {
        let (doc, cues) = read(text)
        return cues.absences.map { doc.text($0.subject).trimmingCharacters(in: .whitespaces) }
    }

    @Test func aContractedNegationTurnsAParticipationSentenceRound() {
        #expect(cues("The Iranian delegation attended the meeting.") == [0])
        #expect(cues("The Iranian delegation didn't attend the meeting.").isEmpty)
        #expect(cues("The Iranian delegation won't attend the meeting.").isEmpty)
        #expect(cues("The Iranian delegation did not attend the meeting.").isEmpty)
    }

    /// A "t" on its own is not a negation (the lexicon no longer lists the tokenizer's piece).
    @Test func aLetterTIsNotANegation() {
        #expect(cues("The delegation of AT&T attended the meeting.") == [0])
    }

    @Test func presenceTakesItsStatusFromTheTense() {
        let past = read("The Iranian delegation attended the meeting.")
        #expect(past.cues.presenceStatus(in: past.doc, sentence: 0) == .held)
        let future = read("The Iranian delegation will attend the meeting.")
        #expect(future.cues.presenceStatus(in: future.doc, sentence: 0) == .planned)
    }

    @Test func whoStaysAwayIsTheClauseBeforeTheCue() {
        #expect(absentWords("Jordan did not send a delegation to the talks.") == ["Jordan"])
        #expect(absentWords("Jordan, an observer, stayed away from the meeting.") == ["Jordan, an observer,"])
        // The one who says so is not absent.
        #expect(absentWords("Russia said the armed opposition boycotted the talks.") == ["the armed opposition"])
        #expect(absentWords("Russia and Iran attended, while Jordan was absent.") == ["Jordan was"])
        // Presence is not absence, and a stay-away sentence is not presence.
        #expect(absentWords("The Jordanian delegation attended the talks.").isEmpty)
        #expect(cues("The delegation of Jordan stayed away.").isEmpty)
    }

    @Test func anAbsenceTakesItsStatusFromTheTense() {
        #expect(read("Lebanon won't attend the next round.").cues.absences.first?.status == .planned)
        #expect(read("Lebanon boycotted the round.").cues.absences.first?.status == .held)
    }

    /// Names in a clause of their own do not take part by the sentence's cue.
    func apartWords(_ text: String) -> [String] {
        let (doc, cues) = read(text)
        return (cues.apart[0] ?? []).map { doc.text($0).trimmingCharacters(in: .whitespaces) }
    }

    @Test func aClauseOfItsOwnAfterTheCueIsApart() {
        #expect(
            apartWords("Delegations of Peru and Chile attended the talks, the first since President Smith visited Lima.")
                == ["since President Smith visited Lima."])
        #expect(
            apartWords("After President Smith left, delegations of Peru and Chile attended the talks.") == ["After President Smith left"])
        // Before the cue, or opening a clause about the name before it, a word is no clause apart.
        #expect(apartWords("Peru, since 2017, has attended the talks.").isEmpty)
        #expect(apartWords("Ivan Petrov, who heads the Peruvian delegation, attended the talks.").isEmpty)
    }
}
