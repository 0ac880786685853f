/// One line of the keymap: keys, the action they trigger, and its help text.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// Heading the help overlay groups it under.
    public var section: String

    public init(_ keys: [Key], _ action: Action, _ help: String, section: String) {
        self.keys = keys
        self.action = action
        self.help = help
        self.section = section
    }

    /// "j ↓", "Ctrl-D", for the help overlay.
    public var keyLabel: String {
        keys.map { key -> String in
            switch key {
            case .up: return "↑"
            case .down: return "↓"
            case .left: return "←"
            case .right: return "→"
            default: return key.description
            }
        }.joined(separator: " ")
    }
}
