/// Where an entry of a resource file stands: "rounds.yaml:12". Lint messages and load errors
/// name it, so a newcomer is sent to the line to change.
public struct ResourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
