import ArgumentParser
import Foundation
import ParleyModel
import ParleyUI

/// `parley-bench key-probe DIR SCRIPT`: loads one corpus and prints how long each key of a
/// script takes through update and render at 200×60, the median over 11 runs from a fresh
/// state (so caches start cold each time, as for a reader pressing them once). For working on
/// the slowest keys the benchmark lists: `key-probe DIR "2⏎3/o"` opens the most-mentioned
/// actor's concordance and searches it.
struct KeyProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "key-probe", shouldDisplay: false)

    @Argument var folder: String
    @Argument(help: "Keys, one a character; ⏎ Enter, ⎋ Esc, ⇥ Tab, ⇤ Shift-Tab.") var script: String

    func run() throws {
        let corpus = try Corpus.load(folder: URL(fileURLWithPath: folder))
        let size = Size(width: 200, height: 60)
        let keys = Key.sequence(script)
        var times = Array(repeating: [Double](), count: keys.count)
        var last = ""
        for _ in 0..<11 {
            var state = update(AppState(corpus: corpus, size: size), .resize(size))
            _ = render(state)
            for (i, key) in keys.enumerated() {
                times[i].append(
                    Timings.time {
                        if let action = KeyMap.standard.action(for: key, mode: state.mode) { state = update(state, action) }
                        if state.needsSearch { state = update(state, .refreshSearch) }
                        _ = render(state)
                    }.1)
            }
            last =
                "\(state.focus) pane, viewer: \(ViewerPane.model(state, width: 100).title)\(state.search.map { ", \($0.matches.count) matches" } ?? "")"
        }
        for (key, t) in zip(keys, times) {
            print(String(format: "%-10@ %8.2f ms", key.description as NSString, Timings(t).median * 1000))
        }
        print("ends in: \(last)")
    }
}
