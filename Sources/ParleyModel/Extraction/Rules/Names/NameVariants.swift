import Foundation
import Yams

/// When two spellings name one person, by `Resources/normalise/en/person-names.yaml`: both names
/// are split into words without particles and respelt by its `spellings`; they are one person
/// when the surnames then agree and the given names agree or share a class of `given-names`.
/// A table, not a distance, so near names of two people stay apart. Letters of another script
/// that look Latin (`homoglyphs`) are read as Latin inside a Latin word, and one unreadable
/// letter (U+FFFD, a bad encoding's mark) may stand for any one letter where the rest agrees.
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
    /// Look-alike letters of other scripts → the Latin letter.
    private let homoglyphs: [Character: Character]
    /// Respelt given name → its class number.
    private let givenClass: [String: Int]
    /// Each class of `given-names` as written, for the spellings a text may use.
    private let givenClasses: [[String]]
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
        var homoglyphs: [Character: Character] = [:]
        for (k, v) in root["homoglyphs"]?.mapping?["letters"]?.mapping ?? [:] {
            guard let from = k.scalar?.string, let to = v.scalar?.string, from.count == 1, to.count == 1 else {
                throw Lexicons.Problem(
                    location: ResourceLocation(file: file, line: k.mark?.line ?? 0), message: "a homoglyph is one letter for one letter")
            }
            homoglyphs[Character(from)] = Character(to)
        }
        self.homoglyphs = homoglyphs
        var givenClass: [String: Int] = [:]
        var givenClasses: [[String]] = []
        for (k, node) in (root["given-names"]?.mapping?["classes"]?.sequence ?? []).enumerated() {
            givenClasses.append((node.sequence ?? []).compactMap { $0.scalar?.string })
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
        self.givenClasses = givenClasses
        func pairs(_ key: String) -> [[String]] {
            (root["examples"]?.mapping?[key]?.sequence ?? []).map { $0.sequence?.compactMap { $0.scalar?.string } ?? [] }
        }
        same = pairs("same")
        different = pairs("different")
    }

    /// The other spellings of a person's name by the class of its given name: "Zabiullah
    /// Mujahid" gives "Zabihullah Mujahid" and "Zabeehullah Mujahid", so that a text that
    /// writes one of them names the person whole, not by the surname alone. A given name in
    /// no class gives none ("Karim Haddad": "Karima" is another name).
    public func spellingsByGivenName(of name: String) -> [String] {
        let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let k = givenClass[Self.respell(TextFolding.fold(parts[0]), spellings)] else { return [] }
        let own = TextFolding.fold(parts[0])
        return givenClasses[k].filter { TextFolding.fold($0) != own }.map { $0 + " " + parts[1] }
    }

    /// Folded name words without particles or punctuation, look-alike letters read as Latin:
    /// the identity of a spelling.
    public func words(_ name: String) -> [String] {
        Tokenizer.tokenize(name).compactMap { $0.kind == .punct || particles.contains($0.word) ? nil : latin($0.folded) }
    }

    /// A word with its look-alike letters read as Latin, where it has Latin letters too.
    func latin(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { $0.value >= 0x80 }),
            word.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic })
        else { return word }
        return String(word.map { homoglyphs[$0] ?? $0 })
    }

    /// Whether a name has an unreadable letter (U+FFFD) and so needs `areVariants` against
    /// names of any surname.
    public static func hasUnreadableLetter(_ words: [String]) -> Bool { words.contains { $0.contains(unreadable) } }

    static let unreadable: Character = "\u{FFFD}"

    /// Two words that agree letter for letter but at one unreadable letter of either.
    static func agreeButOneUnreadable(_ a: String, _ b: String) -> Bool {
        let x = Array(a)
        let y = Array(b)
        guard x.count == y.count, x.count >= 4 else { return false }
        var unreadable = 0
        for (p, q) in zip(x, y) where p != q {
            guard p == Self.unreadable || q == Self.unreadable else { return false }
            unreadable += 1
        }
        return unreadable == 1
    }

    /// A word as every spelling rule rewrites it.
    public func respelt(_ word: String) -> String { Self.respell(word, spellings) }

    /// Every occurrence of `from` in `word` replaced by `to`, left to right, as a literal
    /// search on the UTF-8 bytes (a whole character never matches part of another, UTF-8 being
    /// self-synchronising). Foundation's `replacingOccurrences` did this through NSString, at
    /// each spelling rule for each pair of names compared: the most of the merge's time.
    static func replacingAll(in word: String, _ from: String, with to: String) -> String {
        let needle = Array(from.utf8)
        var hay = word
        return hay.withUTF8 { bytes -> String in
            guard let first = needle.first, bytes.count >= needle.count else { return word }
            var out: [UInt8] = []
            var i = 0
            var copied = 0
            while i + needle.count <= bytes.count {
                if bytes[i] == first, UnsafeBufferPointer(rebasing: bytes[i..<(i + needle.count)]).elementsEqual(needle) {
                    if out.isEmpty { out.reserveCapacity(bytes.count + 8) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                    out.append(contentsOf: to.utf8)
                    i += needle.count
                    copied = i
                } else {
                    i += 1
                }
            }
            guard copied > 0 || !out.isEmpty else { return word }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func respell(_ word: String, _ spellings: [Spelling]) -> String {
        var w = word
        for s in spellings {
            switch s.place {
            case .anywhere:
                if let before = s.before {
                    w = replacingAll(in: w, s.from + before, with: s.to + before)
                } else {
                    w = replacingAll(in: w, s.from, with: s.to)
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
    public func areVariants(_ wa: [String], _ wb: [String]) -> Bool { rule(joining: wa, wb) != nil }

    /// The rule by which two names (split into `words`) are one person's, said for a reader
    /// ("transliteration (y → i)", "one unreadable letter"); nil when they are two people.
    public func rule(joining wa: [String], _ wb: [String]) -> String? {
        guard wa.count >= 2, wb.count >= 2 else { return nil }
        var rules: [String] = []
        let sa = wa.last!
        let sb = wb.last!
        if sa != sb {
            if Self.agreeButOneUnreadable(sa, sb) {
                rules.append("one unreadable letter")
            } else if respelt(sa) == respelt(sb) {
                rules.append("transliteration (\(usedSpellings(sa, sb)))")
            } else {
                return nil
            }
        }
        let fa = respelt(wa[0])
        let fb = respelt(wb[0])
        if wa[0] != wb[0] {
            if Self.agreeButOneUnreadable(wa[0], wb[0]), !rules.contains("one unreadable letter") {
                rules.append("one unreadable letter")
            } else if fa == fb {
                rules.append("transliteration (\(usedSpellings(wa[0], wb[0])))")
            } else if let ca = givenClass[fa], let cb = givenClass[fb], ca == cb {
                rules.append("given names of one class (\(wa[0].capitalized) = \(wb[0].capitalized))")
            } else {
                return nil
            }
        }
        return rules.isEmpty ? "the same name" : rules.joined(separator: "; ")
    }

    /// Why two spellings with one `words` identity are one name, said for a reader: "Bashar
    /// Assad" for "Bashar al-Assad" drops a particle; "Lavrеntiev" has a look-alike letter.
    public func ruleForSameWords(_ a: String, _ b: String) -> String {
        let raw: (String) -> [String] = { name in Tokenizer.tokenize(name).compactMap { $0.kind == .punct ? nil : $0.folded } }
        let ra = raw(a)
        let rb = raw(b)
        let strip: ([String]) -> [String] = { $0.filter { !self.particles.contains(Word($0)) } }
        if strip(ra) != strip(rb) { return "a look-alike letter of another script" }
        if ra != rb { return "a dropped particle" }
        return "case, accents or punctuation"
    }

    /// The spelling rules that turn one of two words into the other ("y → i").
    private func usedSpellings(_ a: String, _ b: String) -> String {
        let used = spellings.filter { Self.respell(a, [$0]) != a || Self.respell(b, [$0]) != b }
        return used.map { "\($0.from) → \($0.to)" }.joined(separator: ", ")
    }

    public func areVariants(_ a: String, _ b: String) -> Bool { areVariants(words(a), words(b)) }

    /// The key two variants share: the respelt surname ("lavrentiev" for Lavrentyev).
    public func surnameKey(_ words: [String]) -> String { words.last.map(respelt) ?? "" }
}
