/// Finds the parties of one document that no gazetteer knows, with the party rules in order
/// (`RuleSet.partyRules`): a phrase one rule takes is not offered to the next, so "the Kazakh
/// Foreign Ministry" is a ministry and not also a body.
public struct PartyFinder: Sendable {
    public let rules: [any PartyRule]
    public let lexicons: Lexicons
    /// Every known actor's type, name and first demonym, by index (the gazetteer's order).
    public let actorTypes: [ActorType]
    public let actorNames: [String]
    public let actorDemonyms: [String]

    /// What one document gives: each finding with the text of its phrase, in text order (the
    /// references are resolved in one walk over it), and which of the
    /// words found as group candidates it also writes in lower case ("the Taliban" is a name
    /// only where no "taliban" stands beside it).
    public struct DocumentParties: Sendable {
        public var found: [(finding: PartyFinding, text: String, span: TextSpan)] = []
        public var lowercase: Set<String> = []
    }

    public init(gazetteer: Gazetteer, lexicons: Lexicons = .builtIn, rules: [any PartyRule] = RuleSet.partyRules) {
        self.rules = rules
        self.lexicons = lexicons
        actorTypes = gazetteer.entries.map(\.type)
        actorNames = gazetteer.entries.map(\.name)
        actorDemonyms = gazetteer.entries.map { $0.demonyms.first ?? "" }
    }

    public func find(in doc: Document, coverage: DocumentMatches) -> DocumentParties {
        var out = DocumentParties()
        let tokens = doc.tokens
        var taken = Set<Int>()
        var candidates = Set<Word>()
        for sentence in doc.sentences {
            let s = SentenceContext(
                document: doc, tokens: tokens, range: sentence.tokens, matches: coverage, tracks: .none, lexicons: lexicons,
                actorTypes: actorTypes, actorNames: actorNames, actorDemonyms: actorDemonyms)
            taken.removeAll(keepingCapacity: true)
            for rule in rules {
                for p in rule.parties(in: s, taken: { taken.contains($0) }) {
                    for k in p.tokens { taken.insert(k) }
                    let span = doc.span(tokens[p.tokens.lowerBound].start..<tokens[p.tokens.upperBound].end)
                    out.found.append((p, TextFolding.singleSpaced(doc.text(span.range)), span))
                    if p.kind == .group { candidates.insert(tokens[p.tokens.lowerBound].word) }
                }
            }
        }
        if !candidates.isEmpty {
            for t in tokens where t.kind == .word && !t.isCapitalized && candidates.contains(t.word) { out.lowercase.insert(t.word.text) }
        }
        out.found.sort { $0.finding.tokens.lowerBound < $1.finding.tokens.lowerBound }
        return out
    }
}
