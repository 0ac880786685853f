import ParleyModel
import ParleyTestSupport
import ParleyUI
import Testing

/// Rendered screens compared with text files in `__Snapshots__` (re-record with
/// `PARLEY_RECORD_SNAPSHOTS=1`; a recording run fails).
struct SnapshotTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 60, height: 20)]
    static let scenes: [(String, String)] = [
        ("start", ""),
        ("round-selected", "jj⏎"),
        ("concordance", "2/Mistura⏎⎋⏎"),
        ("passage", "2/Mistura⏎⎋⏎⏎"),
        ("search", "2/syria"),
        ("help", "?"),
    ]

    @Test(arguments: sizes)
    func scenes(at size: Size) {
        for (name, keys) in Self.scenes {
            let state = KeyScript.type(keys, on: KeyScript.start(size: size))
            Snapshot.check(render(state), named: "\(name)-\(size.width)x\(size.height)")
        }
    }

    @Test func tooSmall() {
        Snapshot.check(render(KeyScript.start(size: Size(width: 39, height: 12))), named: "too-small-39x12")
        Snapshot.check(render(KeyScript.start(size: Size(width: 60, height: 9))), named: "too-small-60x9")
    }
}
