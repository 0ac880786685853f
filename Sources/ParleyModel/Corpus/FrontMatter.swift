import Yams

/// YAML front matter at the top of an article: `---`, fields, `---` (or `...`).
public enum FrontMatter {
    /// Finds front matter at `start` (just after any BOM). Returns the YAML text, the line
    /// the YAML starts on, and the byte offset where the body starts; nil when there is none.
    public static func locate(in text: String, start: Int) -> (yaml: String, bodyStart: Int)? {
        let bytes = Array(text.utf8)
        var i = start
        guard bytes.count >= i + 3, bytes[i] == 0x2D, bytes[i + 1] == 0x2D, bytes[i + 2] == 0x2D else { return nil }
        i += 3
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        if i < bytes.count, bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count, bytes[i] == 0x0A else { return nil }
        let yamlStart = i + 1
        var lineStart = yamlStart
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var content = lineEnd
            while content > lineStart, bytes[content - 1] == 0x0D || bytes[content - 1] == 0x20 || bytes[content - 1] == 0x09 {
                content -= 1
            }
            let line = bytes[lineStart..<content]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let yaml = String(decoding: bytes[yamlStart..<lineStart], as: UTF8.self)
                return (yaml, Swift.min(lineEnd + 1, bytes.count))
            }
            if lineEnd >= bytes.count { break }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// Parses front matter fields; problems become warnings and the article still loads.
    public static func metadata(yaml: String, file: String) -> (DocumentMetadata, [LoadWarning]) {
        do {
            guard let node = try Catalog.compose(yaml) else { return (DocumentMetadata(), []) }
            return Catalog.metadata(from: node, file: file)
        } catch {
            let line = Catalog.yamlLine(of: error).map { $0 + 1 }
            return (
                DocumentMetadata(),
                [LoadWarning(file: file, line: line, message: "front matter is not valid YAML, ignored: \(Catalog.yamlMessage(error))")]
            )
        }
    }
}
