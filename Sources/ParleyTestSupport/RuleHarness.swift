import ParleyModel

/// Runs one rule on one marked sentence, without building a corpus: the text is tokenised and
/// matched against the world gazetteer as a document would be, the example's tracks make the
/// track table, its date the article's date. What the rule finds is compared with the ⟦marks⟧.
public enum RuleHarness {
    public struct Outcome {
        public var marked: MarkedText
        public var found: [RuleFinding]
    }

    public enum Failure: Error, CustomStringConvertible {
        case noSuchRule(String)
        public var description: String {
            switch self {
            case .noSuchRule(let name): return "no rule named '\(name)' in the rule set"
            }
        }
    }

    static let world = Gazetteer.world()
    static let matcher = ActorMatcher(gazetteer: world)

    public static func run(_ example: RuleExample, rules: RuleSet = .builtIn) throws -> Outcome {
        guard let rule = rules.rule(named: example.rule) else { throw Failure.noSuchRule(example.rule) }
        let marked = MarkedText(example.text)
        let doc = Document(
            id: DocumentID("example.txt"), text: marked.text,
            metadata: DocumentMetadata(date: example.date.flatMap(PartialDate.init(edtf:))))
        let tokens = doc.tokens
        let matches = DocumentMatches(matches: matcher.matches(in: tokens, sentences: doc.sentences))
        let tracks = TrackTable(names: example.tracks)
        let types = world.entries.map(\.type)
        let names = world.entries.map(\.name)
        let demonyms = world.entries.map { $0.demonyms.first ?? "" }
        var found: [RuleFinding] = []
        for sentence in doc.sentences {
            let context = SentenceContext(
                document: doc, tokens: tokens, range: sentence.tokens, matches: matches, tracks: tracks,
                lexicons: rules.lexicons, actorTypes: types, actorNames: names,
                actorDemonyms: demonyms)
            found += rule.findings(in: context)
        }
        return Outcome(marked: marked, found: found)
    }
}
