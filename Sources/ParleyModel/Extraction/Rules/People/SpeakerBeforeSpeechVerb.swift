/// A name right before a verb of saying is a speaker: "X told AFP", "X said", "X, however,
/// said" is not (the comma may stand between, nothing else). The cue is the verb and, when it
/// is a known actor or an acronym, what follows it ("told AFP").
///
/// Accepts: "⟦Hana Voskuijlen⟧ told reporters the meeting went well." Refuses: "The Red Cross
/// said the convoy had arrived." (a known organisation is covered, not a run of name words).
public struct SpeakerBeforeSpeechVerb: PersonCueRule {
    public let name = "people.speaker-before-speech-verb"
    public let doc = "A name right before a verb of saying (speech-verbs)."
    public let examples = [
        RuleExample(
            rule: "people.speaker-before-speech-verb", text: "\"We will stay,\" ⟦Maria Gomez⟧ told AFP.", accepts: true,
            expect: ["cue": "told AFP"], origin: "SpeakerBeforeSpeechVerb.swift"),
        RuleExample(
            rule: "people.speaker-before-speech-verb", text: "Maria Gomez, who left early, said nothing.", accepts: false,
            origin: "SpeakerBeforeSpeechVerb.swift"),
    ]

    public init() {}

    public func cue(for run: ClosedRange<Int>, in s: SentenceContext, finder: NameFinder) -> PersonCue? {
        let tokens = s.tokens
        var k = run.upperBound + 1
        if k < s.range.upperBound, tokens[k].word == .comma { k += 1 }
        guard k < s.range.upperBound, s.lexicons.speechVerbs.contains(tokens[k].word) else { return nil }
        var end = k + 1
        if end < s.range.upperBound, s.matches.covers(end) || tokens[end].isAllCaps { end += 1 }
        return PersonCue(tokens: k..<end, role: nil)
    }
}
