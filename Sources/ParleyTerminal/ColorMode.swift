/// Whether the terminal shows colours.
public enum ColorMode: Hashable, Sendable {
    /// Colours are used; the terminal has this many.
    case color(Int)
    /// No colours: styles are shown with bold, reverse, underline and dim only. Used when
    /// `NO_COLOR` is set to a non-empty value or the terminal has no colours (`TERM=vt100`).
    case monochrome
}
