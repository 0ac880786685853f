import Foundation
import Yams

/// Article metadata read from YAML: a folder's `catalog.yaml` (file name -> fields) or one
/// file's front matter. Values are read as text, because YAML would turn an unquoted
/// `2017-05-03` into a timestamp but leave `2024-01` a string.
public enum Catalog {
    /// Reads `catalog.yaml`: a mapping from a path relative to the folder to its fields.
    /// Entries with problems are reported and the rest kept.
    public static func parse(_ yaml: String, file: String) -> (entries: [String: DocumentMetadata], warnings: [LoadWarning]) {
        var warnings: [LoadWarning] = []
        let root: Node?
        do {
            root = try compose(yaml)
        } catch {
            return ([:], [LoadWarning(file: file, line: yamlLine(of: error), message: "not valid YAML, ignored: \(yamlMessage(error))")])
        }
        guard let root else { return ([:], []) }
        guard let mapping = root.mapping else {
            return (
                [:],
                [LoadWarning(file: file, line: root.mark.map { $0.line }, message: "expected a mapping from file name to fields; ignored")]
            )
        }
        var entries: [String: DocumentMetadata] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            let (meta, w) = metadata(from: value, file: file)
            entries[name] = meta
            warnings += w
        }
        return (entries, warnings)
    }

    /// Reads the fields of one entry (or front matter): title, outlet, date, url.
    public static func metadata(from node: Node, file: String) -> (DocumentMetadata, [LoadWarning]) {
        var warnings: [LoadWarning] = []
        guard let mapping = node.mapping else {
            warnings.append(
                LoadWarning(file: file, line: node.mark.map { $0.line }, message: "expected fields (title, outlet, date, url); ignored"))
            return (DocumentMetadata(), warnings)
        }
        var meta = DocumentMetadata()
        for (key, value) in mapping {
            guard let field = key.string else { continue }
            let line = value.mark.map { $0.line }
            guard let text = value.scalar?.string else {
                warnings.append(LoadWarning(file: file, line: line, message: "field '\(field)' should be text; ignored"))
                continue
            }
            let trimmed = trimmingSpaces(text)
            switch field {
            case "title": meta.title = trimmed
            case "outlet": meta.outlet = trimmed
            case "url": meta.url = trimmed
            case "date":
                if let date = PartialDate(edtf: trimmed), date.year != nil {
                    meta.date = date
                } else {
                    warnings.append(
                        LoadWarning(file: file, line: line, message: "date '\(trimmed)' is not YYYY, YYYY-MM or YYYY-MM-DD; ignored"))
                }
            default:
                break  // Unknown fields are allowed: catalogs carry notes of their own.
            }
        }
        return (meta, warnings)
    }

    /// The YAML of a catalog, front matter or gazetteer as nodes.
    ///
    /// Every value is read as text, so no scalar needs its type resolved: the basic resolver
    /// leaves them all strings, where the default one runs up to seven regular expressions on
    /// each mapping key when Yams checks for duplicates (most of the time spent on front matter).
    /// The encoding is given because Yams's default reads the whole process environment per call.
    static func compose(_ yaml: String) throws -> Node? {
        try Yams.compose(yaml: yaml, .basic, .default, .utf8)
    }

    /// A field's text without the spaces and tabs around it (Foundation's
    /// `trimmingCharacters` bridges through NSString for each field).
    static func trimmingSpaces(_ text: String) -> String {
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    static func yamlLine(of error: Error) -> Int? {
        if let e = error as? YamlError {
            switch e {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return mark.line
            default: return nil
            }
        }
        return nil
    }

    static func yamlMessage(_ error: Error) -> String {
        if let e = error as? YamlError {
            switch e {
            case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
                return problem
            default: break
            }
        }
        return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
    }
}
