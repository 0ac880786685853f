import Testing

@testable import ParleyUI

@Suite struct WordWrapTests {
    private func texts(_ lines: [WordWrap.Line]) -> [String] {
        lines.map(\.text)
    }

    @Test func breaksAtSpaces() {
        let lines = WordWrap.wrap("the quick brown fox", width: 10)
        #expect(texts(lines) == ["the quick", "brown fox"])
        #expect(lines.map(\.byteRange) == [0..<10, 10..<19])
        #expect(lines.map(\.width) == [9, 9])
    }

    @Test func exactFitAndSeveralSpaces() {
        #expect(texts(WordWrap.wrap("abc def", width: 7)) == ["abc def"])
        #expect(texts(WordWrap.wrap("abc   def", width: 5)) == ["abc", "def"])
        #expect(texts(WordWrap.wrap("  indented text", width: 20)) == ["  indented text"])
        #expect(texts(WordWrap.wrap("abc   ", width: 4)) == ["abc"])
    }

    @Test func hardNewlines() {
        #expect(texts(WordWrap.wrap("a\nb", width: 10)) == ["a", "b"])
        #expect(texts(WordWrap.wrap("a\n\nb", width: 10)) == ["a", "", "b"])
        #expect(texts(WordWrap.wrap("a\r\nb\rc", width: 10)) == ["a", "b", "c"])
        #expect(texts(WordWrap.wrap("a\n", width: 10)) == ["a"])
        #expect(WordWrap.wrap("a\n", width: 10).map(\.byteRange) == [0..<2])
        #expect(texts(WordWrap.wrap("", width: 10)) == [""])
        #expect(WordWrap.wrap("", width: 10).map(\.byteRange) == [0..<0])
    }

    @Test func longWordsAreHardBroken() {
        #expect(texts(WordWrap.wrap("abcdefghij", width: 4)) == ["abcd", "efgh", "ij"])
        #expect(texts(WordWrap.wrap("go supercalifragilistic", width: 8)) == ["go", "supercal", "ifragili", "stic"])
    }

    @Test func wideCharacters() {
        #expect(texts(WordWrap.wrap("北京欢迎你", width: 4)) == ["北京", "欢迎", "你"])
        #expect(texts(WordWrap.wrap("北京欢迎你", width: 3)) == ["北", "京", "欢", "迎", "你"])
        #expect(texts(WordWrap.wrap("北京", width: 1)) == [" ", " "])
        #expect(texts(WordWrap.wrap("a 👍🏽 b", width: 3)) == ["a", "👍🏽", "b"])
    }

    @Test func textIsSanitisedButRangesAreSourceBytes() {
        let lines = WordWrap.wrap("a\u{1B}[1mb", width: 10)
        #expect(texts(lines) == ["a␛[1mb"])
        #expect(lines[0].byteRange == 0..<6)
        #expect(lines[0].width == 6)
    }

    @Test func highlightBytesMapToColumns() {
        let source = "peace talks in Astana resumed"
        let astana = source.utf8.count - "Astana resumed".utf8.count
        let range = astana..<(astana + 6)
        let lines = WordWrap.wrap(source, width: 15)
        #expect(texts(lines) == ["peace talks in", "Astana resumed"])
        #expect(lines[0].columns(forBytes: range) == nil)
        #expect(lines[1].columns(forBytes: range) == 0..<6)

        let wide = "和平 talks"  // 和平 is 6 bytes, 4 cells
        let wrapped = WordWrap.wrap(wide, width: 20)
        #expect(wrapped[0].columns(forBytes: 0..<3) == 0..<2)
        #expect(wrapped[0].columns(forBytes: 7..<12) == 5..<10)
        #expect(wrapped[0].columns(forBytes: 1..<2) == 0..<2)  // inside a character: the whole character
    }

    @Test func widthBelowOneGivesNoLines() {
        #expect(WordWrap.wrap("abc", width: 0).isEmpty)
    }

    @Test func propertiesOnRandomText() {
        var rng = SplitMix64(seed: 0x5EED_0003)
        for _ in 0..<1500 {
            let source = SampleText.random(using: &rng, maxPieces: 30)
            let width = Int.random(in: 1...24, using: &rng)
            let lines = WordWrap.wrap(source, width: width)
            let total = source.utf8.count
            #expect(!lines.isEmpty)
            // Ranges are adjacent, in order, and cover the source.
            #expect(lines.first?.byteRange.lowerBound == 0)
            #expect(lines.last?.byteRange.upperBound == total, "\(source.debugDescription) at \(width)")
            for (previous, next) in zip(lines, lines.dropFirst()) {
                #expect(previous.byteRange.upperBound == next.byteRange.lowerBound)
            }
            var shownBytes = Set<Int>()
            for line in lines {
                #expect(line.width <= width, "\(source.debugDescription) at \(width): \(line.text.debugDescription)")
                #expect(DisplayWidth.of(line.text) == line.width)
                #expect(Sanitizer.isSafe(line.text))
                var column = 0
                var byte = line.byteRange.lowerBound
                for glyph in line.glyphs {
                    #expect(glyph.column == column)
                    #expect(glyph.byteRange.lowerBound >= byte)
                    #expect(glyph.byteRange.upperBound <= line.byteRange.upperBound)
                    column += glyph.width
                    byte = glyph.byteRange.upperBound
                    shownBytes.formUnion(glyph.byteRange)
                }
                #expect(column == line.width)
            }
            // Every character other than spaces and line breaks is shown somewhere.
            var offset = 0
            for character in source {
                let length = character.utf8.count
                let isBreakOrSpace =
                    character == " " || character == "\t"
                    || Sanitizer.isLineBreak(character.unicodeScalars.first!)
                if !isBreakOrSpace {
                    #expect(shownBytes.contains(offset), "\(character.debugDescription) in \(source.debugDescription)")
                }
                offset += length
            }
        }
    }
}
