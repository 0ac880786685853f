/// A table from words to numbers read from a lexicon file ("fourth" → 4, "next" → +1,
/// "may" → 5), each key tokenised like article text and required to be one word.
public final class WordValues: Sendable {
    public let name: String
    public let doc: String
    public let entries: [WordClass.Entry]
    private let byWord: [Word: Int]
    private let byText: [String: Int]
    /// The keys as a class, for tests of membership without the value.
    public let keys: WordSet

    public init(name: String, doc: String, entries: [WordClass.Entry], values: [Int]) {
        self.name = name
        self.doc = doc
        self.entries = entries
        var byWord: [Word: Int] = [:]
        var byText: [String: Int] = [:]
        var keys = WordSet([String]())
        for (e, v) in zip(entries, values) where e.words.count == 1 {
            byWord[e.words[0]] = v
            byText[e.words[0].text] = v
            keys.insert(e.words[0])
        }
        self.byWord = byWord
        self.byText = byText
        self.keys = keys
    }

    @inline(__always)
    public subscript(word word: Word) -> Int? { keys.contains(word) ? byWord[word] : nil }

    /// The value of a folded text ("may" → 5).
    public subscript(text text: String) -> Int? { byText[text] }

    /// The table as folded text → value.
    public var table: [String: Int] { byText }
}
