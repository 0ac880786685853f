import Testing

@testable import ParleyModel

struct TopKTests {
    @Test func selectsTheBestInOrderWithTiesBrokenByTheComparison() {
        var rng = SeededRandom(seed: 9)
        for _ in 0..<50 {
            let values = (0..<(1 + rng.below(300))).map { _ in rng.below(50) }
            let limit = 1 + rng.below(40)
            let better: (Int, Int) -> Bool = { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
            let expected = Array(values.indices.sorted(by: better).prefix(limit))
            #expect(TopK.select(count: values.count, limit: limit, by: better) == expected)
        }
        #expect(TopK.select(count: 0, limit: 5) { $0 < $1 }.isEmpty)
        #expect(TopK.select(count: 5, limit: 0) { $0 < $1 }.isEmpty)
    }
}
