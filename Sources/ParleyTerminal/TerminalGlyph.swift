/// What to hand ncurses for one cell, so that the terminal's idea of a character's width
/// agrees with the ``ParleyUI/DisplayWidth`` the buffer was laid out with.
///
/// ncurses places a character by the C library's `wcwidth`, which may disagree with
/// `DisplayWidth` (flags, emoji with U+FE0F, emoji newer than the C library's tables). A
/// disagreement would shift the rest of the row, so this picks a safe rendering:
/// - widths agree: the base scalar and the zero-width scalars after it (at most 5 in all,
///   ncurses' `CCHARW_MAX`), up to the first other spacing scalar (so "👍🏽" is drawn "👍");
/// - a two-cell cluster whose base the C library makes one cell ("❤️", flags): the base
///   alone, followed by a space;
/// - anything else (unknown to the C library, or a control character that got this far):
///   U+FFFD ("?" if the C library cannot show that either), padded with a space when two cells.
enum TerminalGlyph {
    /// The scalars to draw and how many spaces to draw after them.
    struct Rendering: Hashable {
        var scalars: [UInt32]
        var padding: Int
    }

    static func rendering(of grapheme: String, cells: Int, terminalWidth: (UInt32) -> Int) -> Rendering {
        let scalars = grapheme.unicodeScalars.map(\.value)
        guard let base = scalars.first, !isControl(base) else {
            return replacement(cells: cells, terminalWidth: terminalWidth)
        }
        let width = terminalWidth(base)
        if width == cells {
            var result = [base]
            for scalar in scalars.dropFirst() {
                guard result.count < 5, !isControl(scalar), terminalWidth(scalar) == 0 else { break }
                result.append(scalar)
            }
            return Rendering(scalars: result, padding: 0)
        }
        if width == 1 && cells == 2 {
            return Rendering(scalars: [base], padding: 1)
        }
        return replacement(cells: cells, terminalWidth: terminalWidth)
    }

    private static func replacement(cells: Int, terminalWidth: (UInt32) -> Int) -> Rendering {
        let symbol: UInt32 = terminalWidth(0xFFFD) == 1 ? 0xFFFD : 0x3F
        return Rendering(scalars: [symbol], padding: max(0, cells - 1))
    }

    private static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
