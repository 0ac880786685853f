/// Text with spans marked in place, so tests say where things are instead of counting bytes:
/// `"met ⟦Staffan de Mistura⟧ in Astana"` gives the text without the markers and the byte
/// range of each marked stretch, as swift-format's marked-text tests do.
public struct MarkedText: Sendable {
    public let text: String
    /// UTF-8 byte ranges into `text`, in the order their markers open.
    public let ranges: [Range<Int>]

    public static let open: Character = "⟦"
    public static let close: Character = "⟧"

    public init(_ marked: String) {
        var text = ""
        var ranges: [Range<Int>] = []
        var openStack: [(index: Int, start: Int)] = []
        var offset = 0
        for ch in marked {
            if ch == Self.open {
                openStack.append((ranges.count, offset))
                ranges.append(offset..<offset)
            } else if ch == Self.close {
                let (index, start) = openStack.removeLast()
                ranges[index] = start..<offset
            } else {
                text.append(ch)
                offset += String(ch).utf8.count
            }
        }
        precondition(openStack.isEmpty, "unclosed ⟦ in marked text")
        self.text = text
        self.ranges = ranges
    }

    /// The text of each marked range.
    public var marked: [String] {
        ranges.map { r in String(decoding: Array(text.utf8)[r], as: UTF8.self) }
    }
}
