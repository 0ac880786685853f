import Testing

@testable import ParleyUI

/// The ASCII screen (`TERM=vt100`, a locale that is not UTF-8): every cell ASCII, in place.
struct ASCIIScreenTests {
    func screen(_ width: Int, _ height: Int, _ draw: (inout ScreenBuffer) -> Void) -> ScreenBuffer {
        var b = ScreenBuffer(size: Size(width: width, height: height))
        draw(&b)
        return b
    }

    @Test func boxLinesBecomePlusMinusAndBar() {
        let b = screen(12, 3) { $0.drawBox(Rect(x: 0, y: 0, width: 12, height: 3), style: .normal, title: " Ro ", titleStyle: .normal) }
        let ascii = ASCIIScreen.converted(b)
        #expect(ascii.lines[0].hasPrefix("+-") && ascii.lines[0].hasSuffix("-+"), "\(ascii.lines[0])")
        #expect(ascii.lines[1] == "|          |")
        #expect(ascii.lines[2] == "+----------+")
        #expect(ascii.lines.joined().unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func marksAndTypographyHaveSubstitutes() {
        let b = screen(40, 1) { _ = $0.put("4  3–4 May ▸ 2▤ ◆ “Talks” · ✕ ≠", x: 0, y: 0) }
        #expect(ASCIIScreen.converted(b).lines[0].hasPrefix("4  3-4 May > 2# * \"Talks\" . x !"))
    }

    @Test func anEllipsisIsThreeDotsOverTheTextBeforeIt() {
        let b = screen(10, 1) { _ = $0.put(DisplayWidth.truncate("Negotiations", to: 10), x: 0, y: 0) }
        #expect(b.lines[0] == "Negotiati…")
        #expect(ASCIIScreen.converted(b).lines[0] == "Negotia...")
    }

    @Test func accentedLettersKeepTheirBaseAndWideCharactersKeepTheirCells() {
        let b = screen(14, 1) { _ = $0.put("Stéphane 東京", x: 0, y: 0, style: Style(.title)) }
        let ascii = ASCIIScreen.converted(b)
        #expect(ascii.lines[0] == "Stephane ???? ")
        #expect(ascii[0, 0].style == Style(.title), "styles stay")
        #expect(!ascii[10, 0].isContinuation, "a wide character's right half is a cell of its own")
        #expect(ASCIIScreen.converted(ascii) == ascii, "converting twice changes nothing")
    }
}
