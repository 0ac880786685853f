/// Where each pane goes at a terminal size: three panes side by side when wide, two columns
/// below that, one pane with tabs on a narrow terminal, and a plain message when too small.
public struct Layout: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case tooSmall, tabs, twoColumns, threeColumns, zoomed }

    public static let minimum = Size(width: 40, height: 10)
    public static let twoColumnWidth = 80
    public static let threeColumnWidth = 120

    public var kind: Kind
    /// Outer rectangles (borders included) of the panes on screen.
    public var panes: [Pane: Rect]
    /// The tab row, in the one-pane layout.
    public var tabs: Rect?
    public var statusBar: Rect

    /// `zoomed`: the focused pane alone fills the screen (`z`, as tmux's zoom).
    public init(size: Size, focus: Pane, zoomed: Bool = false) {
        let w = max(0, size.width)
        let h = max(0, size.height)
        statusBar = Rect(x: 0, y: max(0, h - 1), width: w, height: h > 0 ? 1 : 0)
        guard w >= Self.minimum.width, h >= Self.minimum.height else {
            kind = .tooSmall
            panes = [:]
            tabs = nil
            return
        }
        let body = Rect(x: 0, y: 0, width: w, height: h - 1)
        if zoomed {
            kind = .zoomed
            panes = [focus: body]
            tabs = nil
        } else if w >= Self.threeColumnWidth {
            kind = .threeColumns
            let cols = body.splitHorizontally([3, 3, 4])
            panes = [.timeline: cols[0], .actors: cols[1], .viewer: cols[2]]
            tabs = nil
        } else if w >= Self.twoColumnWidth {
            kind = .twoColumns
            let cols = body.splitHorizontally([9, 11])
            let left = cols[0].splitVertically([1, 1])
            panes = [.timeline: left[0], .actors: left[1], .viewer: cols[1]]
            tabs = nil
        } else {
            kind = .tabs
            tabs = Rect(x: 0, y: 0, width: w, height: 1)
            panes = [focus: Rect(x: 0, y: 1, width: w, height: h - 2)]
        }
    }

    /// The inside of a pane's border, where its rows go.
    public func content(_ pane: Pane) -> Rect? {
        panes[pane].map { $0.inset(by: 1) }
    }

    /// The pane under a point, if any.
    public func pane(at x: Int, _ y: Int) -> Pane? {
        panes.first { $0.value.contains(x: x, y: y) }?.key
    }
}
