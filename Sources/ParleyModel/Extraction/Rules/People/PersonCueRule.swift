/// Why a run of name words is a person's: the tokens of the phrase that says so and the role it gives.
public struct PersonCue: Sendable {
    public var tokens: Range<Int>
    public var role: RoleFinding?

    public init(tokens: Range<Int>, role: RoleFinding?) {
        self.tokens = tokens
        self.role = role
    }

    /// A role phrase as the cue: its own tokens.
    init(role: RoleFinding, in document: Document) {
        self.init(tokens: document.tokenIndex(atOrAfter: role.span.start)..<document.tokenIndex(atOrAfter: role.span.end), role: role)
    }
}

/// A rule that tells a run of capitalised words to be a person's name from the words around
/// it. `NameFinder` finds the runs and tries its cue rules in order; the first that answers wins.
public protocol PersonCueRule: ExtractionRule {
    func cue(for run: ClosedRange<Int>, in s: SentenceContext, finder: NameFinder) -> PersonCue?
}

extension PersonCueRule {
    /// This rule alone: the people it finds in the sentence, each as its name's bytes.
    public func findings(in s: SentenceContext) -> [RuleFinding] {
        NameFinder(actorTypes: s.actorTypes, lexicons: s.lexicons, cueRules: [self]).findings(in: s)
    }
}
