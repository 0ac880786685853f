/// One example a rule must accept or refuse, as written beside it: in a lexicon class
/// (`accepts:` / `refuses:` under the class the example exercises), a rule file, or a code
/// rule's `examples`. The text marks with ⟦…⟧ what the rule must find; a refused text must
/// give nothing. Every example runs as its own test case.
public struct RuleExample: Sendable, Hashable, CustomStringConvertible {
    /// The rule that runs it ("rounds.ordinal-round").
    public var rule: String
    public var text: String
    public var accepts: Bool
    /// Fields the first finding must have ("number": "4", "track": "Astana").
    public var expect: [String: String]
    /// Process names the sentence's track table holds (the harness needs no padding text).
    public var tracks: [String]
    /// The article's date ("2017-05-03"), for rules that resolve dates.
    public var date: String?
    /// Where it is written: "rounds.yaml:14" or the code rule's name.
    public var origin: String

    public init(
        rule: String, text: String, accepts: Bool, expect: [String: String] = [:], tracks: [String] = [],
        date: String? = nil, origin: String
    ) {
        self.rule = rule
        self.text = text
        self.accepts = accepts
        self.expect = expect
        self.tracks = tracks
        self.date = date
        self.origin = origin
    }

    /// "rounds.ordinal-round accepts “the ⟦fourth round⟧” (rounds.yaml:12)": a test case's name.
    public var description: String { "\(rule) \(accepts ? "accepts" : "refuses") “\(text)” (\(origin))" }
}
