import Foundation

/// Every extraction rule, in one registry: the round rules read from `Resources/rules/en/*.yaml`
/// and the code rules listed here (as swift-format lists its rules), with all their examples and
/// those the lexicon classes give them.
public struct RuleSet: Sendable {
    /// Round phrase rules, in the order they are tried at each token.
    public let roundPhrases: [RoundPhraseRule]
    /// Person cue rules, in the order `NameFinder` tries them.
    public let personCues: [any PersonCueRule]
    public let lexicons: Lexicons

    /// A finder marks the rules that may match at a token in a 32-bit mask.
    public static let maxRoundRules = 32

    /// The code rules that tell a person's name, in the order they are tried.
    public static let personCues: [any PersonCueRule] = [
        TitleBeforeName(), AppositiveAfterName(), SpeakerBeforeSpeechVerb(), AgentAfterBy(), AccordingTo(), ClauseAfterName(),
    ]

    /// The rules that find parties no gazetteer knows, in the order `PartyFinder` tries them:
    /// the specific forms (a ministry, a side) before the general ones (a body, a group).
    public static let partyRules: [any PartyRule] = [StateInstitution(), OppositionSide(), NamedBody(), GroupAfterThe()]

    /// The rules shipped with the library, over the built-in lexicon, read once per process.
    public static let builtIn: RuleSet = {
        do {
            return try RuleSet(lexicons: .builtIn, files: try bundledFiles())
        } catch {
            fatalError("the built-in rules do not load: \(error)")
        }
    }()

    /// `(file name, text)` of the rule files in the bundle, in name order.
    public static func bundledFiles() throws -> [(String, String)] {
        guard let dir = Bundle.module.url(forResource: "rules", withExtension: nil)?.appendingPathComponent("en") else {
            throw Lexicons.Problem(message: "the rules folder is missing from the library's resources")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) }
    }

    public init(lexicons: Lexicons, files: [(String, String)], personCues: [any PersonCueRule] = RuleSet.personCues) throws {
        self.lexicons = lexicons
        roundPhrases = try files.filter { $0.0.hasPrefix("round") }.flatMap {
            try RoundPhraseRule.parse($0.1, file: $0.0, lexicons: lexicons)
        }
        self.personCues = personCues
        guard roundPhrases.count <= Self.maxRoundRules else {
            throw Lexicons.Problem(message: "more than \(Self.maxRoundRules) round rules: merge some, or widen RoundFinder's rule mask")
        }
    }

    /// Every rule by name.
    public var rules: [any ExtractionRule] {
        roundPhrases + personCues.map { $0 as any ExtractionRule } + Self.partyRules.map { $0 as any ExtractionRule }
    }

    public func rule(named name: String) -> (any ExtractionRule)? { rules.first { $0.name == name } }

    /// Every example: each rule's own, and those the lexicon classes give to the rule they name.
    public var examples: [RuleExample] {
        rules.flatMap(\.examples) + lexicons.files.flatMap(\.classes).flatMap(\.examples)
    }

    /// Round rules whose anchor word (a required class step) or track the sentence holds are
    /// tried; this is the union of their anchor words, for skipping a sentence in one pass.
    public var roundAnchorWords: WordSet {
        var set = WordSet([String]())
        for r in roundPhrases { if let w = r.pattern.anchorWords { set.formUnion(w) } }
        return set
    }

    /// Whether some round rule is anchored at a track name rather than a word.
    public var hasTrackAnchoredRounds: Bool { roundPhrases.contains { $0.pattern.anchorWords == nil && $0.pattern.isAnchoredAtTrack } }
}
