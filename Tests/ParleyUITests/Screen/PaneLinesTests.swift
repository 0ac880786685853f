import ParleyModel
import Testing

@testable import ParleyUI

struct PaneLinesTests {
    @Test func builtAndLazySegmentsReadAsOneList() {
        var lines = PaneLines([PaneLine("a"), PaneLine("b")])
        lines.append(count: 3) { PaneLine("lazy \($0)") }
        lines.append(PaneLine("c"))
        lines.append(count: 0) { _ in PaneLine("never") }
        lines.append(count: 1) { _ in PaneLine("last") }
        #expect(lines.map(\.text) == ["a", "b", "lazy 0", "lazy 1", "lazy 2", "c", "last"])
        #expect(lines.count == 7)
        #expect(PaneLines().isEmpty)
    }

    @Test func lazyRowsAreMadeOnlyWhenRead() {
        final class Count: @unchecked Sendable { var n = 0 }
        let made = Count()
        let lines = PaneLines([], then: 100_000) { i in
            made.n += 1
            return PaneLine("\(i)")
        }
        #expect(lines[99_999].text == "99999")
        #expect(made.n == 1)
    }

    @Test func aRowMadeOnceIsKept() {
        final class Count: @unchecked Sendable { var n = 0 }
        let made = Count()
        let lines = PaneLines([], then: 10) { i in
            made.n += 1
            return PaneLine("\(i)")
        }
        let copy = lines
        #expect(lines[3].text == "3" && lines[3].text == "3" && copy[3].text == "3")
        #expect(made.n == 1)
    }

    @Test func allTextsMadeOnAllCoresAreTheRowsInOrder() {
        var lines = PaneLines([PaneLine("head")], then: 5_000) { PaneLine("row \($0) " + String(repeating: "│", count: $0 % 7)) }
        lines.append(PaneLine("middle"))
        lines.append(count: 3) { PaneLine("tail \($0)") }
        #expect(lines.texts() == lines.map(\.text))
        #expect(lines.texts().count == 5_005)
    }
}

struct LoadingViewTests {
    @Test func showsWhatIsDoneAndABar() {
        let screen = LoadingView.render(
            .reading(done: 2_500, total: 10_000), folder: "/data/\u{1B}]0;x\u{07}news", size: Size(width: 80, height: 12))
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("Reading 2,500 of 10,000 articles"))
        #expect(text.contains("█"))
        #expect(!text.contains("\u{1B}"))
        #expect(LoadingView.render(.finished, folder: "x", size: Size(width: 0, height: 0)).lines.isEmpty)
        #expect(LoadProgress.analysing(.actors).fraction > LoadProgress.reading(done: 9, total: 10).fraction)
    }
}
