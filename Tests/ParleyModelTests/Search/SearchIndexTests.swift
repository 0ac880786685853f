import ParleyTestSupport
import Testing

@testable import ParleyModel

struct SearchIndexTests {
    let corpus = Fixtures.seeds

    @Test func foldsCaseAndDiacritics() {
        let hits = corpus.search.search("onal")
        #expect(hits.count == 1)
        #expect(hits.first.flatMap { corpus.text(of: $0.matches[0]) } == "Önal")
    }

    @Test func phrasesMustBeAdjacentAndPrefixesExpand() {
        let phrase = corpus.search.search("\"fourth round\"")
        #expect(phrase.count == 2)
        #expect(phrase.allSatisfy { h in h.matches.compactMap { corpus.text(of: $0) }.map { $0.lowercased() } == ["fourth", "round"] })
        let words = corpus.search.search("round fourth")
        #expect(words.count >= phrase.count)
        let prefix = corpus.search.search("negotiat*")
        #expect(prefix.contains { h in h.matches.contains { corpus.text(of: $0) == "negotiator" } })
        #expect(prefix.contains { h in h.matches.contains { corpus.text(of: $0) == "negotiations" } })
    }

    @Test func rankingPrefersSentencesWithMoreOfTheQuery() throws {
        let hits = corpus.search.search("Alloush")
        #expect(hits.count >= 4)
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func everyPartMustMatch() {
        #expect(corpus.search.search("Mistura zanzibar").isEmpty)
        #expect(corpus.search.search("").isEmpty)
    }

    @Test func oneTypoStillFindsText() {
        #expect(!corpus.search.search("Abdrakhmanow").isEmpty)
    }

    @Test func actorsByAnyNameAndWithOneTypo() {
        func top(_ q: String) -> String? { corpus.search.actors(matching: q).first.map { corpus.actors.actors[$0.actor].name } }
        #expect(top("Moscow") == "Russia")
        #expect(top("mistura") == "Staffan de Mistura")
        #expect(top("Mistrua") == nil || top("Mistrua") == "Staffan de Mistura")
        #expect(top("Mistra") == "Staffan de Mistura")
        #expect(top("Kremlin") == "Russia")
        #expect(top("U.N.") == "United Nations")
        #expect(top("HNC") == "High Negotiations Committee")
    }

    @Test func snippetsAreOneLineAndShort() {
        for h in corpus.search.search("Syria") {
            #expect(!h.snippet.contains("\n"))
            #expect(h.snippet.count <= 202)
        }
    }
}

/// A word written whole, hyphenated or in two finds the others (issue 14, bug 10).
struct SearchFoldingTests {
    @Test func ceasefireFindsCeaseFireAndCeaseHyphenFire() throws {
        let corpus = try Fixtures.corpus(["A cease-fire held. A cease fire held. A ceasefire held. The cease of fire."])
        for q in ["ceasefire", "cease-fire", "\"cease fire\""] {
            let texts = Set(corpus.search.search(q).compactMap { corpus.text(of: $0.span) })
            #expect(texts == ["A cease-fire held.", "A cease fire held.", "A ceasefire held."], "\(q): \(texts)")
        }
        #expect(corpus.search.counted("held", limit: 2).total == 3)
    }

    @Test func aLoadNotYetCountedSaysNoZeroOfZero() {
        #expect(LoadProgress.reading(done: 0, total: 0).label == "Reading articles")
        #expect(LoadProgress.reading(done: 3200, total: 10000).label == "Reading 3,200 of 10,000 articles")
    }
}

/// A long sentence's snippet is cut at word boundaries, never inside a word.
struct SnippetTests {
    @Test func aSnippetIsCutBetweenWords() throws {
        let words = (0..<80).map { "word\($0)" }.joined(separator: " ")
        let doc = Document(id: DocumentID("a.txt"), text: words + ".")
        let snippet = SearchIndex.snippet(doc: doc, sentence: doc.sentences[0].range, around: words.utf8.count / 2)
        #expect(snippet.hasPrefix("…word") && snippet.hasSuffix("…"), "\(snippet)")
        let inner = snippet.dropFirst().dropLast()
        #expect(inner.split(separator: " ").allSatisfy { $0.hasPrefix("word") && Int($0.dropFirst(4)) != nil }, "\(snippet)")
    }
}

/// The postings indexed by slot (a small corpus beside a large vocabulary) answer as those
/// indexed by word number.
struct SearchIndexSlotTests {
    @Test func bothIndexingsAnswerTheSame() {
        let corpus = Fixtures.seeds
        let words = corpus.documents.map { doc in
            SearchIndex.DocumentWords(Document(id: doc.id, text: doc.text, metadata: doc.metadata, bodyStart: doc.bodyStart))
        }
        let byWord = SearchIndex(documents: corpus.documents, words: words, actors: corpus.actors.actors, bySlot: false)
        let bySlot = SearchIndex(documents: corpus.documents, words: words, actors: corpus.actors.actors, bySlot: true)
        #expect(byWord.sparseSlots == nil && bySlot.sparseSlots != nil)
        for q in ["talks", "\"fourth round\"", "negot*", "Astana talks", "opposition -Russia", "zzzz", "Lavrentiev", "the"] {
            #expect(bySlot.search(q, limit: 200).map(\.span) == byWord.search(q, limit: 200).map(\.span), "\(q)")
            #expect(bySlot.search(q, limit: 200).map(\.score) == byWord.search(q, limit: 200).map(\.score), "\(q)")
        }
    }
}
