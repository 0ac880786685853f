import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// What the memory-saving forms of the model must not change: tokens read back after the
/// corpus lets go of them, phrase search from the index's own words, packed fields.
struct CompactModelTests {
    @Test func tokensReadAfterTheCorpusLetGoOfThemAreTheSame() {
        for doc in Fixtures.seeds.documents {
            let fresh = Document(id: doc.id, text: doc.text, metadata: doc.metadata, bodyStart: doc.bodyStart)
            #expect(!doc.holdsTokens)
            #expect(doc.retokenized() == fresh.tokens, "\(doc.id)")
            #expect(doc.sentences == fresh.sentences)
        }
    }

    @Test func phraseSearchFindsExactlyTheSentencesWithTheWordsInARow() {
        let corpus = Fixtures.seeds
        var sentences: [(span: TextSpan, words: [String])] = []
        for doc in corpus.documents {
            let tokens = doc.retokenized()
            for s in doc.sentences {
                sentences.append((doc.span(s.range), tokens[s.tokens].filter { $0.kind != .punct }.map(\.folded)))
            }
        }
        var rng = SeededRandom(seed: 5)
        let long = sentences.filter { $0.words.count >= 3 }
        for _ in 0..<80 {
            let words = rng.pick(long).words
            let n = 2 + rng.below(2)
            let k = rng.below(words.count - n + 1)
            let phrase = Array(words[k..<(k + n)])
            let expected = Set(
                sentences.filter { s in
                    s.words.count >= n && (0...(s.words.count - n)).contains { Array(s.words[$0..<($0 + n)]) == phrase }
                }.map(\.span))
            let hits = corpus.search.search("\"" + phrase.joined(separator: " ") + "\"", limit: 100_000)
            #expect(Set(hits.map(\.span)) == expected, "\(phrase)")
            for hit in hits {
                // Highlights are the phrase's words, read from the file by their spans.
                let texts = hit.matches.compactMap { corpus.text(of: $0) }.map { TextFolding.key($0) }
                #expect(
                    (0...max(0, texts.count - n)).contains { texts.count >= n && Array(texts[$0..<($0 + n)]) == phrase },
                    "\(phrase): \(texts)")
                #expect(hit.matches.allSatisfy { hit.span.contains($0) })
            }
        }
    }

    @Test func anActorsRolesAreDistinctEachWhereFirstSaid() throws {
        let first = "Colombian Foreign Minister Álvaro Leyva arrived in Havana on Monday. Foreign Minister Álvaro Leyva spoke."
        let corpus = try Fixtures.corpus([first, "Foreign Minister Álvaro Leyva left on Friday."])
        let person = try #require(corpus.actors.actors.first { $0.name == "Álvaro Leyva" })
        #expect(person.roles.map(\.text) == ["Foreign Minister"])
        #expect(person.roles[0].span.document == "doc0.txt")
        #expect(person.roles[0].span.start == "Colombian ".utf8.count)
        for a in Fixtures.seeds.actors.actors { #expect(Set(a.roles.map(\.text)).count == a.roles.count, "\(a.name)") }
    }

    @Test func packedFieldsReadBackWhatWasStored() {
        let span = TextSpan(document: "a.txt", start: 7, end: Int(UInt32.max))
        #expect(span.start == 7 && span.end == Int(UInt32.max))
        for kind in Mention.Kind.allCases {
            var m = Mention(actor: 123_456, span: span, kind: kind, sentence: 99_999)
            #expect(m.actor == 123_456 && m.kind == kind && m.sentence == 99_999 && m.span == span)
            m.actor = 7
            #expect(m.actor == 7 && m.kind == kind)
        }
        let s = Sentence(start: 10, end: 20, tokens: 3..<9, paragraph: 2)
        #expect(s.range == 10..<20 && s.tokens == 3..<9 && s.paragraph == 2)
        let ref = MentionRef(document: 9_999, mention: 40_000)
        #expect(ref.document == 9_999 && ref.mention == 40_000)
        #expect(MemoryLayout<TextSpan>.stride == 24)
        #expect(MemoryLayout<Mention>.stride == 32)
        #expect(MemoryLayout<Sentence>.stride == 20)
        #expect(MemoryLayout<ActorMatcher.Match>.stride == 16)
        #expect(MemoryLayout<MentionRef>.stride == 8)
    }

    @Test func arraysKeptPerDocumentShedTheirSlack() {
        var grown: [Int] = []
        grown.reserveCapacity(1_000)
        grown += 0..<10
        let trimmed = grown.withoutSlack()
        #expect(trimmed == grown && trimmed.capacity < 1_000)
        let tight = Array(0..<64)
        #expect(tight.withoutSlack() == tight && ([] as [Int]).withoutSlack().isEmpty)
    }

    @Test func spansEncodeAsBeforeAndRefuseOffsetsOutOfRange() throws {
        let span = TextSpan(document: "2019/geneva.md", start: 3, end: 11)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(span)) as? [String: Any]
        #expect(json?["document"] as? String == "2019/geneva.md" && json?["start"] as? Int == 3 && json?["end"] as? Int == 11)
        #expect(try JSONDecoder().decode(TextSpan.self, from: JSONEncoder().encode(span)) == span)
        for bad in [
            #"{"document":"a","start":5,"end":2}"#, #"{"document":"a","start":-1,"end":2}"#,
            #"{"document":"a","start":0,"end":5000000000}"#,
        ] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(TextSpan.self, from: Data(bad.utf8)) }
        }
    }

    /// FirstSeen keeps distinct values in first-seen order, the same before and after a set
    /// takes over its look-ups, checked against a plain set on random draws.
    @Test func firstSeenKeepsDistinctValuesInOrderPastItsLinearLimit() {
        var random = SeededRandom(seed: 5)
        for range in [3, 16, 17, 40, 500] {
            var list = FirstSeen<String>()
            var reference: [String] = []
            var set = Set<String>()
            for _ in 0..<2_000 {
                let value = "v\(random.below(range))"
                let fresh = set.insert(value).inserted
                if fresh { reference.append(value) }
                #expect(list.insert(value) == fresh)
            }
            #expect(list.values == reference, "range \(range)")
        }
    }
}
