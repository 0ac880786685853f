import Dispatch
import ParleyModel
import Testing

struct LexiconTests {
    /// Words made on many threads at once: one number per text, and every number reads back
    /// as its text, including words long enough to live on the heap and non-ASCII ones.
    @Test func concurrentInterningGivesOneNumberPerText() {
        let texts = (0..<20_000).map { i in i % 3 == 0 ? "w\(i)" : i % 3 == 1 ? "a-much-longer-word-than-fifteen-bytes-\(i)" : "önal\(i)" }
        let lexicon = Lexicon.shared
        final class Results: @unchecked Sendable { var words = [[Word]](repeating: [], count: 4) }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4) { k in
            // Each thread walks the texts in its own order, so first sights land on every thread.
            let order = k % 2 == 0 ? Array(texts.indices) : Array(texts.indices.reversed())
            var mine = [Word](repeating: Word(rawValue: 0), count: texts.count)
            for i in order { mine[i] = lexicon.intern(texts[i]) }
            results.words[k] = mine
        }
        for k in 1..<4 { #expect(results.words[k] == results.words[0]) }
        #expect(Set(results.words[0]).count == texts.count)
        for (i, w) in results.words[0].enumerated() {
            #expect(w.text == texts[i])
            #expect(w.index < lexicon.bound)
            #expect(lexicon.existing(texts[i]) == w)
        }
    }

    @Test func existingDoesNotMakeWords() {
        let before = Lexicon.shared.existing("zzqxv-never-in-any-text")
        #expect(before == nil)
        #expect(Lexicon.shared.existing("zzqxv-never-in-any-text") == nil)
        let made = Word("zzqxv-made-here")
        #expect(Lexicon.shared.existing("zzqxv-made-here") == made)
    }

    @Test func tokensCarryTheirFoldedWord() {
        let tokens = Tokenizer.tokenize("Astana ASTANA astana Önal ONAL.")
        #expect(tokens[0].word == tokens[1].word && tokens[1].word == tokens[2].word)
        #expect(tokens[3].word == tokens[4].word)
        #expect(tokens[5].word == Word.period)
        #expect(MemoryLayout<Token>.stride == 12)
    }

    @Test func wordSetsHoldExactlyTheirWords() {
        let set = WordSet(["talks", "round", "'"])
        #expect(set.contains(Word("talks")))
        #expect(set.contains(Word.apostrophe))
        #expect(!set.contains(Word("talk")))
        #expect(!set.contains(Word("a-word-numbered-after-the-set-was-made")))
    }
}
