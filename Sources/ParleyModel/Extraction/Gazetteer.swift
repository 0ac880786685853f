import Foundation
import Yams

/// Known actors in layers: the built-in world layer (states, international organisations)
/// under a corpus layer (`actors.yaml`: the people and groups of one process).
public struct Gazetteer: Sendable {
    public private(set) var entries: [GazetteerEntry]

    public init(entries: [GazetteerEntry] = []) { self.entries = entries }

    public enum LoadError: Error, CustomStringConvertible {
        case invalid(file: String, line: Int?, message: String)
        public var description: String {
            switch self {
            case .invalid(let file, let line, let message):
                return "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
            }
        }
    }

    /// The fields an entry may have.
    static let fields: Set<String> = [
        "name", "type", "aliases", "demonyms", "capital", "capital-names", "metonyms", "affiliation", "side", "outlet",
    ]

    /// The world layer shipped with the library.
    public static func world() -> Gazetteer {
        guard let url = Bundle.module.url(forResource: "world-actors", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8),
            let (gazetteer, _) = try? parse(text, file: "world-actors.yaml", layer: .world)
        else { return Gazetteer() }
        return gazetteer
    }

    /// Reads a gazetteer file: `actors:` followed by a list of entries. Entries with problems
    /// are skipped and reported; a file that is not YAML at all throws.
    public static func parse(_ yaml: String, file: String, layer: GazetteerEntry.Layer) throws -> (Gazetteer, [LoadWarning]) {
        let root: Node?
        do {
            root = try Catalog.compose(yaml)
        } catch {
            throw LoadError.invalid(file: file, line: Catalog.yamlLine(of: error), message: "not valid YAML: \(Catalog.yamlMessage(error))")
        }
        guard let root else { return (Gazetteer(), []) }
        let list: Node.Sequence
        if let seq = root.mapping?["actors"]?.sequence {
            list = seq
        } else if let seq = root.sequence {
            list = seq
        } else {
            throw LoadError.invalid(file: file, line: root.mark?.line, message: "expected `actors:` followed by a list of actors")
        }
        var entries: [GazetteerEntry] = []
        var warnings: [LoadWarning] = []
        for node in list {
            let line = node.mark?.line
            guard let map = node.mapping else {
                warnings.append(LoadWarning(file: file, line: line, message: "an actor should be a mapping with name and type; skipped"))
                continue
            }
            func text(_ key: String) -> String? {
                map[key]?.scalar.map { Catalog.trimmingSpaces($0.string) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            func list(_ key: String) -> [String] {
                guard let n = map[key] else { return [] }
                if let seq = n.sequence { return seq.compactMap { $0.scalar?.string }.filter { !$0.isEmpty } }
                if let s = n.scalar?.string, !s.isEmpty { return [s] }
                return []
            }
            guard let name = text("name") else {
                warnings.append(LoadWarning(file: file, line: line, message: "an actor has no name; skipped"))
                continue
            }
            guard let typeName = text("type"), let type = ActorType(name: typeName) else {
                warnings.append(
                    LoadWarning(
                        file: file, line: line, message: "actor '\(name)' needs a type (person, state, organisation or group); skipped"))
                continue
            }
            for (k, _) in map {
                guard let field = k.scalar?.string, !Self.fields.contains(field) else { continue }
                let why = field == "titles" ? " (a person's roles are read from the text)" : ""
                warnings.append(
                    LoadWarning(
                        file: file, line: k.mark?.line ?? line,
                        message: "actor '\(name)': unknown field '\(field)'\(why); ignored"))
            }
            var side: ActorSide?
            if let s = text("side") {
                side = ActorSide(rawValue: s.lowercased())
                if side == nil {
                    warnings.append(
                        LoadWarning(
                            file: file, line: map["side"]?.mark?.line ?? line,
                            message: "actor '\(name)': side '\(s)' is not one of \(ActorSide.listed); ignored"))
                }
            }
            entries.append(
                GazetteerEntry(
                    name: name, type: type, aliases: list("aliases"), demonyms: list("demonyms"), capital: text("capital"),
                    capitalNames: list("capital-names"),
                    metonyms: list("metonyms"), affiliation: text("affiliation"), side: side,
                    isOutlet: ["true", "yes"].contains(text("outlet")?.lowercased() ?? ""), layer: layer))
        }
        var gazetteer = Gazetteer(entries: entries)
        warnings += gazetteer.checkAliases(file: file)
        return (gazetteer, warnings)
    }

    /// Reports an alias that two entries of this gazetteer claim, and keeps it for the first.
    mutating func checkAliases(file: String) -> [LoadWarning] {
        var owner: [String: Int] = [:]
        var warnings: [LoadWarning] = []
        for i in entries.indices {
            var kept: [String] = []
            for alias in entries[i].aliases {
                let key = TextFolding.key(alias)
                if let j = owner[key], j != i {
                    warnings.append(
                        LoadWarning(
                            file: file,
                            message:
                                "alias '\(alias)' names both '\(entries[j].name)' and '\(entries[i].name)'; kept for '\(entries[j].name)'"))
                    continue
                }
                owner[key] = i
                kept.append(alias)
            }
            entries[i].aliases = kept
            owner[TextFolding.key(entries[i].name)] = owner[TextFolding.key(entries[i].name)] ?? i
        }
        return warnings
    }

    /// This gazetteer laid over `lower`: an entry with the same name replaces the lower one.
    public func layered(over lower: Gazetteer) -> Gazetteer {
        let mine = Set(entries.map { TextFolding.key($0.name) })
        return Gazetteer(entries: lower.entries.filter { !mine.contains(TextFolding.key($0.name)) } + entries)
    }
}
