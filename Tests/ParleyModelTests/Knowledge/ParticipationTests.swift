import Testing

@testable import ParleyModel

/// Sentences that say who takes part, and the negations that turn them round.
struct ParticipationTests {
    func cues(_ text: String) -> Set<Int> {
        Timeline.participationSentences(Document(id: DocumentID("a.txt"), text: text))
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
}
