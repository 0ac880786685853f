import ParleyModel
import Testing

@testable import ParleyUI

struct ViewerPaneTests {
    /// The last cells of a concordance row's left context: text whose every scalar stands alone
    /// is cut by scalars, and must give what cutting by clusters gives.
    @Test func theTailOfSimpleTextIsTheTailByClusters() {
        let alphabet: [String] = ["a", " ", "│", "…", "◽", "é", "—", "“", "’", "→", "␛"]
        var rng = SeededRandom(seed: 17)
        for _ in 0..<2_000 {
            let text = (0..<rng.below(16)).map { _ in rng.pick(alphabet) }.joined()
            let width = rng.below(12)
            var reference: [Character] = []
            var used = 0
            for ch in text.reversed() {
                let w = DisplayWidth.of(ch)
                if used + w > width { break }
                reference.append(ch)
                used += w
            }
            #expect(ViewerPane.tail(text, width: width) == String(reference.reversed()), "\(text.debugDescription) in \(width)")
        }
    }
}
