import Foundation
import Yams

/// When two spellings name one person, by `Resources/normalise/en/person-names.yaml`: both names
/// are split into words without particles and respelt by its `spellings`; they are one person
/// when the surnames then agree and the given names agree or share a class of `given-names`.
/// A table, not a distance, so near names of two people stay apart.
///
/// Same: "Alexander Lavrentiev" / "Alexandr Lavrentyev" (y → i; one given-name class).
/// Different: "Karim Haddad" / "Karima Haddad" (no rule joins Karim and Karima).
public struct NameVariants: Sendable {
    /// One rewrite: `from` → `to`, anywhere in a word, or only at its start or end, optionally
    /// only before a given text.
    public struct Spelling: Sendable, Hashable {
        public enum Place: String, Sendable { case anywhere, start, end }
        public var from: String
        public var to: String
        public var place: Place
        public var before: String?
    }

    public let spellings: [Spelling]
    /// Respelt given name → its class number.
    private let givenClass: [String: Int]
    /// The examples: pairs that are one person, pairs that are two.
    public let same: [[String]]
    public let different: [[String]]
    private let particles: WordSet

    public static let builtIn: NameVariants = {
        do {
            guard
                let url = Bundle.module.url(forResource: "normalise", withExtension: nil)?
                    .appendingPathComponent("en/person-names.yaml")
            else { throw Lexicons.Problem(message: "person-names.yaml is missing") }
            return try NameVariants(yaml: String(contentsOf: url, encoding: .utf8), file: "person-names.yaml", lexicons: .builtIn)
        } catch {
            fatalError("the built-in name variants do not load: \(error)")
        }
    }()

    public init(yaml: String, file: String, lexicons: Lexicons) throws {
        particles = lexicons.nameParticles.words
        guard let root = try Catalog.compose(yaml)?.mapping else {
            throw Lexicons.Problem(location: ResourceLocation(file: file, line: 1), message: "expected spellings, given-names and examples")
        }
        var spellings: [Spelling] = []
        for node in root["spellings"]?.mapping?["rules"]?.sequence ?? [] {
            let at = ResourceLocation(file: file, line: node.mark?.line ?? 0)
            guard let m = node.mapping, let from = m["from"]?.scalar?.string, let to = m["to"]?.scalar?.string, !from.isEmpty else {
                throw Lexicons.Problem(location: at, message: "a spelling needs from and to")
            }
            let placeName = m["at"]?.scalar?.string ?? "anywhere"
            guard let place = Spelling.Place(rawValue: placeName) else {
                throw Lexicons.Problem(location: at, message: "'at' should be start, end or anywhere")
            }
            spellings.append(Spelling(from: from, to: to, place: place, before: m["before"]?.scalar?.string))
        }
        self.spellings = spellings
        var givenClass: [String: Int] = [:]
        for (k, node) in (root["given-names"]?.mapping?["classes"]?.sequence ?? []).enumerated() {
            for name in node.sequence ?? [] {
                guard let text = name.scalar?.string else { continue }
                let key = Self.respell(TextFolding.fold(text), spellings)
                if let other = givenClass[key], other != k {
                    throw Lexicons.Problem(
                        location: ResourceLocation(file: file, line: name.mark?.line ?? 0),
                        message: "'\(text)' is in two classes of given names")
                }
                givenClass[key] = k
            }
        }
        self.givenClass = givenClass
        func pairs(_ key: String) -> [[String]] {
            (root["examples"]?.mapping?[key]?.sequence ?? []).map { $0.sequence?.compactMap { $0.scalar?.string } ?? [] }
        }
        same = pairs("same")
        different = pairs("different")
    }

    /// Folded name words without particles or punctuation: the identity of a spelling.
    public func words(_ name: String) -> [String] {
        Tokenizer.tokenize(name).compactMap { $0.kind == .punct || particles.contains($0.word) ? nil : $0.folded }
    }

    /// A word as every spelling rule rewrites it.
    public func respelt(_ word: String) -> String { Self.respell(word, spellings) }

    static func respell(_ word: String, _ spellings: [Spelling]) -> String {
        var w = word
        for s in spellings {
            switch s.place {
            case .anywhere:
                if let before = s.before {
                    w = w.replacingOccurrences(of: s.from + before, with: s.to + before)
                } else {
                    w = w.replacingOccurrences(of: s.from, with: s.to)
                }
            case .start:
                if w.hasPrefix(s.from + (s.before ?? "")) { w = s.to + w.dropFirst(s.from.count) }
            case .end:
                if w.hasSuffix(s.from) { w = w.dropLast(s.from.count) + s.to }
            }
        }
        return w
    }

    /// Whether two names (already split into `words`) are one person's.
    public func areVariants(_ wa: [String], _ wb: [String]) -> Bool {
        guard wa.count >= 2, wb.count >= 2 else { return false }
        guard respelt(wa.last!) == respelt(wb.last!) else { return false }
        let fa = respelt(wa[0])
        let fb = respelt(wb[0])
        if fa == fb { return true }
        guard let ca = givenClass[fa], let cb = givenClass[fb] else { return false }
        return ca == cb
    }

    public func areVariants(_ a: String, _ b: String) -> Bool { areVariants(words(a), words(b)) }

    /// The key two variants share: the respelt surname ("lavrentiev" for Lavrentyev).
    public func surnameKey(_ words: [String]) -> String { words.last.map(respelt) ?? "" }
}
