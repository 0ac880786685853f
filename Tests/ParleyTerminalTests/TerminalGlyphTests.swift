import Testing

@testable import ParleyTerminal

@Suite struct TerminalGlyphTests {
    /// A C library width table for the test, independent of the machine's locale: like glibc
    /// 2.36, regional indicators and U+2764 are one cell, U+1FAE8 is unknown.
    static func libcWidth(_ scalar: UInt32) -> Int {
        switch scalar {
        case 0x0300...0x036F, 0x200D, 0xFE0F: return 0
        case 0x1FAE8: return -1
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0x1F300...0x1F64F: return 2
        default: return scalar < 0x20 ? -1 : 1
        }
    }

    private func render(_ grapheme: String, cells: Int) -> TerminalGlyph.Rendering {
        TerminalGlyph.rendering(of: grapheme, cells: cells, terminalWidth: Self.libcWidth)
    }

    @Test func agreeingWidthsPassThrough() {
        #expect(render("a", cells: 1) == .init(scalars: [0x61], padding: 0))
        #expect(render("e\u{301}", cells: 1) == .init(scalars: [0x65, 0x301], padding: 0))
        #expect(render("北", cells: 2) == .init(scalars: [0x5317], padding: 0))
    }

    @Test func clustersStopAtTheNextSpacingCharacter() {
        #expect(render("👍🏽", cells: 2) == .init(scalars: [0x1F44D], padding: 0))
        #expect(render("👨‍👩‍👧", cells: 2) == .init(scalars: [0x1F468, 0x200D], padding: 0))
    }

    @Test func narrowerInTheTerminalIsPadded() {
        #expect(render("🇸🇾", cells: 2) == .init(scalars: [0x1F1F8], padding: 1))
        #expect(render("❤️", cells: 2) == .init(scalars: [0x2764], padding: 1))
    }

    @Test func unknownOrControlBecomesAReplacement() {
        #expect(render("\u{1FAE8}", cells: 2) == .init(scalars: [0xFFFD], padding: 1))
        #expect(render("\u{1B}", cells: 1) == .init(scalars: [0xFFFD], padding: 0))
        #expect(render("", cells: 1) == .init(scalars: [0xFFFD], padding: 0))
        let noUnicode = TerminalGlyph.rendering(of: "北", cells: 2, terminalWidth: { $0 < 0x80 ? 1 : -1 })
        #expect(noUnicode == .init(scalars: [0x3F], padding: 1))
    }
}
