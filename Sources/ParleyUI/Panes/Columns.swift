/// Columns of a row, each fitted to a width, for list panes.
enum Columns {
    /// Joins cells into a row `width` cells wide; the first cell takes what the others leave.
    static func row(_ flexible: String, _ fixed: [(String, Int, DisplayWidth.Alignment)], width: Int) -> String {
        let fixedWidth = fixed.reduce(0) { $0 + $1.1 + 1 }
        let first = max(1, width - fixedWidth)
        var out = DisplayWidth.pad(flexible, to: first)
        for (text, w, align) in fixed {
            out += " " + DisplayWidth.pad(text, to: w, alignment: align)
        }
        return DisplayWidth.fitting(out, in: width)
    }

    /// The width of a column of counts: the digits of the largest, and at least `atLeast`,
    /// so that no count is cut ("409…" for 40,935).
    static func countWidth(_ largest: Int, atLeast: Int) -> Int {
        max(atLeast, String(largest).count)
    }
}
