/// One row of a pane as text, with styled column ranges and the list item it belongs to.
public struct PaneLine: Sendable, Hashable {
    public struct Run: Sendable, Hashable {
        /// Display columns within the row.
        public var columns: Range<Int>
        public var style: Style
    }

    public var text: String
    public var runs: [Run]
    /// The selectable item this row shows, if any.
    public var item: Int?
    public var style: Style

    public init(_ text: String, runs: [Run] = [], item: Int? = nil, style: Style = .normal) {
        self.text = text
        self.runs = runs
        self.item = item
        self.style = style
    }
}
