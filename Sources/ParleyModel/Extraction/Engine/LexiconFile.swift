import Yams

/// One lexicon resource file as written: named classes, each with its doc, its single words
/// or its word → value table, declared phrases, includes, declared overlaps and examples.
/// `Lexicons` compiles these through the tokenizer; the lint tests read them as written.
public struct LexiconFile: Sendable {
    /// A class before compiling.
    public struct RawClass: Sendable {
        public var name: String
        public var file: String
        public var line: Int
        public var doc: String
        /// The rule its examples are run by.
        public var rule: String?
        /// What its words name, where a finder shows that name ("Ministry of Foreign Affairs").
        public var canonical: String?
        public var words: [(text: String, line: Int)]
        public var phrases: [(text: String, line: Int)]
        /// Key → value, for tables.
        public var values: [(text: String, value: Int, line: Int)]
        public var include: [String]
        /// Other class → why the two share words.
        public var overlaps: [String: String]
        public var examples: [RuleExample]
        public var isTable: Bool { !values.isEmpty }
    }

    public let file: String
    public let classes: [RawClass]

    public enum Problem: Error, CustomStringConvertible {
        case invalid(ResourceLocation, String)
        public var description: String {
            switch self {
            case .invalid(let at, let message): return "\(at): \(message)"
            }
        }
    }

    /// Reads a file; any entry it cannot read is an error naming its line, since the built-in
    /// lexicon must load whole or not at all.
    public static func parse(_ yaml: String, file: String) throws -> LexiconFile {
        let root: Node?
        do {
            root = try Catalog.compose(yaml)
        } catch {
            throw Problem.invalid(
                ResourceLocation(file: file, line: Catalog.yamlLine(of: error) ?? 0), "not valid YAML: \(Catalog.yamlMessage(error))")
        }
        guard let mapping = root?.mapping else {
            throw Problem.invalid(ResourceLocation(file: file, line: 1), "expected a mapping from class name to class")
        }
        var classes: [RawClass] = []
        for (key, node) in mapping {
            guard let name = key.scalar?.string else { continue }
            let line = (key.mark?.line ?? 0)
            func at(_ n: Node) -> Int { n.mark?.line ?? line }
            guard let body = node.mapping else {
                throw Problem.invalid(
                    ResourceLocation(file: file, line: line), "class '\(name)' should be a mapping (doc, words or values, examples)")
            }
            let known: Set<String> = ["doc", "name", "rule", "words", "phrases", "values", "include", "overlaps", "accepts", "refuses"]
            for (k, _) in body {
                if let field = k.scalar?.string, !known.contains(field) {
                    throw Problem.invalid(ResourceLocation(file: file, line: at(k)), "class '\(name)': unknown field '\(field)'")
                }
            }
            guard let doc = body["doc"]?.scalar?.string, !doc.isEmpty else {
                throw Problem.invalid(ResourceLocation(file: file, line: line), "class '\(name)' needs a doc")
            }
            func strings(_ field: String) throws -> [(String, Int)] {
                guard let n = body[field] else { return [] }
                guard let seq = n.sequence else {
                    throw Problem.invalid(ResourceLocation(file: file, line: at(n)), "'\(field)' of '\(name)' should be a list")
                }
                return try seq.map { item in
                    guard let s = item.scalar?.string else {
                        throw Problem.invalid(
                            ResourceLocation(file: file, line: at(item)), "an entry of '\(field)' in '\(name)' should be text")
                    }
                    return (s, at(item))
                }
            }
            var values: [(String, Int, Int)] = []
            if let n = body["values"] {
                guard let m = n.mapping else {
                    throw Problem.invalid(ResourceLocation(file: file, line: at(n)), "'values' of '\(name)' should map words to numbers")
                }
                for (k, v) in m {
                    guard let word = k.scalar?.string,
                        let value = v.scalar.flatMap({ Int($0.string.replacingOccurrences(of: "+", with: "")) })
                    else {
                        throw Problem.invalid(
                            ResourceLocation(file: file, line: at(k)), "'values' of '\(name)' should map words to whole numbers")
                    }
                    values.append((word, value, at(k)))
                }
            }
            var overlaps: [String: String] = [:]
            if let n = body["overlaps"] {
                guard let m = n.mapping else {
                    throw Problem.invalid(
                        ResourceLocation(file: file, line: at(n)),
                        "'overlaps' of '\(name)' should map a class to the reason they share words")
                }
                for (k, v) in m { if let other = k.scalar?.string { overlaps[other] = v.scalar?.string ?? "" } }
            }
            let rule = body["rule"]?.scalar?.string
            var examples: [RuleExample] = []
            for (field, accepts) in [("accepts", true), ("refuses", false)] {
                guard let n = body[field] else { continue }
                guard let rule else {
                    throw Problem.invalid(ResourceLocation(file: file, line: at(n)), "'\(name)' has examples but names no rule to run them")
                }
                guard let seq = n.sequence else {
                    throw Problem.invalid(ResourceLocation(file: file, line: at(n)), "'\(field)' of '\(name)' should be a list")
                }
                for item in seq {
                    examples.append(try example(item, rule: rule, accepts: accepts, file: file, line: at(item)))
                }
            }
            classes.append(
                RawClass(
                    name: name, file: file, line: line, doc: doc, rule: rule, canonical: body["name"]?.scalar?.string,
                    words: try strings("words").map { (text: $0.0, line: $0.1) },
                    phrases: try strings("phrases").map { (text: $0.0, line: $0.1) },
                    values: values.map { (text: $0.0, value: $0.1, line: $0.2) },
                    include: try strings("include").map(\.0), overlaps: overlaps, examples: examples))
        }
        return LexiconFile(file: file, classes: classes)
    }

    /// An example: a marked text, or `{text, expect, tracks, date}`.
    static func example(_ node: Node, rule: String, accepts: Bool, file: String, line: Int) throws -> RuleExample {
        let origin = "\(file):\(line)"
        if let s = node.scalar?.string { return RuleExample(rule: rule, text: s, accepts: accepts, origin: origin) }
        guard let m = node.mapping, let text = m["text"]?.scalar?.string else {
            throw Problem.invalid(ResourceLocation(file: file, line: line), "an example should be a text or {text, expect, tracks, date}")
        }
        var expect: [String: String] = [:]
        for (k, v) in m["expect"]?.mapping ?? [:] {
            if let key = k.scalar?.string, let value = v.scalar?.string { expect[key] = value }
        }
        let tracks = m["tracks"]?.sequence?.compactMap { $0.scalar?.string } ?? []
        return RuleExample(
            rule: m["rule"]?.scalar?.string ?? rule, text: text, accepts: accepts, expect: expect, tracks: tracks,
            date: m["date"]?.scalar?.string, origin: origin)
    }
}
