/// The screen for a terminal that shows ASCII only (`TERM=vt100`, or a locale that is not
/// UTF-8): every cell keeps its place and style, and what it shows becomes ASCII. Box lines
/// become `+`, `-` and `|`, Parley's marks a letter or sign of their own (`▤` `#`, `◆` `*`),
/// an ellipsis `...`, an accented letter its base letter, anything else `?`.
public enum ASCIIScreen {
    /// Parley's own glyphs and the typographic marks articles are full of, with what stands
    /// for each. Box-drawing characters not listed are corners and joins (`+`).
    static let substitutes: [Character: Character] = [
        "─": "-", "━": "-", "═": "-", "│": "|", "┃": "|", "║": "|",
        "▤": "#", "◆": "*", "✓": "+", "✎": "~", "▸": ">", "▶": ">", "×": "x", "✕": "x", "≠": "!", "▏": "_", "·": ".", "•": "*",
        "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
        "“": "\"", "”": "\"", "„": "\"", "«": "\"", "»": "\"", "‘": "'", "’": "'", "‚": "'",
        "→": ">", "←": "<", "↑": "^", "↓": "v", "\u{00A0}": " ", "…": ".",
    ]

    /// `buffer` with every cell ASCII. A wide character becomes `??` over its two cells; an
    /// ellipsis after two cells of text becomes `...` over them ("Syrian Negotiat…" shows
    /// "Syrian Negotia...").
    public static func converted(_ buffer: ScreenBuffer) -> ScreenBuffer {
        var out = buffer
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                let cell = buffer[x, y]
                if cell.isContinuation {
                    out.replace(x: x, y: y, with: Cell("?", style: cell.style))
                    continue
                }
                let ascii = character(for: cell.grapheme)
                guard ascii != cell.grapheme.first || cell.grapheme.count != 1 else { continue }
                out.replace(x: x, y: y, with: Cell(String(ascii), style: cell.style))
                if cell.grapheme == "…" {
                    for back in 1...2 where x - back >= 0 {
                        let before = buffer[x - back, y]
                        guard !before.isContinuation, let c = before.grapheme.first, c.isLetter || c.isNumber || c.isPunctuation
                        else { break }
                        out.replace(x: x - back, y: y, with: Cell(".", style: before.style))
                    }
                }
            }
        }
        return out
    }

    /// One ASCII character for a grapheme: itself when ASCII, its substitute, its base
    /// letter ("é" is "e"), a box line's shape, else `?`.
    static func character(for grapheme: String) -> Character {
        guard let first = grapheme.first else { return " " }
        if first.isASCII { return first }
        if let s = substitutes[first] { return s }
        let scalars = grapheme.unicodeScalars
        if let v = scalars.first?.value, (0x2500...0x257F).contains(v) { return "+" }
        // The base letter of a precomposed or combined letter: the first scalar of its
        // canonical decomposition, when that is ASCII.
        if let base = grapheme.decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII, base.properties.isAlphabetic {
            return Character(base)
        }
        return "?"
    }
}
