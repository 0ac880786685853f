import Foundation
import ParleyUI
import Testing

/// Compares a rendered screen with a text file kept beside the tests (`__Snapshots__/NAME.txt`).
/// Run with `PARLEY_RECORD_SNAPSHOTS=1` to write the files anew; a run that records (or finds
/// a snapshot missing) fails, so recording never passes silently.
public enum Snapshot {
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["PARLEY_RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
    }

    public static func text(of buffer: ScreenBuffer) -> String {
        buffer.lines.joined(separator: "\n") + "\n"
    }

    public static func check(
        _ buffer: ScreenBuffer, named name: String, testFile: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = text(of: buffer)
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if isRecording || expected == nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record(
                "recorded snapshot \(name) (\(expected == nil ? "was missing" : "re-recorded")); run again without PARLEY_RECORD_SNAPSHOTS",
                sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected!.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let got = first < a.count ? String(a[first]) : "(none)"
            let want = first < e.count ? String(e[first]) : "(none)"
            Issue.record(
                "snapshot \(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
        }
    }
}
