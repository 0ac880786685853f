import ParleyModel
import ParleyUI

/// Runs the dashboard in the terminal: read a key, map it to an action, `update`, `render`,
/// draw what changed — until the user quits. The terminal is restored on every way out.
public enum Dashboard {
    public static func run(corpus: Corpus, keyMap: KeyMap = .standard, options: Terminal.Options = Terminal.Options()) throws {
        let terminal = try Terminal(options: options)
        defer { terminal.restore() }
        var state = update(AppState(corpus: corpus, size: terminal.size), .resize(terminal.size))
        terminal.draw(render(state))
        while !state.isFinished {
            guard let key = terminal.readKey() else { continue }
            let action: Action?
            if key == .resize {
                action = .resize(terminal.size)
            } else {
                action = keyMap.action(for: key, mode: state.mode)
            }
            guard let action else { continue }
            state = update(state, action)
            terminal.draw(render(state))
        }
    }
}
