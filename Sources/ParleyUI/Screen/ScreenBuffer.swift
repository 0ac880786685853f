/// A grid of ``Cell``s that the UI draws into and the terminal backend copies to the screen.
///
/// Invariants, kept by every mutating method:
/// - every cell that is not a continuation holds a grapheme exactly one cell wide, or a
///   grapheme two cells wide followed by a continuation cell;
/// - a continuation cell always follows a two-cell grapheme on the same row;
/// - no cell holds a control character (text is passed through ``Sanitizer``).
///
/// Its text form ``lines`` is the snapshot format for tests.
public struct ScreenBuffer: Hashable, Sendable {
    /// The size of the grid.
    public let size: Size
    /// All cells, row by row from the top left.
    public private(set) var cells: [Cell]

    /// A buffer of `size` filled with `cell` (a blank by default).
    ///
    /// A `cell` that is not exactly one cell wide is replaced by a space in its style.
    public init(size: Size, filledWith cell: Cell = .blank) {
        self.size = size
        let fill = ScreenBuffer.singleWidth(cell)
        self.cells = Array(repeating: fill, count: size.area)
    }

    /// The whole grid as a rectangle at the origin.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y`. Both must be inside ``bounds``.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(bounds.contains(x: x, y: y), "cell (\(x), \(y)) outside \(size)")
        return cells[y * size.width + x]
    }

    /// Replaces the cell at column `x`, row `y` as it is, without sanitising or fixing up wide
    /// characters: for whole-screen transforms (`ASCIIScreen`) that keep the layout.
    mutating func replace(x: Int, y: Int, with cell: Cell) {
        precondition(bounds.contains(x: x, y: y), "cell (\(x), \(y)) outside \(size)")
        cells[y * size.width + x] = cell
    }

    /// The cell at `point`, which must be inside ``bounds``.
    public subscript(point: Point) -> Cell {
        self[point.x, point.y]
    }

    // MARK: - Drawing

    /// Writes `text` on one row, starting at `point`, and returns the column after the last
    /// cell it covered (as if nothing were clipped).
    ///
    /// The text is sanitised first (line breaks become placeholders too). Each grapheme
    /// takes its ``DisplayWidth``; zero-width clusters (a stray combining mark, U+200B) are
    /// skipped. Nothing is written outside `clip` (intersected with ``bounds``; the whole
    /// buffer if `nil`), and a wide character is never split by the clip's edge: the half
    /// that would fall inside becomes a space. The one change that can reach outside the
    /// clip: when the write covers one half of a wide character already in the buffer, the
    /// other half becomes a space, so that no half character is left behind.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, at point: Point, style: Style = .normal, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        var column = point.x
        let row = point.y
        let visibleRow = row >= area.minY && row < area.maxY && !area.isEmpty
        let safe = Sanitizer.sanitize(text, newlines: .placeholder)
        // Nearly every row is printable ASCII: one cell per byte, no width look-ups.
        if DisplayWidth.isPrintableASCII(safe) {
            let utf8 = safe.utf8
            if visibleRow, column < area.maxX {
                var x = column
                for b in utf8 {
                    if x >= area.maxX { break }
                    if x >= area.minX { setCell(Cell(Self.asciiGraphemes[Int(b)], style: style), x: x, y: row) }
                    x += 1
                }
            }
            return column + utf8.count
        }
        func place(width: Int, grapheme: () -> String) {
            if width == 0 { return }
            defer { column += width }
            guard visibleRow else { return }
            if column >= area.maxX { return }
            if column + width <= area.minX { return }
            if column < area.minX || column + width > area.maxX {
                // A wide character straddling the clip's edge: the half inside becomes a space.
                for x in max(column, area.minX)..<min(column + width, area.maxX) {
                    setCell(Cell(" ", style: style), x: x, y: row)
                }
                return
            }
            if width == 2 {
                setWide(grapheme(), style: style, x: column, y: row)
            } else {
                setCell(Cell(grapheme(), style: style), x: column, y: row)
            }
        }
        // Rows of ASCII with box lines, dashes and accents: each scalar is a cluster of its own,
        // so they are placed by scalars, without breaking the text into clusters.
        if DisplayWidth.isSimple(safe) {
            for scalar in safe.unicodeScalars { place(width: DisplayWidth.of(scalar)) { String(scalar) } }
        } else {
            for character in safe { place(width: DisplayWidth.of(character)) { String(character) } }
        }
        return column
    }

    /// Writes `text` at (`x`, `y`); see ``put(_:at:style:clip:)``.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, style: Style = .normal, clip: Rect? = nil) -> Int {
        put(text, at: Point(x: x, y: y), style: style, clip: clip)
    }

    /// Fills `rect` (clipped to ``bounds``) with `character` in `style`.
    ///
    /// A `character` that is not one cell wide (or is a control character) is replaced by a space.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cell = ScreenBuffer.singleWidth(Cell(String(character), style: style))
        for y in area.minY..<area.maxY {
            for x in area.minX..<area.maxX {
                setCell(cell, x: x, y: y)
            }
        }
    }

    /// Changes the style of the cells in `rect` (clipped to ``bounds``), keeping their text.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.minY..<area.maxY {
            for x in area.minX..<area.maxX {
                cells[y * size.width + x].style = style
            }
        }
        // A wide character whose right half is inside the rectangle but left half is not
        // would have two styles; give it one.
        for y in area.minY..<area.maxY {
            let left = y * size.width + area.minX
            if cells[left].isContinuation { cells[left].style = cells[left - 1].style }
            if area.maxX < size.width {
                let right = y * size.width + area.maxX
                if cells[right].isContinuation { cells[right].style = cells[right - 1].style }
            }
        }
    }

    /// Draws a single-line box around the edge of `rect` with an optional `title` in its top
    /// border, clipped to `clip` (``bounds`` if `nil`). A rectangle smaller than 2x2 gets no box.
    public mutating func drawBox(
        _ rect: Rect, style: Style = Style(.border), title: String? = nil, titleStyle: Style = Style(.title), clip: Rect? = nil
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let area = (clip ?? bounds).intersection(bounds)
        let horizontal = String(repeating: "─", count: rect.width - 2)
        put("┌" + horizontal + "┐", x: rect.minX, y: rect.minY, style: style, clip: area)
        put("└" + horizontal + "┘", x: rect.minX, y: rect.maxY - 1, style: style, clip: area)
        for y in (rect.minY + 1)..<(rect.maxY - 1) {
            put("│", x: rect.minX, y: y, style: style, clip: area)
            put("│", x: rect.maxX - 1, y: y, style: style, clip: area)
        }
        if let title, rect.width > 4 {
            let text = DisplayWidth.truncate(Sanitizer.sanitize(" " + title + " "), to: rect.width - 4)
            put(text, x: rect.minX + 2, y: rect.minY, style: titleStyle, clip: area.intersection(rect.inset(left: 2, right: 2)))
        }
    }

    // MARK: - Text form

    /// The buffer as text, one string per row, each exactly ``Size/width`` cells wide:
    /// the graphemes of the cells from left to right, with continuation cells contributing
    /// nothing (their wide character already counts two). Styles are not shown.
    public var lines: [String] {
        (0..<size.height).map(line)
    }

    /// The text of row `y` (see ``lines``).
    public func line(_ y: Int) -> String {
        var text = ""
        let start = y * size.width
        for cell in cells[start..<(start + size.width)] where !cell.isContinuation {
            text += cell.grapheme
        }
        return text
    }

    // MARK: - Diff

    /// A horizontal run of cells that changed: `cells` start at column `x` of row `y`.
    public struct Run: Hashable, Sendable {
        /// The row.
        public var y: Int
        /// The column of the first cell.
        public var x: Int
        /// The new cells, left to right (continuation cells included, so `x + cells.count`
        /// is the column after the run).
        public var cells: [Cell]
    }

    /// The runs of cells that differ between `old` and this buffer, row by row, left to right.
    ///
    /// A run never starts on a continuation cell and never ends between the halves of a
    /// wide character, in either buffer, so drawing only the runs' non-continuation cells
    /// turns `old` into this buffer. If the sizes differ, every row is one run.
    public func changes(from old: ScreenBuffer) -> [Run] {
        let width = size.width
        guard old.size == size else {
            return (0..<size.height).map { y in
                Run(y: y, x: 0, cells: Array(cells[(y * width)..<((y + 1) * width)]))
            }
        }
        var runs: [Run] = []
        for y in 0..<size.height {
            let rowStart = y * width
            var x = 0
            while x < width {
                if cells[rowStart + x] == old.cells[rowStart + x] {
                    x += 1
                    continue
                }
                var start = x
                while start > 0 && (cells[rowStart + start].isContinuation || old.cells[rowStart + start].isContinuation) {
                    start -= 1
                }
                var end = x + 1
                while end < width {
                    let differs = cells[rowStart + end] != old.cells[rowStart + end]
                    let continues = cells[rowStart + end].isContinuation || old.cells[rowStart + end].isContinuation
                    if !differs && !continues { break }
                    end += 1
                }
                if let last = runs.last, last.y == y, last.x + last.cells.count >= start {
                    // Overlaps or touches the previous run (possible after extending left).
                    start = last.x
                    runs.removeLast()
                }
                runs.append(Run(y: y, x: start, cells: Array(cells[(rowStart + start)..<(rowStart + end)])))
                x = end
            }
        }
        return runs
    }

    // MARK: - Cell writing that keeps the invariants

    private static func singleWidth(_ cell: Cell) -> Cell {
        if !cell.isContinuation, cell.grapheme.count == 1, DisplayWidth.of(cell.grapheme) == 1,
            Sanitizer.isSafe(cell.grapheme)
        {
            return cell
        }
        return Cell(" ", style: cell.style)
    }

    /// Writes a one-cell `cell` at (x, y), first breaking any wide character it overlaps.
    /// The one-character string of every ASCII byte, made once.
    private static let asciiGraphemes: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        breakWide(x: x, y: y)
        cells[y * size.width + x] = cell
    }

    /// Writes a two-cell grapheme at (x, y) and (x + 1, y); x + 1 must be inside.
    private mutating func setWide(_ grapheme: String, style: Style, x: Int, y: Int) {
        breakWide(x: x, y: y)
        breakWide(x: x + 1, y: y)
        cells[y * size.width + x] = Cell(grapheme, style: style)
        cells[y * size.width + x + 1] = .continuation(style: style)
    }

    /// If the cell at (x, y) is one half of a wide character, turns the other half into a space.
    private mutating func breakWide(x: Int, y: Int) {
        let index = y * size.width + x
        if cells[index].isContinuation {
            // Left half is at x - 1.
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
            cells[index] = Cell(" ", style: cells[index].style)
        } else if x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
    }
}
