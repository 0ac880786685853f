import Foundation
import ParleyTestSupport
import ParleyUI
import Testing

/// The README's key reference says what the keymap does, line for line.
struct KeyReferenceTests {
    @Test func readmeListsEveryBinding() throws {
        let readme = try String(
            contentsOf: Fixtures.seedsFolder.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        for b in KeyMap.standard.bindings + KeyMap.standard.promptBindings {
            // A table cell writes the key `|` as `\|`, which Markdown shows as |.
            let label = b.keyLabel.replacingOccurrences(of: "|", with: "\\|")
            #expect(readme.contains("| `\(label)` | \(b.help) |"), "README lacks: \(b.keyLabel) — \(b.help)")
        }
    }
}
