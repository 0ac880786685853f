import ParleyModel
import Testing

struct TokenizerTests {
    @Test func offsetsAreUTF8BytesIntoTheText() {
        let text = "Sedat Önal — “talks” 21st"
        let tokens = Tokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        for t in tokens {
            #expect(String(decoding: bytes[t.range], as: UTF8.self) == String(text.utf8Slice(t.range)))
        }
        #expect(tokens.map(\.folded) == ["sedat", "onal", "—", "\"", "talks", "\"", "21st"])
        #expect(tokens[1].isCapitalized)
    }

    @Test func foldsCaseDiacriticsAndCurlyApostrophes() {
        #expect(TextFolding.fold("ÖNAL") == "onal")
        #expect(TextFolding.fold("Şimşek") == "simsek")
        #expect(TextFolding.key("Kairat  Abdrakhmanov") == "kairat abdrakhmanov")
        #expect(TextFolding.key("Putin’s") == TextFolding.key("Putin's"))
    }

    @Test func countsLineBreaksOnceForCRLF() {
        let tokens = Tokenizer.tokenize("One.\r\n\r\nTwo")
        #expect(tokens.last?.newlinesBefore == 2)
        let lone = Tokenizer.tokenize("One.\rTwo")
        #expect(lone.last?.newlinesBefore == 1)
    }

    @Test func startOffsetShiftsEveryToken() {
        let tokens = Tokenizer.tokenize("a, b", from: 10)
        #expect(tokens.map(\.start) == [10, 11, 13])
    }

    @Test func acronymsAreAllCaps() {
        let tokens = Tokenizer.tokenize("UN us Us")
        #expect(tokens.map(\.isAllCaps) == [true, false, false])
    }
}

struct SingleSpacedTests {
    @Test func agreesWithSplittingOnWhiteSpaceForAnyText() {
        let alphabet: [String] = ["a", "Z", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{301}", "é", "’", "“", "\u{2003}", "\u{85}", "\u{7F}", "日", "😀"]
        var rng = SeededRandom(seed: 11)
        for _ in 0..<3_000 {
            let s = (0..<rng.below(12)).map { _ in rng.pick(alphabet) }.joined()
            #expect(TextFolding.singleSpaced(s) == s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), "\(s.unicodeScalars.map { $0.value })")
        }
        #expect(TextFolding.singleSpaced("Kairat  Abdrakhmanov") == "Kairat Abdrakhmanov")
    }
}
