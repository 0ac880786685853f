/// A rectangle of cells: the top-left corner at (`x`, `y`), `width` columns and `height` rows.
///
/// Widths and heights are never negative; operations that would shrink a rectangle past
/// nothing give an empty one. "Horizontally" means along the x axis: a horizontal split
/// gives rectangles side by side.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    /// Column of the left edge.
    public var x: Int
    /// Row of the top edge.
    public var y: Int
    /// Number of columns.
    public var width: Int
    /// Number of rows.
    public var height: Int

    /// A rectangle; negative sizes count as 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the origin with the given size.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// The first column inside.
    public var minX: Int { x }
    /// The first row inside.
    public var minY: Int { y }
    /// The first column to the right, outside.
    public var maxX: Int { x + width }
    /// The first row below, outside.
    public var maxY: Int { y + height }
    /// The size.
    public var size: Size { Size(width: width, height: height) }
    /// Whether the rectangle holds no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether the cell at (`x`, `y`) is inside.
    public func contains(x: Int, y: Int) -> Bool {
        x >= minX && x < maxX && y >= minY && y < maxY
    }

    /// Whether `point` is inside.
    public func contains(_ point: Point) -> Bool {
        contains(x: point.x, y: point.y)
    }

    /// The cells inside both rectangles (empty, positioned at the clamped corner, if none).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(minX, other.minX)
        let top = max(minY, other.minY)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The rectangle shrunk by `amount` cells on every side.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk by the given number of cells on each side (never below empty).
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let newWidth = max(0, width - left - right)
        let newHeight = max(0, height - top - bottom)
        return Rect(x: x + min(left, width), y: y + min(top, height), width: newWidth, height: newHeight)
    }

    /// Splits off `width` columns on the left (clamped to the rectangle); the right part gets the rest.
    public func splitLeft(_ width: Int) -> (left: Rect, right: Rect) {
        let w = min(max(0, width), self.width)
        return (
            Rect(x: x, y: y, width: w, height: height),
            Rect(x: x + w, y: y, width: self.width - w, height: height)
        )
    }

    /// Splits off `height` rows at the top (clamped to the rectangle); the bottom part gets the rest.
    public func splitTop(_ height: Int) -> (top: Rect, bottom: Rect) {
        let h = min(max(0, height), self.height)
        return (
            Rect(x: x, y: y, width: width, height: h),
            Rect(x: x, y: y + h, width: width, height: self.height - h)
        )
    }

    /// Splits into columns side by side whose widths are proportional to `weights`.
    ///
    /// The widths always add up to `width`; cells left over by rounding go to the first
    /// columns. Negative weights count as 0; if all weights are 0 the columns share equally.
    public func splitHorizontally(_ weights: [Int]) -> [Rect] {
        var left = x
        return Rect.distribute(width, weights).map { w in
            defer { left += w }
            return Rect(x: left, y: y, width: w, height: height)
        }
    }

    /// Splits into rows stacked top to bottom whose heights are proportional to `weights`,
    /// in the same way as ``splitHorizontally(_:)``.
    public func splitVertically(_ weights: [Int]) -> [Rect] {
        var top = y
        return Rect.distribute(height, weights).map { h in
            defer { top += h }
            return Rect(x: x, y: top, width: width, height: h)
        }
    }

    public var description: String { "(\(x),\(y) \(width)x\(height))" }

    private static func distribute(_ total: Int, _ weights: [Int]) -> [Int] {
        guard !weights.isEmpty else { return [] }
        var clean = weights.map { max(0, $0) }
        if clean.allSatisfy({ $0 == 0 }) { clean = Array(repeating: 1, count: weights.count) }
        let sum = clean.reduce(0, +)
        var parts = clean.map { total * $0 / sum }
        var remainder = total - parts.reduce(0, +)
        var index = 0
        while remainder > 0 {
            if clean[index] > 0 {
                parts[index] += 1
                remainder -= 1
            }
            index = (index + 1) % parts.count
        }
        return parts
    }
}
