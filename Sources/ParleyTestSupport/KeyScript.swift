import ParleyModel
import ParleyUI

/// Folds keys through the keymap and `update`, as the dashboard's loop does, so tests speak
/// in keys: `KeyScript.run("jj⏎", on: state)`.
public enum KeyScript {
    /// A fresh dashboard state on a corpus at a size, laid out as the loop's first frame is.
    public static func start(_ corpus: Corpus = Fixtures.seeds, size: Size) -> AppState {
        update(AppState(corpus: corpus, size: size), .resize(size))
    }

    /// Presses keys in order; keys without a meaning in the current mode are ignored. At the
    /// end the user pauses, so deferred work runs, as in the loop (`settle: false` to see the
    /// state before that).
    public static func press(_ keys: [Key], on state: AppState, keyMap: KeyMap = .standard, settle: Bool = true) -> AppState {
        var s = state
        for key in keys {
            if let action = keyMap.action(for: key, mode: s.mode) { s = update(s, action) }
        }
        if settle, s.needsSearch { s = update(s, .refreshSearch) }
        return s
    }

    /// Presses the keys a string spells (see ``Key/sequence(_:)``).
    public static func type(_ script: String, on state: AppState, settle: Bool = true) -> AppState {
        press(keys(script), on: state, settle: settle)
    }

    public static func keys(_ script: String) -> [Key] { Key.sequence(script) }
}
