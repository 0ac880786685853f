/// A party to the talks that a phrase names and no gazetteer knows: a named body, a state's
/// ministry, a side of the conflict, a group. A phrase that does not say whose it is (“the
/// Foreign Ministry”, “the armed opposition”) leaves `name` empty: the document or the corpus
/// says which one it is (`PartyReferences`).
public struct PartyFinding: Sendable, Hashable {
    /// What sort of party: it decides how a phrase that does not say whose it is is resolved.
    public enum Kind: String, Sendable, Hashable {
        case body, institution, opposition, group
    }

    public var kind: Kind
    /// The phrase's tokens in the document.
    public var tokens: ClosedRange<Int>
    /// The party's name ("Ministry of Foreign Affairs of Kazakhstan", "Syrian opposition"), or
    /// nil when the phrase leaves it to the context.
    public var name: String?
    public var type: ActorType
    /// The state it belongs to, by actor index ("Kazakh" in "the Kazakh Foreign Ministry").
    public var state: Int?
    /// For a ministry, what kind it is ("Ministry of Foreign Affairs"); nil for "the ministry".
    public var institution: String?
    public var side: ActorSide?
    /// The rule that found it.
    public var rule: String
    /// What makes two findings one actor where the folded name does not ("body:joint
    /// commission|JCPOA" for "the JCPOA Joint Commission" and "the Joint Commission of the JCPOA").
    public var identity: String?
    /// For a group's sighting: whether the words after it show it act ("the Taliban said").
    public var acts = false

    public init(
        kind: Kind, tokens: ClosedRange<Int>, name: String?, type: ActorType, state: Int? = nil, institution: String? = nil,
        side: ActorSide? = nil, rule: String
    ) {
        self.kind = kind
        self.tokens = tokens
        self.name = name
        self.type = type
        self.state = state
        self.institution = institution
        self.side = side
        self.rule = rule
    }

    /// The key that makes two findings one actor: the identity, else the folded name.
    public var key: String? { identity ?? name.map { TextFolding.key($0) } }
}

/// A rule that finds parties in a sentence. `PartyFinder` tries them in order, and a phrase
/// an earlier rule took is not offered to a later one.
public protocol PartyRule: ExtractionRule {
    /// The parties in a sentence, skipping tokens for which `taken` is true.
    func parties(in s: SentenceContext, taken: (Int) -> Bool) -> [PartyFinding]
}

extension PartyRule {
    /// This rule alone: each party it finds as the phrase's bytes, with its name and type.
    public func findings(in s: SentenceContext) -> [RuleFinding] {
        parties(in: s, taken: { _ in false }).map { p in
            var fields = ["type": p.type.rawValue, "rule": p.rule]
            if let n = p.name { fields["name"] = n }
            if let i = p.institution { fields["institution"] = i }
            return RuleFinding(range: s.bytes(p.tokens.lowerBound, p.tokens.upperBound), fields: fields)
        }
    }
}
