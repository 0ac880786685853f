/// A pane's rows: some built up front, the rest made on demand. A concordance of thirty
/// thousand mentions then costs only the rows on screen, so moving through the actor list,
/// which previews each actor, stays quick however often an actor is named.
public struct PaneLines: RandomAccessCollection, Sendable {
    private let built: [PaneLine]
    private let lazyCount: Int
    private let make: (@Sendable (Int) -> PaneLine)?

    /// Rows built already.
    public init(_ lines: [PaneLine]) {
        built = lines
        lazyCount = 0
        make = nil
    }

    /// `built` rows, then `count` rows made by `make(0..<count)` when they are read.
    public init(_ built: [PaneLine], then count: Int, make: @escaping @Sendable (Int) -> PaneLine) {
        self.built = built
        lazyCount = count
        self.make = make
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { built.count + lazyCount }

    public subscript(i: Int) -> PaneLine {
        i < built.count ? built[i] : make!(i - built.count)
    }
}
