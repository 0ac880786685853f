/// How a cell looks, in semantic terms: a colour role plus text attributes.
///
/// The UI never names colours. It says what a cell *is* (a border, the selection, a search
/// match, a person) and the terminal backend picks foreground and background colours for
/// that role, or, on a monochrome terminal or with `NO_COLOR`, bold, reverse or underline.
public struct Style: Hashable, Sendable {
    /// What a cell is, which decides its foreground and background colours.
    public enum Role: Int, Hashable, Sendable, CaseIterable {
        /// Ordinary text on the terminal's default colours.
        case normal
        /// Pane borders and separators.
        case border
        /// Pane titles and headings.
        case title
        /// The selected row of a pane that does not have the focus.
        case selection
        /// The selected row of the focused pane.
        case focusedSelection
        /// The status bar and key hints.
        case statusBar
        /// A small label such as a filter or a round number.
        case chip
        /// A search match.
        case match
        /// The search match the cursor is on.
        case currentMatch
        /// Secondary text: counts, dates, hints.
        case dim
        /// An actor that is a state.
        case state
        /// An actor that is an international organisation.
        case organisation
        /// An actor that is an armed or political group.
        case group
        /// An actor that is a person.
        case person
        /// An actor found in the text but in no gazetteer.
        case discovered
    }

    /// Text attributes added on top of the role's look.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8

        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        /// Bold (or bright) text.
        public static let bold = Attributes(rawValue: 1 << 0)
        /// Underlined text.
        public static let underline = Attributes(rawValue: 1 << 1)
        /// Foreground and background swapped.
        public static let reverse = Attributes(rawValue: 1 << 2)
        /// Faint text.
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    /// The colour role.
    public var role: Role
    /// Extra attributes.
    public var attributes: Attributes

    /// A style with the given role and attributes.
    public init(_ role: Role = .normal, attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Plain text.
    public static let normal = Style(.normal)

    /// This style with `attributes` added.
    public func adding(_ attributes: Attributes) -> Style {
        Style(role, attributes: self.attributes.union(attributes))
    }
}
