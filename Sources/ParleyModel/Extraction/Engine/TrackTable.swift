/// The processes a corpus names, by the word that names them: "astana" → "Astana". Round
/// rules read it to give a phrase its track ("Astana-8", "the fourth round of Geneva talks").
public struct TrackTable: Sendable {
    /// Folded word → display name.
    public let names: [String: String]
    private let byWord: [Word: String]
    /// The words, to reject every other word without hashing.
    private let words: WordSet

    public init(_ names: [String: String]) {
        self.names = names
        byWord = Dictionary(names.map { (Word($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        words = WordSet(names.keys)
    }

    /// Display names given as written ("Astana", "Geneva"), keyed by their folded form.
    public init(names: [String]) {
        self.init(Dictionary(names.map { (TextFolding.fold($0), $0) }, uniquingKeysWith: { a, _ in a }))
    }

    /// The track a token names, if any.
    @inline(__always)
    public func track(named token: Token) -> String? {
        words.contains(token.word) ? byWord[token.word] : nil
    }

    /// No processes: for rules that read none (person cues), made once.
    public static let none = TrackTable([:])
}
