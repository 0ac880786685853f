import Foundation

/// Writes large, realistic corpora for benchmarks and stress tests: sentences of a source
/// corpus recombined with new ones, about rounds 1 to 22 of several tracks, dated 2017–2024 in
/// the forms real reports use, naming gazetteer actors and people no gazetteer knows. Some files
/// carry front matter, some are listed in `catalog.yaml`, some only date themselves in the text.
/// The same seed gives the same bytes.
public struct CorpusGenerator: Sendable {
    /// One file of a generated corpus, by path relative to its folder.
    public struct File: Sendable, Equatable {
        public var path: String
        public var contents: String
    }

    /// A sentence of the source corpus with the places that can be varied.
    struct Template: Sendable {
        enum Slot: Sendable { case state, person, ordinal }
        var text: String
        /// Byte ranges into `text`, in order, not overlapping.
        var slots: [(range: Range<Int>, slot: Slot)]
    }

    struct Track: Sendable {
        var name: String
        var city: String
        var rounds: Int
        var first: (year: Int, month: Int, day: Int)
        /// Days between rounds.
        var every: Int
    }

    let templates: [Template]
    let states: [(name: String, demonym: String)]
    let organisations: [String]
    let groups: [String]
    let knownPeople: [String]
    /// The source's own gazetteer layer, copied beside the articles so that it is used too.
    var actorsYAML: String?

    static let tracks: [Track] = [
        Track(name: "Astana", city: "Astana", rounds: 22, first: (2017, 1, 23), every: 125),
        Track(name: "Geneva", city: "Geneva", rounds: 9, first: (2017, 2, 23), every: 160),
        Track(name: "Vienna", city: "Vienna", rounds: 4, first: (2017, 11, 14), every: 210),
    ]
    static let outlets = [
        "Reuters", "AFP", "TASS", "Anadolu Agency", "Al Jazeera", "CNN", "IRNA", "Daily Sabah",
        "The National", "Middle East Institute", "Xinhua", "Asharq Al-Awsat",
    ]
    static let firstNames = [
        "Karim", "Leila", "Omar", "Nadia", "Yusuf", "Rania", "Sami", "Hala", "Tariq", "Mira",
        "Anton", "Irina", "Mehmet", "Elif", "Reza", "Parisa", "Daniyar", "Aigerim", "Jamal", "Salma",
    ]
    static let surnames = [
        "Haddad", "Nasser", "Khatib", "Mansour", "Saleh", "Darwish", "Qasim", "Halabi", "Rahman",
        "Volkov", "Sokolova", "Yilmaz", "Demir", "Tehrani", "Moradi", "Nurlanov", "Sultanbekova",
        "Aziz", "Farouk", "Issa",
    ]
    static let titles = [
        "Foreign Minister", "Deputy Foreign Minister", "chief negotiator", "special envoy",
        "presidential envoy", "Defence Minister", "senior adviser",
    ]
    static let verbs = ["began", "opened", "got under way", "resumed", "closed", "ended"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Builds a generator over a source corpus (its sentences are recombined) and a gazetteer
    /// (its states, organisations, groups and people are named).
    public init(source: Corpus, gazetteer: Gazetteer) {
        var templates: [Template] = []
        let people = Set(source.actors.actors.filter { $0.type == .person }.map(\.id))
        let stateIDs = Set(source.actors.actors.filter { $0.type == .state }.map(\.id))
        let ordinals = Ordinals(.builtIn)
        for (d, doc) in source.documents.enumerated() {
            var bySentence: [Int: [Mention]] = [:]
            let docTokens = doc.retokenized()
            for m in source.actors.mentionsByDocument[d] { bySentence[m.sentence, default: []].append(m) }
            for (s, sentence) in doc.sentences.enumerated() where sentence.start >= doc.bodyStart {
                let bytes = sentence.end - sentence.start
                guard bytes >= 40, bytes <= 400 else { continue }
                var slots: [(Range<Int>, Template.Slot)] = []
                for m in bySentence[s] ?? [] where m.kind == .name {
                    if stateIDs.contains(m.actor) {
                        slots.append((m.span.range, .state))
                    } else if people.contains(m.actor) {
                        slots.append((m.span.range, .person))
                    }
                }
                let tokens = docTokens[sentence.tokens]
                for (i, t) in zip(tokens.indices, tokens) where i + 1 < sentence.tokens.upperBound {
                    if docTokens[i + 1].folded == "round", ordinals.value(of: t, allowCardinal: false) != nil {
                        slots.append((t.range, .ordinal))
                    }
                }
                slots.sort { $0.0.lowerBound < $1.0.lowerBound }
                var kept: [(Range<Int>, Template.Slot)] = []
                for s in slots where kept.last.map({ $0.0.upperBound <= s.0.lowerBound }) ?? true { kept.append(s) }
                let shifted = kept.map { (range: ($0.0.lowerBound - sentence.start)..<($0.0.upperBound - sentence.start), slot: $0.1) }
                let text = doc.text(sentence.range)
                guard !text.contains("\n"), !text.contains("\u{1A}") else { continue }
                templates.append(Template(text: text, slots: shifted))
            }
        }
        self.templates = templates
        var states: [(String, String)] = []
        var organisations: [String] = []
        var groups: [String] = []
        var knownPeople: [String] = []
        for e in gazetteer.entries {
            switch e.type {
            case .state: if let demonym = e.demonyms.first { states.append((e.name, demonym)) }
            case .organisation: organisations.append(e.name)
            case .group: groups.append(e.name)
            case .person: knownPeople.append(e.name)
            }
        }
        self.states = states.sorted { $0.0 < $1.0 }
        self.organisations = organisations.sorted()
        self.groups = groups.sorted()
        self.knownPeople = knownPeople.sorted()
    }

    /// A generator over the built-in corpus and the world gazetteer layered under its `actors.yaml`.
    public static func builtIn() throws -> CorpusGenerator {
        let corpus = try Corpus.load(folder: try BuiltInCorpus.locate())
        var gazetteer = Gazetteer.world()
        let actorsURL = corpus.root.appendingPathComponent("actors.yaml")
        let yaml = try? String(contentsOf: actorsURL, encoding: .utf8)
        if let yaml, let (layer, _) = try? Gazetteer.parse(yaml, file: "actors.yaml", layer: .corpus) {
            gazetteer = layer.layered(over: gazetteer)
        }
        var generator = CorpusGenerator(source: corpus, gazetteer: gazetteer)
        generator.actorsYAML = yaml
        return generator
    }

    /// Every file of an `articles`-article corpus: the articles, then `catalog.yaml` and the
    /// source's `actors.yaml`.
    public func files(articles: Int, seed: UInt64) -> [File] {
        var files: [File] = []
        var catalog = "# Generated by `parley generate`: metadata of the articles without front matter.\n"
        for i in 0..<articles {
            let (file, entry) = article(i, seed: seed)
            files.append(file)
            if let entry { catalog += entry }
        }
        files.append(File(path: "catalog.yaml", contents: catalog))
        if let actorsYAML { files.append(File(path: "actors.yaml", contents: actorsYAML)) }
        return files
    }

    /// What `write` did.
    public struct Summary: Sendable {
        public var files: Int
        public var bytes: Int
    }

    /// Writes the corpus into `folder`, which must be missing or empty: nothing is overwritten.
    @discardableResult
    public func write(articles: Int, seed: UInt64, to folder: URL) throws -> Summary {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw CorpusError.notADirectory(folder.path) }
            let existing = try fm.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            guard existing.isEmpty else { throw GenerateError.notEmpty(folder.path) }
        }
        var bytes = 0
        let all = files(articles: articles, seed: seed)
        for file in all {
            let url = folder.appendingPathComponent(file.path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let data = Data(file.contents.utf8)
            try data.write(to: url)
            bytes += data.count
        }
        return Summary(files: all.count, bytes: bytes)
    }

    /// Why `write` refused.
    public enum GenerateError: Error, CustomStringConvertible {
        case notEmpty(String)
        public var description: String {
            switch self {
            case .notEmpty(let p): "\(p) is not empty; give a new or empty folder so that nothing is overwritten"
            }
        }
    }

    // MARK: One article

    /// Article `i`, and its catalog entry when its metadata lives in `catalog.yaml`. Each
    /// article has its own random stream, so articles do not depend on one another.
    func article(_ i: Int, seed: UInt64) -> (File, String?) {
        var rng = SeededRandom(seed: seed &+ UInt64(i) &* 0xD1B5_4A32_D192_ED03)
        let track = pickTrack(&rng)
        let round = 1 + rng.below(track.rounds)
        let roundDay =
            CivilCalendar.dayNumber(year: track.first.year, month: track.first.month, day: track.first.day) + (round - 1) * track.every
        let day = roundDay + rng.below(5) - 1
        let (y, m, dd) = CivilCalendar.civil(fromDayNumber: day)
        let outlet = rng.pick(Self.outlets)
        let title =
            "\(Self.capitalised(Self.ordinalWord(round))) round of \(track.name) talks on Syria \(rng.pick(["opens", "ends", "under way", "resumes"])) in \(track.city)"

        var paragraphs: [[String]] = [[lead(track: track, round: round, articleDay: day, roundDay: roundDay, outlet: outlet, rng: &rng)]]
        let target = 1_300 + rng.below(2_000)
        var bytes = paragraphs[0][0].utf8.count
        var current: [String] = []
        while bytes < target {
            let sentence =
                rng.chance(35)
                ? personSentence(track: track, rng: &rng)
                : recombined(round: round, rng: &rng)
            bytes += sentence.utf8.count + 1
            current.append(sentence)
            if current.count >= 3 + rng.below(3) {
                paragraphs.append(current)
                current = []
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        let body = paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n") + "\n"

        let date = String(format: "%04d-%02d-%02d", y, m, dd)
        let base = String(format: "%d/%05d", y, i)
        switch rng.below(100) {
        case 0..<40:
            let front = "---\ntitle: \"\(title)\"\noutlet: \(outlet)\ndate: \"\(date)\"\n---\n\n"
            return (File(path: base + ".md", contents: front + body), nil)
        case 40..<75:
            let entry = "\(base).txt:\n  title: \"\(title)\"\n  outlet: \(outlet)\n  date: \"\(date)\"\n"
            return (File(path: base + ".txt", contents: body), entry)
        default:
            return (File(path: base + ".txt", contents: body), nil)
        }
    }

    func pickTrack(_ rng: inout SeededRandom) -> Track {
        switch rng.below(100) {
        case 0..<65: Self.tracks[0]
        case 65..<90: Self.tracks[1]
        default: Self.tracks[2]
        }
    }

    /// The opening sentence: which round, where, when, in one of the forms reports use.
    func lead(track: Track, round: Int, articleDay: Int, roundDay: Int, outlet: String, rng: inout SeededRandom) -> String {
        let (y, m, d) = CivilCalendar.civil(fromDayNumber: roundDay)
        let when: String
        switch rng.below(6) {
        case 0: when = "on \(d) \(Self.months[m - 1]) \(y)"
        case 1: when = "on \(Self.months[m - 1]) \(d), \(y)"
        case 2 where d < 28: when = "on \(d)-\(d + 1) \(Self.months[m - 1]) \(y)"
        case 3: when = "in \(Self.months[m - 1]) \(y)"
        case 4: when = articleDay == roundDay ? "today" : "on \(Self.weekdays[CivilCalendar.isoWeekday(roundDay) - 1])"
        default: when = "on \(Self.months[m - 1].prefix(3)). \(d)"
        }
        let verb = rng.pick(Self.verbs)
        switch rng.below(5) {
        case 0:
            return
                "The \(Self.ordinalWord(round)) round of \(track.name) talks on Syria \(verb) in \(track.city) \(when), \(outlet) reported."
        case 1: return "Delegations gathered in \(track.city) \(when) for round \(round) of the \(track.name) talks."
        case 2:
            return
                "The \(Self.ordinalDigits(round)) round of the \(track.name) peace talks \(verb) \(when) with the guarantors in attendance."
        case 3: return "\(track.name)-\(round), the latest meeting of the \(track.name) process, \(verb) \(when)."
        default: return "Talks in \(track.city) \(verb) \(when), the \(Self.ordinalWord(round)) round since the process began."
        }
    }

    /// A sentence naming a person with a title, a role and a side, often someone no gazetteer knows.
    func personSentence(track: Track, rng: inout SeededRandom) -> String {
        let name =
            rng.chance(30) && !knownPeople.isEmpty
            ? rng.pick(knownPeople)
            : "\(rng.pick(Self.firstNames)) \(rng.pick(Self.surnames))"
        let state = states.isEmpty ? ("Russia", "Russian") : rng.pick(states)
        switch rng.below(5) {
        case 0:
            return
                "\(state.1) \(Self.capitalisedWords(rng.pick(Self.titles))) \(name) said the talks in \(track.city) had been \(rng.pick(["constructive", "difficult", "frank", "useful"]))."
        case 1:
            return
                "\(name), the head of the \(state.1) delegation, told \(rng.pick(Self.outlets)) that a ceasefire was \(rng.pick(["within reach", "holding", "fragile"]))."
        case 2: return "The opposition delegation was led by \(name), a member of \(groups.isEmpty ? "the opposition" : rng.pick(groups))."
        case 3:
            return
                "\(organisations.isEmpty ? "UN" : rng.pick(organisations)) envoy \(name) is expected to join the talks \(rng.pick(["tomorrow", "next week", "on Friday"]))."
        default:
            return
                "\(state.0) was represented by \(name), its \(rng.pick(Self.titles)), while \(rng.pick(states).0) sent a lower-level team."
        }
    }

    /// A sentence of the source corpus, with its states, people and round number varied.
    func recombined(round: Int, rng: inout SeededRandom) -> String {
        guard !templates.isEmpty else { return "The talks continued." }
        let t = rng.pick(templates)
        var out = ""
        let bytes = Array(t.text.utf8)[...]
        var at = 0
        for (range, slot) in t.slots {
            out += String(decoding: bytes[at..<range.lowerBound], as: UTF8.self)
            let original = String(decoding: bytes[range], as: UTF8.self)
            switch slot {
            case .state: out += states.isEmpty || rng.chance(50) ? original : rng.pick(states).0
            case .person: out += rng.chance(50) ? original : "\(rng.pick(Self.firstNames)) \(rng.pick(Self.surnames))"
            case .ordinal:
                let word = Self.ordinalWord(round)
                out += original.first?.isUppercase == true ? Self.capitalised(word) : word
            }
            at = range.upperBound
        }
        out += String(decoding: bytes[at...], as: UTF8.self)
        return out
    }

    // MARK: Words

    static let ordinalUnits = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth",
    ]

    /// "fourth", "twenty-first".
    static func ordinalWord(_ n: Int) -> String {
        if n <= 20 { return ordinalUnits[n - 1] }
        let tens = ["twenty", "thirty", "forty"][n / 10 - 2]
        return n % 10 == 0 ? ordinalUnits[19] : "\(tens)-\(ordinalUnits[n % 10 - 1])"
    }

    /// "4th", "21st", "22nd", "13th".
    static func ordinalDigits(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
    static func capitalisedWords(_ s: String) -> String {
        s.split(separator: " ").map { capitalised(String($0)) }.joined(separator: " ")
    }
}
