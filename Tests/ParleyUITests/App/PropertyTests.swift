import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// Random keys at random sizes: whatever happens, the invariants hold and nothing crashes.
struct PropertyTests {
    static let keys: [Key] =
        KeyMap.standard.bindings.flatMap(\.keys) + [
            .character("a"), .character("x"), .character("M"), .character("é"), .character("北"), .backspace, .enter,
            .escape, .delete, .function(5), .ctrl("c"), .unknown(999),
            .mouse(MouseEvent(.click, x: 10, y: 5)), .mouse(MouseEvent(.wheelDown, x: 50, y: 10)),
            .mouse(MouseEvent(.wheelUp, x: 100, y: 3)),
        ]

    @Test func tenThousandRandomKeysKeepTheInvariants() {
        var rng = SplitMix64(seed: 0x5EED_CAFE)
        var size = Size(width: 120, height: 40)
        var state = KeyScript.start(size: size)
        var quits = 0
        for step in 0..<10_000 {
            if step % 40 == 0 {
                size = Size(width: Int.random(in: 1...300, using: &rng), height: Int.random(in: 1...100, using: &rng))
                state = update(state, .resize(size))
            }
            let key = Self.keys.randomElement(using: &rng)!
            if let action = KeyMap.standard.action(for: key, mode: state.mode) { state = update(state, action) }
            if state.isFinished {
                quits += 1
                state = update(KeyScript.start(size: size), .resize(size))
            }
            // Stop at the first broken invariant: one clear report beats ten thousand.
            guard check(state, step: step) else { break }
        }
        #expect(quits > 0)
    }

    /// Checks the invariants; records an issue and returns false at the first one broken.
    func check(_ s: AppState, step: Int) -> Bool {
        func fail(_ what: String) -> Bool {
            Issue.record("step \(step) at \(s.size): \(what)")
            return false
        }
        let entries = s.corpus.timeline.entries.count
        guard s.panes.timeline.cursor >= 0, s.panes.timeline.cursor < entries || entries == 0 else {
            return fail("timeline cursor \(s.panes.timeline.cursor)")
        }
        guard s.panes.actors.cursor >= 0, s.panes.actors.cursor < s.actorRows.count || s.actorRows.isEmpty else {
            return fail("actor cursor \(s.panes.actors.cursor)")
        }
        let model = ViewerPane.model(s, width: s.contentRect(.viewer).width)
        if model.isList, !(0..<model.targets.count).contains(s.panes.viewer.cursor) {
            return fail("viewer cursor \(s.panes.viewer.cursor)")
        }
        guard s.panes.viewer.scroll >= 0, s.panes.timeline.scroll >= 0, s.panes.actors.scroll >= 0 else { return fail("negative scroll") }
        let buffer = render(s)
        guard buffer.lines.count == s.size.height else { return fail("\(buffer.lines.count) lines") }
        if let line = buffer.lines.first(where: { DisplayWidth.of($0) != s.size.width }) {
            return fail("a line is \(DisplayWidth.of(line)) cells wide: \(line)")
        }
        let layout = Layout(size: s.size, focus: s.focus)
        if layout.kind != .tooSmall, layout.panes[s.focus] == nil { return fail("focused pane hidden") }
        return true
    }
}
