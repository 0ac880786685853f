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

    /// Tokens number short words through a per-thread cache (packed into 16 bytes): on many
    /// threads, words of every length around the packing edges (7, 8, 9, 15, 16, 17 bytes),
    /// in mixed case and repeated so that the cache both hits and evicts, get the lexicon's number.
    @Test func cachedWordNumbersAreTheLexiconsOnEveryThread() {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var random = SeededRandom(seed: 11)
        let words: [String] = (0..<6_000).map { _ in
            String((0..<(1 + random.below(20))).map { _ in letters[random.below(letters.count)] })
        }
        let text = (0..<40_000).map { _ in words[random.below(words.count)] }.joined(separator: " ")
        final class Results: @unchecked Sendable { var failures = [Int](repeating: 0, count: 4) }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4) { k in
            var failures = 0
            for token in Tokenizer.tokenize(text)
            where Lexicon.shared.existing(token.folded) != token.word || token.word.text != token.folded {
                failures += 1
            }
            results.failures[k] = failures
        }
        #expect(results.failures == [0, 0, 0, 0])
        let tokens = Tokenizer.tokenize(text)
        let source = text.split(separator: " ")
        #expect(tokens.count == source.count)
        for (token, raw) in zip(tokens, source) where token.folded != raw.lowercased() {
            Issue.record("\(raw) folded as \(token.folded)")
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
