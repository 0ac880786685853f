/// Pieces of text that exercise display width, sanitising and wrapping, and random strings
/// made of them.
enum SampleText {
    /// Graphemes (and a few non-grapheme fragments) of every kind that matters on screen.
    static let pieces: [String] = [
        "a", "b", "Z", "0", " ", " ", " ", "-", ".", ",",
        "Önal", "O\u{308}", "é", "e\u{301}\u{302}", "\u{301}",
        "北", "京", "和平", "한", "カ", "ｶ", "Ａ", "\u{3000}",
        "🇸🇾", "👍🏽", "👨‍👩‍👧‍👦", "❤️", "❤", "😀",
        "“", "”", "—", "…", "Астана", "دمشق",
        "\u{200B}", "\u{200D}", "\u{FE0F}", "\u{AD}", "\u{202E}",
        "\u{1B}", "\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{07}", "\u{00}", "\u{7F}", "\u{9B}", "\u{85}",
        "\t", "\n", "\r\n", "\r", "\u{2028}",
        "word", "negotiations", "Kazakhstan", "supercalifragilistic",
    ]

    /// A random string of up to `maxPieces` pieces.
    static func random(using rng: inout SplitMix64, maxPieces: Int = 12) -> String {
        let count = Int.random(in: 0...maxPieces, using: &rng)
        var text = ""
        for _ in 0..<count {
            text += pieces.randomElement(using: &rng)!
        }
        return text
    }

    /// Whether a scalar is a C0 or C1 control character or DEL.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
