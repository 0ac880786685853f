/// A named class of words read from a lexicon file and tokenised exactly like article text,
/// so that an entry which can never match ("opposition's", two tokens in a one-word class) is a
/// load error, not a silent miss.
///
/// Single-word entries are a `WordSet` (one bit test per token). Entries of several tokens are
/// declared `phrases` ("won't" is `won` `'` `t`, "set to") and matched token by token. A class,
/// so that rules and finders holding one share it.
public final class WordClass: Sendable {
    /// One entry as written, with the words it tokenises to and where it stands.
    public struct Entry: Sendable, Hashable {
        public var text: String
        public var words: [Word]
        public var location: ResourceLocation
        /// The class it was included from ("months" in not-names), nil for its own entries.
        public var includedFrom: String?
    }

    public let name: String
    public let doc: String
    /// What the class's words name, where the file gives it (`name:`): "Ministry of Foreign Affairs".
    public let canonical: String?
    public let entries: [Entry]
    public let words: WordSet
    /// Multi-token entries, longest first.
    public let phrases: [[Word]]
    /// The folded text of every single-word entry (for the date finder, which reads text).
    public let texts: Set<String>
    /// The first word of every phrase: a token that is none of them starts no phrase.
    private let phraseStarts: WordSet
    /// Every word an entry can start with (single words and phrases' first words): a token
    /// outside it starts no match.
    public let firstWords: WordSet

    public init(name: String, doc: String, entries: [Entry], canonical: String? = nil) {
        self.name = name
        self.doc = doc
        self.canonical = canonical
        self.entries = entries
        var set = WordSet([String]())
        var texts = Set<String>()
        var phrases: [[Word]] = []
        for e in entries {
            if e.words.count == 1 {
                set.insert(e.words[0])
                texts.insert(e.words[0].text)
            } else if !e.words.isEmpty {
                phrases.append(e.words)
            }
        }
        self.words = set
        self.texts = texts
        self.phrases = phrases.sorted { $0.count > $1.count }
        var starts = WordSet([String]())
        for p in phrases { starts.insert(p[0]) }
        phraseStarts = starts
        var first = set
        first.formUnion(starts)
        firstWords = first
    }

    /// Whether a single word is in the class.
    @inline(__always)
    public func contains(_ word: Word) -> Bool { words.contains(word) }

    /// Whether a folded text is a single-word entry.
    public func contains(text: String) -> Bool { texts.contains(text) }

    /// The number of tokens of the longest entry (word or phrase) that starts at `i`, if any.
    public func match(_ tokens: [Token], at i: Int, end: Int) -> Int? {
        guard phraseStarts.contains(tokens[i].word) else { return words.contains(tokens[i].word) ? 1 : nil }
        for p in phrases where i + p.count <= end {
            var ok = true
            for k in 0..<p.count where tokens[i + k].word != p[k] {
                ok = false
                break
            }
            if ok { return p.count }
        }
        return words.contains(tokens[i].word) ? 1 : nil
    }

    /// Whether any entry occurs in `tokens[range]`.
    public func occurs(in tokens: [Token], range: Range<Int>) -> Bool {
        for i in range where match(tokens, at: i, end: range.upperBound) != nil { return true }
        return false
    }
}
