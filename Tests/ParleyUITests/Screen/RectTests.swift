import Testing

@testable import ParleyUI

@Suite struct RectTests {
    let rect = Rect(x: 2, y: 1, width: 10, height: 6)

    @Test func insets() {
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 2, width: 8, height: 4))
        #expect(rect.inset(top: 1, left: 2) == Rect(x: 4, y: 2, width: 8, height: 5))
        #expect(rect.inset(by: 10).isEmpty)
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).size == .zero)
    }

    @Test func splits() {
        let (left, right) = rect.splitLeft(4)
        #expect(left == Rect(x: 2, y: 1, width: 4, height: 6))
        #expect(right == Rect(x: 6, y: 1, width: 6, height: 6))
        #expect(rect.splitLeft(99).right.isEmpty)
        let (top, bottom) = rect.splitTop(2)
        #expect(top == Rect(x: 2, y: 1, width: 10, height: 2))
        #expect(bottom == Rect(x: 2, y: 3, width: 10, height: 4))
    }

    @Test func weightedSplits() {
        let columns = rect.splitHorizontally([1, 2])
        #expect(columns.map(\.width) == [4, 6])
        #expect(columns.map(\.x) == [2, 6])
        let rows = rect.splitVertically([1, 1, 1, 1])
        #expect(rows.map(\.height) == [2, 2, 1, 1])
        #expect(rows.map(\.y) == [1, 3, 5, 6])
        #expect(rect.splitHorizontally([0, 0]).map(\.width) == [5, 5])
        for total in 0..<20 {
            let parts = Rect(x: 0, y: 0, width: total, height: 1).splitHorizontally([3, 1, 2])
            #expect(parts.map(\.width).reduce(0, +) == total)
        }
    }

    @Test func intersectionAndContains() {
        let other = Rect(x: 8, y: 5, width: 10, height: 10)
        #expect(rect.intersection(other) == Rect(x: 8, y: 5, width: 4, height: 2))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(rect.contains(x: 2, y: 1))
        #expect(!rect.contains(x: 12, y: 1))
        #expect(!Rect(x: 0, y: 0, width: -3, height: 2).contains(x: 0, y: 0))
    }
}
