import ParleyModel
import ParleyUI

/// A deterministic script of keys a reader might press: moving in every pane, opening rounds,
/// actors and passages, going back, pane searches and global searches typed letter by letter.
enum KeyScriptMix {
    static func make(count: Int, seed: UInt64) -> [Key] {
        var rng = SeededRandom(seed: seed)
        let moves: [Key] = [
            .character("j"), .character("j"), .character("k"), .down, .pageDown, .pageUp,
            .character("g"), .character("G"), .ctrl("d"), .ctrl("u"),
        ]
        let other: [Key] = [
            .tab, .backTab, .enter, .escape, .backspace, .character("]"), .character("n"),
            .character("N"), .character("o"), .character("t"), .character("1"), .character("2"), .character("3"),
        ]
        let words = ["astana", "round", "Lavrentiev", "ceasefire", "delegation", "Iran", "opposition", "geneva"]
        var keys: [Key] = []
        while keys.count < count {
            switch rng.below(100) {
            case 0..<55: keys.append(rng.pick(moves))
            case 55..<88: keys.append(rng.pick(other))
            case 88..<94:
                keys.append(.character("/"))
                for c in rng.pick(words).prefix(1 + rng.below(5)) { keys.append(.character(c)) }
                keys.append(rng.chance(50) ? .enter : .escape)
            default:
                keys.append(.character("s"))
                for c in rng.pick(words) { keys.append(.character(c)) }
                keys.append(.enter)
            }
        }
        return Array(keys.prefix(count))
    }
}
