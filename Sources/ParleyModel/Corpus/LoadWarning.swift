/// Something wrong with one input file that did not stop the others from loading.
public struct LoadWarning: Hashable, Sendable, CustomStringConvertible {
    /// Path relative to the corpus folder (or the file name given).
    public var file: String
    /// Byte offset or line in the file, where it applies.
    public var byteOffset: Int?
    public var line: Int?
    public var message: String

    public init(file: String, byteOffset: Int? = nil, line: Int? = nil, message: String) {
        self.file = file
        self.byteOffset = byteOffset
        self.line = line
        self.message = message
    }

    /// "file.txt: byte 120: message", the form printed on stderr.
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let byteOffset { s += ": byte \(byteOffset)" }
        return s + ": " + message
    }
}
