/// A name after "according to" is a source, and so a person.
///
/// Accepts: "According to ⟦Keanu Moana⟧ the vote was fair." Refuses: "According to Radio Free
/// Ruritania the vote was fair." ("Radio" is never part of a name, so no run of two name words).
public struct AccordingTo: PersonCueRule {
    public let name = "people.according-to"
    public let doc = "A name after \"according to\"."
    public let examples = [
        RuleExample(
            rule: "people.according-to", text: "According to ⟦Keanu Moana⟧ the vote was fair.", accepts: true,
            expect: ["cue": "According to"], origin: "AccordingTo.swift"),
        RuleExample(
            rule: "people.according-to", text: "According to Radio Ruritania the vote was fair.", accepts: false,
            origin: "AccordingTo.swift"),
    ]

    static let according = Word("according")
    static let to = Word("to")

    public init() {}

    public func cue(for run: ClosedRange<Int>, in s: SentenceContext, finder: NameFinder) -> PersonCue? {
        let b = run.lowerBound
        guard b - 2 >= s.range.lowerBound, s.tokens[b - 2].word == Self.according, s.tokens[b - 1].word == Self.to else { return nil }
        return PersonCue(tokens: (b - 2)..<b, role: nil)
    }
}
