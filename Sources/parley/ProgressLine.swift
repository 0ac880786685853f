import Foundation
import ParleyModel

/// A one-line progress report on stderr ("parley: Reading 3,200 of 10,000 articles… 13%"),
/// rewritten in place. It stays silent for the first moments so that quick loads do not flicker.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    func show(_ p: LoadProgress) {
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(start) > 0.3, now.timeIntervalSince(lastDraw) > 0.1 || p == .finished else { return }
            lastDraw = now
            drawn = true
            let percent = Int(p.fraction * 100)
            FileHandle.standardError.write(Data("\r\u{1B}[Kparley: \(p.label)… \(percent)%".utf8))
        }
    }

    /// Removes the line, so that what follows starts on a clean line.
    func clear() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
        }
    }
}
