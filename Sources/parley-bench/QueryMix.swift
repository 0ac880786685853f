import ParleyModel

/// The benchmark's search queries, drawn from the corpus itself so that each finds something:
/// single words, quoted two-word phrases, prefixes and actor aliases, in equal shares.
enum QueryMix {
    struct Query: Codable {
        var kind: String
        var text: String
    }

    static func make(from corpus: Corpus, count: Int, seed: UInt64) -> [Query] {
        var rng = SeededRandom(seed: seed)
        var queries: [Query] = []
        let actors = corpus.actors.actors
        while queries.count < count {
            let doc = corpus.documents[rng.below(corpus.documents.count)]
            // A loaded corpus no longer holds tokens: tokenised again, once.
            let tokens = doc.retokenized()
            let words = tokens.indices.filter { tokens[$0].kind == .word && tokens[$0].folded.count >= 4 }
            guard !words.isEmpty else { continue }
            let i = words[rng.below(words.count)]
            let word = doc.text(tokens[i].range)
            switch queries.count % 4 {
            case 0:
                queries.append(Query(kind: "word", text: word))
            case 1:
                guard i + 1 < tokens.count, tokens[i + 1].kind == .word else { continue }
                queries.append(Query(kind: "phrase", text: "\"\(word) \(doc.text(tokens[i + 1].range))\""))
            case 2:
                queries.append(Query(kind: "prefix", text: String(word.prefix(4)) + "*"))
            default:
                guard !actors.isEmpty else { continue }
                let a = actors[rng.below(actors.count)]
                let names = [a.name] + a.aliases
                queries.append(Query(kind: "alias", text: names[rng.below(names.count)]))
            }
        }
        return queries
    }
}
