/// One character cell of a ``ScreenBuffer``.
///
/// A wide character (two cells) is stored as its grapheme in the left cell and a
/// *continuation* cell on the right, which has an empty grapheme and is never drawn on its
/// own: the terminal fills it when the left cell is drawn.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown in the cell: one or two cells wide, already sanitised.
    /// Empty for a continuation cell.
    public var grapheme: String
    /// How the cell looks.
    public var style: Style
    /// Whether this is the right half of the wide character in the cell to its left.
    public var isContinuation: Bool

    /// A cell holding `grapheme` in `style`.
    public init(_ grapheme: String, style: Style = .normal, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A space in the normal style.
    public static let blank = Cell(" ")

    /// The right half of a wide character in `style`.
    public static func continuation(style: Style) -> Cell {
        Cell("", style: style, isContinuation: true)
    }
}
