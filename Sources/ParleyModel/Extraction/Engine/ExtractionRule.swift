/// What one rule found in a sentence, in the form every rule shares: the bytes it points at
/// and the fields it read ("number": "4", "track": "Astana", "cue": "told"). Rules of one
/// family also hand their finder a typed result; this form is what examples are checked on.
public struct RuleFinding: Sendable, Hashable {
    /// UTF-8 byte range in the document.
    public var range: Range<Int>
    public var fields: [String: String]

    public init(range: Range<Int>, fields: [String: String] = [:]) {
        self.range = range
        self.fields = fields
    }
}

/// One extraction rule: a name, what it does, the examples it must accept and refuse, and its
/// findings in one sentence. Rules live one to a file under `Extraction/Rules/` (code rules)
/// or as entries of `Resources/rules/en/*.yaml` (pattern rules), and `RuleSet` lists them all.
public protocol ExtractionRule: Sendable {
    /// "rounds.ordinal-round", "people.title-before-name".
    var name: String { get }
    var doc: String { get }
    /// Its own examples (a lexicon class may add more, naming the rule).
    var examples: [RuleExample] { get }
    func findings(in sentence: SentenceContext) -> [RuleFinding]
}
