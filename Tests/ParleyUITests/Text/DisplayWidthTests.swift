import Testing

@testable import ParleyUI

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneCellPerCharacter() {
        #expect(DisplayWidth.of("Hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of(Character("a")) == 1)
    }

    @Test func precomposedAndDecomposedAreTheSame() {
        let precomposed = "\u{D6}nal"
        let decomposed = "O\u{308}nal"
        #expect(precomposed.unicodeScalars.count == 4)
        #expect(decomposed.unicodeScalars.count == 5)
        #expect(DisplayWidth.of(precomposed) == 4)
        #expect(DisplayWidth.of(decomposed) == 4)
    }

    @Test func combiningMarksAndZeroWidthCharacters() {
        #expect(DisplayWidth.of("e\u{301}\u{302}") == 1)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)  // a lone combining mark
        #expect(DisplayWidth.of("\u{200B}") == 0)  // ZERO WIDTH SPACE
        #expect(DisplayWidth.of("\u{200D}") == 0)  // ZERO WIDTH JOINER
        #expect(DisplayWidth.of("\u{FE0F}") == 0)  // VARIATION SELECTOR-16 alone
        #expect(DisplayWidth.of("\u{AD}") == 0)  // SOFT HYPHEN
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func eastAsianWideAndFullwidth() {
        #expect(DisplayWidth.of("北京") == 4)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("カナ") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth Latin
        #expect(DisplayWidth.of("ｶﾅ") == 2)  // halfwidth katakana stays narrow
        #expect(DisplayWidth.of("\u{3000}") == 2)  // ideographic space
        #expect(DisplayWidth.of("「和平」") == 8)
    }

    @Test func emoji() {
        #expect(DisplayWidth.of("🇸🇾") == 2)  // flag: two regional indicators
        #expect(DisplayWidth.of("👍🏽") == 2)  // emoji with skin tone modifier
        #expect(DisplayWidth.of("👨‍👩‍👧‍👦") == 2)  // ZWJ family
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("❤️") == 2)  // text-default emoji with VS16
        #expect(DisplayWidth.of("❤") == 1)  // same without: text presentation
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}") == 2)  // keycap
    }

    @Test func punctuationAndOtherScriptsAreNarrow() {
        #expect(DisplayWidth.of("“”‘’") == 4)
        #expect(DisplayWidth.of("—") == 1)
        #expect(DisplayWidth.of("–") == 1)
        #expect(DisplayWidth.of("…") == 1)
        #expect(DisplayWidth.of("Астана") == 6)
        #expect(DisplayWidth.of("دمشق") == 4)
        #expect(DisplayWidth.of("┌─┐") == 3)
    }

    @Test func truncation() {
        #expect(DisplayWidth.truncate("Hello", to: 10) == "Hello")
        #expect(DisplayWidth.truncate("Hello", to: 5) == "Hello")
        #expect(DisplayWidth.truncate("Hello, world", to: 5) == "Hell…")
        #expect(DisplayWidth.truncate("北京欢迎", to: 4) == "北 …")  // 京 would straddle: a space
        #expect(DisplayWidth.truncate("北京欢迎", to: 5) == "北京…")
        #expect(DisplayWidth.truncate("Hello", to: 1) == "…")
        #expect(DisplayWidth.truncate("Hello", to: 0) == "")
        #expect(DisplayWidth.truncate("Hello", to: -3) == "")
        #expect(DisplayWidth.truncate("O\u{308}nal Önal", to: 4) == "O\u{308}na…")
    }

    @Test func padding() {
        #expect(DisplayWidth.pad("ab", to: 5) == "ab   ")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .trailing) == "   ab")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("北京", to: 5) == "北京 ")
        #expect(DisplayWidth.pad("北京欢迎", to: 4) == "北 …")
        #expect(DisplayWidth.pad("x", to: 0) == "")
    }

    @Test func fittingNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.fitting("北京", in: 3) == "北 ")
        #expect(DisplayWidth.fitting("北京", in: 1) == " ")
        #expect(DisplayWidth.fitting("ab", in: 5) == "ab")
    }

    @Test func truncationPropertiesOnRandomStrings() {
        var rng = SplitMix64(seed: 0x5EED_0001)
        for _ in 0..<2000 {
            let text = Sanitizer.sanitize(SampleText.random(using: &rng))
            let width = Int.random(in: -1...24, using: &rng)
            let original = DisplayWidth.of(text)
            let truncated = DisplayWidth.truncate(text, to: width)
            let padded = DisplayWidth.pad(text, to: width)
            let result = DisplayWidth.of(truncated)
            #expect(result <= max(0, width), "\(text.debugDescription) to \(width)")
            #expect(DisplayWidth.of(padded) == max(0, width), "\(text.debugDescription) padded to \(width)")
            if width <= 0 {
                #expect(truncated.isEmpty)
            } else if original <= width {
                #expect(truncated == text)
            } else {
                #expect(result == width)
                #expect(truncated.last == DisplayWidth.ellipsis)
                // Whole clusters of the original, then at most one space standing for a wide
                // character, then the ellipsis.
                var kept = Array(truncated.dropLast())
                let prefix = Array(text.prefix(kept.count))
                if kept != prefix, kept.last == " " {
                    kept.removeLast()
                    #expect(kept == Array(text.prefix(kept.count)))
                    #expect(DisplayWidth.of(text[text.index(text.startIndex, offsetBy: kept.count)]) == 2)
                } else {
                    #expect(kept == prefix)
                }
            }
        }
    }

    @Test func commonWidthsAgreeWithUnicodePropertiesForEveryScalarTheyAnswer() {
        var answered = 0
        for value in UInt32(0)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value), let width = DisplayWidth.commonWidth(value) else { continue }
            answered += 1
            #expect(width == DisplayWidth.propertyWidth(scalar), "U+\(String(value, radix: 16, uppercase: true))")
        }
        #expect(answered > 1_000)
    }

    @Test func theScalarPathAgreesWithClustersOnMixedText() {
        // Simple scalars (box lines, dashes, accents, shapes) beside ones that join clusters
        // (marks, joiners, variation selectors, flags, CR LF, wide and emoji characters).
        let alphabet: [String] = [
            "a", "Z", " ", "│", "…", "◆", "◽", "é", "Ö", "—", "“", "→", "©", "\u{301}", "\u{200D}", "\u{FE0F}",
            "\u{FE0E}", "🇸", "🇾", "\r", "\n", "日", "👩", "\u{1100}", "\u{1161}", "\u{AD}", "\u{2028}", "␛", "\u{FFFD}",
        ]
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<5_000 {
            let text = (0..<next(14)).map { _ in alphabet[next(alphabet.count)] }.joined()
            let byClusters = text.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(text) == byClusters, "\(text.unicodeScalars.map(\.value))")
            let width = next(12)
            var reference = ""
            var used = 0
            for c in text {
                let w = DisplayWidth.of(c)
                if used + w > width {
                    if used < width { reference.append(" ") }
                    break
                }
                reference.append(c)
                used += w
            }
            if width > 0 { #expect(DisplayWidth.fitting(text, in: width) == reference, "\(text.unicodeScalars.map(\.value)) in \(width)") }
        }
    }
}
