import ParleyUI

/// What each ``ParleyUI/Style/Role`` looks like on a terminal: colours and attributes.
///
/// Pure data, so the mapping is tested without a terminal. Colour numbers are the curses
/// ones (0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white, plus 8 for
/// the bright variants on terminals with 16 colours or more); -1 is the terminal's default.
public enum StylePalette {
    /// The foreground and background colours for `role`.
    ///
    /// - Parameters:
    ///   - colorCount: how many colours the terminal has (`COLORS`).
    ///   - defaultColors: whether the terminal's own default colours can be used
    ///     (`use_default_colors` succeeded); if not, white on black stands in for them.
    public static func colors(for role: Style.Role, colorCount: Int, defaultColors: Bool) -> (foreground: Int16, background: Int16) {
        let bright = colorCount >= 16
        let fg: Int16 = defaultColors ? -1 : 7
        let bg: Int16 = defaultColors ? -1 : 0
        switch role {
        case .normal: return (fg, bg)
        case .border: return (bright ? 8 : 4, bg)
        case .title: return (6, bg)
        case .selection: return bright ? (15, 8) : (0, 7)
        case .focusedSelection: return (bright ? 15 : 7, 4)
        case .statusBar: return (0, 6)
        case .chip: return (0, 2)
        case .match: return (0, 3)
        case .currentMatch: return (bright ? 15 : 7, 1)
        case .dim: return (bright ? 8 : fg, bg)
        case .state: return (bright ? 12 : 4, bg)
        case .organisation: return (bright ? 14 : 6, bg)
        case .group: return (bright ? 9 : 1, bg)
        case .person: return (bright ? 10 : 2, bg)
        case .discovered: return (bright ? 13 : 5, bg)
        }
    }

    /// The attributes to draw `style` with: the role's own plus the style's.
    ///
    /// In colour, roles add bold to titles, the focused selection and the current match, and
    /// dim to dim text on terminals with fewer than 16 colours. In monochrome each role is
    /// told apart by attributes alone: selections, the status bar and the current match are
    /// reversed, matches underlined, titles, chips and actors bold, discovered actors
    /// underlined and dim text dim.
    public static func attributes(for style: Style, mode: ColorMode) -> Style.Attributes {
        roleAttributes(style.role, mode: mode).union(style.attributes)
    }

    static func roleAttributes(_ role: Style.Role, mode: ColorMode) -> Style.Attributes {
        switch mode {
        case .color(let count):
            switch role {
            case .title, .focusedSelection, .currentMatch: return .bold
            case .dim: return count >= 16 ? [] : .dim
            default: return []
            }
        case .monochrome:
            switch role {
            case .normal, .border: return []
            case .title, .chip, .state, .organisation, .group, .person: return .bold
            case .selection, .statusBar: return .reverse
            case .focusedSelection: return [.reverse, .bold]
            case .match: return .underline
            case .currentMatch: return [.reverse, .underline]
            case .dim: return .dim
            case .discovered: return .underline
            }
        }
    }
}
