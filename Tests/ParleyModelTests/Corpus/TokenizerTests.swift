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

    @Test func aRunLongerThanATokenHoldsGoesOnInTokensThatTileIt() {
        for unit in ["a", "é", "日"] {
            let run = String(repeating: unit, count: Token.maxLength / unit.utf8.count * 2 + 7)
            let text = "x " + run + " y"
            let tokens = Tokenizer.tokenize(text)
            let pieces = tokens.dropFirst().dropLast()
            #expect(pieces.count >= 3, "\(unit)")
            #expect(pieces.allSatisfy { $0.end - $0.start <= Token.maxLength && $0.kind == .word })
            #expect(pieces.first?.start == 2 && pieces.last?.end == 2 + run.utf8.count)
            #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.end == $1.start && !$1.spaceBefore })
            #expect(tokens.last.map { text.utf8Slice($0.range) } == "y")
        }
    }
}

struct SingleSpacedTests {
    @Test func agreesWithSplittingOnWhiteSpaceForAnyText() {
        let alphabet: [String] = [
            "a", "Z", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{301}", "é", "’", "“", "\u{2003}", "\u{85}", "\u{7F}", "日", "😀",
            "…", "│", "—", "\u{AD}", "\u{600}", "\u{2028}", "\u{FFFD}", "␛", "\u{1F}",
        ]
        var rng = SeededRandom(seed: 11)
        for _ in 0..<10_000 {
            let s = (0..<rng.below(12)).map { _ in rng.pick(alphabet) }.joined()
            #expect(
                TextFolding.singleSpaced(s) == s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                "\(s.unicodeScalars.map { $0.value })")
        }
        #expect(TextFolding.singleSpaced("Kairat  Abdrakhmanov") == "Kairat Abdrakhmanov")
    }

    /// An ordinal with the next word glued on by a lost space is two words; other runs are one.
    @Test func aGluedOrdinalIsTwoWords() {
        #expect(Tokenizer.tokenize("the 8thround opened").map(\.folded) == ["the", "8th", "round", "opened"])
        #expect(Tokenizer.tokenize("the 21stmeeting").map(\.folded) == ["the", "21st", "meeting"])
        #expect(Tokenizer.tokenize("the 8th round").map(\.folded) == ["the", "8th", "round"])
        #expect(Tokenizer.tokenize("8thly, 4x4s and 21stRound").map(\.folded) == ["8thly", ",", "4x4s", "and", "21stround"])
        let glued = Tokenizer.tokenize("8thround")
        #expect(glued.count == 2 && !glued[1].spaceBefore && glued[1].start == 3)
    }
}
