extension SearchIndex {
    /// What the search index keeps of a document's tokens: the words of its sentences in
    /// order (punctuation left out), and how many each sentence has. Taken while the tokens
    /// are at hand, so the index can be built after they are gone.
    struct DocumentWords: Sendable {
        var words: [Word]
        /// Words per sentence, in the order of `Document.sentences`.
        var sentenceLengths: [Int32]

        init(_ doc: Document) {
            let tokens = doc.tokens
            var words: [Word] = []
            words.reserveCapacity(tokens.reduce(0) { $0 + ($1.kind == .punct ? 0 : 1) })
            var lengths: [Int32] = []
            lengths.reserveCapacity(doc.sentences.count)
            for sentence in doc.sentences {
                let before = words.count
                for t in sentence.tokens where tokens[t].kind != .punct { words.append(tokens[t].word) }
                lengths.append(Int32(words.count - before))
            }
            self.words = words
            sentenceLengths = lengths
        }
    }
}
