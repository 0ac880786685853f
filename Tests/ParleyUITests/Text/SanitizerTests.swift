import Testing

@testable import ParleyUI

@Suite struct SanitizerTests {
    @Test func ansiColourSequenceIsShownNotObeyed() {
        #expect(Sanitizer.sanitize("\u{1B}[31mred\u{1B}[0m") == "␛[31mred␛[0m")
    }

    @Test func oscSequences() {
        #expect(Sanitizer.sanitize("\u{1B}]0;title\u{07}") == "␛]0;title␇")
        #expect(Sanitizer.sanitize("\u{1B}]52;c;ZXZpbA==\u{07}") == "␛]52;c;ZXZpbA==␇")
        #expect(Sanitizer.sanitize("\u{1B}]8;;http://x\u{1B}\\link") == "␛]8;;http://x␛\\link")
    }

    @Test func c1ControlsAndDelete() {
        #expect(Sanitizer.sanitize("\u{9B}31m") == "\u{FFFD}31m")  // C1 CSI
        #expect(Sanitizer.sanitize("\u{9D}0;x\u{9C}") == "\u{FFFD}0;x\u{FFFD}")  // C1 OSC and ST
        #expect(Sanitizer.sanitize("a\u{7F}b") == "a\u{FFFD}b")
        #expect(Sanitizer.sanitize("\u{85}") == "\u{FFFD}")
    }

    @Test func c0ControlsUseControlPictures() {
        #expect(Sanitizer.sanitize("\u{00}") == "␀")
        #expect(Sanitizer.sanitize("\u{07}") == "␇")
        #expect(Sanitizer.sanitize("\u{08}") == "␈")
        #expect(Sanitizer.sanitize("\u{1F}") == "␟")
        for value in UInt32(0)..<0x20 where value != 0x09 {
            let text = Sanitizer.sanitize(String(Unicode.Scalar(value)!))
            #expect(text.unicodeScalars.count == 1)
            #expect(text.unicodeScalars.first!.value == 0x2400 + value)
            #expect(DisplayWidth.of(text) == 1)
        }
    }

    @Test func tabsBecomeOneSpace() {
        #expect(Sanitizer.sanitize("a\tb\t\tc") == "a b  c")
    }

    @Test func newlines() {
        #expect(Sanitizer.sanitize("a\nb") == "a␊b")
        #expect(Sanitizer.sanitize("a\r\nb") == "a␍␊b")
        #expect(Sanitizer.sanitize("a\u{2028}b") == "a␤b")
        #expect(Sanitizer.sanitize("a\r\nb\rc\nd\u{2029}e", newlines: .keep) == "a\nb\nc\nd\ne")
        #expect(Sanitizer.sanitize("a\n\nb", newlines: .keep) == "a\n\nb")
    }

    @Test func bidiOverridesAreRemoved() {
        #expect(Sanitizer.sanitize("abc\u{202E}def\u{202C}") == "abcdef")
        #expect(Sanitizer.sanitize("\u{2066}x\u{2069}") == "x")
    }

    @Test func safeTextIsUnchanged() {
        let text = "北京 Önal O\u{308}nal 👍🏽 🇸🇾 “talks” — Astana"
        #expect(Sanitizer.sanitize(text) == text)
        #expect(Sanitizer.isSafe(text))
        #expect(!Sanitizer.isSafe("a\u{1B}"))
    }

    @Test func theByteCheckAgreesWithTheScalarRuleForEveryScalar() {
        for value in UInt32(0)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            let inText = "a\(alone)é\(alone)"
            #expect(Sanitizer.isSafe(alone) == !Sanitizer.needsAttention(scalar), "U+\(String(value, radix: 16))")
            #expect(Sanitizer.isSafe(inText) == !Sanitizer.needsAttention(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test func noControlCharacterSurvivesRandomInput() {
        var rng = SplitMix64(seed: 0x5EED_0002)
        for _ in 0..<2000 {
            var text = SampleText.random(using: &rng)
            // Sprinkle arbitrary C0/C1 controls too.
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let value =
                    Bool.random(using: &rng) ? UInt32.random(in: 0..<0x20, using: &rng) : UInt32.random(in: 0x7F...0x9F, using: &rng)
                text.unicodeScalars.append(Unicode.Scalar(value)!)
            }
            let shown = Sanitizer.sanitize(text)
            #expect(!shown.unicodeScalars.contains(where: SampleText.isControl), "\(text.debugDescription)")
            #expect(Sanitizer.isSafe(shown))
            let kept = Sanitizer.sanitize(text, newlines: .keep)
            #expect(!kept.unicodeScalars.contains { SampleText.isControl($0) && $0 != "\n" }, "\(text.debugDescription)")
        }
    }
}
