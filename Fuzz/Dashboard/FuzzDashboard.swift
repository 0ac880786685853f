import ParleyModel
import ParleyUI

/// libFuzzer target: arbitrary bytes as a terminal size and a stream of keys (one byte per key,
/// `KeyBytes`: "/talks\r" searches), resizes, clicks and scrolls, folded through the keymap,
/// `update` and `render` on the built-in corpus. Each frame must be exactly the terminal's size
/// with every row exactly its width. Built by `scripts/fuzz`.
let corpus = try! Corpus.load(folder: BuiltInCorpus.locate())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDashboard(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size >= 2 else { return 0 }
    var state = update(
        AppState(corpus: corpus, size: Size(width: Int(data[0]) + 1, height: Int(data[1]) / 2 + 1)),
        .resize(Size(width: Int(data[0]) + 1, height: Int(data[1]) / 2 + 1)))
    var i = 2
    while i < size, !state.isFinished {
        let b = data[i]
        i += 1
        let action: Action?
        switch b {
        case 0xF0..<0xF8 where i + 1 < size:
            action = .resize(Size(width: Int(data[i]) % 300, height: Int(data[i + 1]) % 100))
            i += 2
        case 0xF8..<0xFC where i + 1 < size:
            action = .click(x: Int(data[i]), y: Int(data[i + 1]) % 100)
            i += 2
        case 0xFC...0xFF where i < size:
            action = .scroll(x: Int(data[i]), y: Int(b) % 40, lines: b % 2 == 0 ? 3 : -3)
            i += 1
        default:
            action = KeyBytes.key(b).flatMap { KeyMap.standard.action(for: $0, mode: state.mode) }
        }
        guard let action else { continue }
        state = update(state, action)
        if state.needsSearch, b % 3 == 0 { state = update(state, .refreshSearch) }
        let frame = render(state)
        precondition(frame.size == state.size)
        for y in 0..<frame.size.height { precondition(DisplayWidth.of(frame.line(y)) <= frame.size.width) }
    }
    return 0
}

// SwiftPM links executables with `--defsym main=FuzzDashboard_main` (so that tests can link them);
// libFuzzer's own main is then not used, so this entry hands control to its driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

@_cdecl("FuzzDashboard_main")
public func fuzzerEntry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var vector = argv
    return runFuzzerDriver(&count, &vector) { data, size in fuzzDashboard(data, size) }
}
