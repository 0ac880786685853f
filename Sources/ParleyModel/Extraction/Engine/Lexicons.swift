import Foundation

/// Every word class and value table the finders read (one shared object: finders and rule
/// contexts hold it by reference, so handing it on costs one retain), compiled from `Resources/lexicon/en/*.yaml`
/// through the tokenizer. Stored properties, not statics: the engine names what it needs (here,
/// at compile time), the files say what is in it (data), and finders are handed one value.
///
/// A class is looked up by name once, when the value is built; a name the files lack, an entry
/// that tokenises to more words than declared, or an include of an unknown class is an error
/// naming the file and line.
public final class Lexicons: Sendable {
    // titles.yaml
    public let titleHeads, titleModifiers, titleJoiners, nameParticles: WordClass
    // people.yaml
    public let speechVerbs, agentVerbs, reportWords, notNames, honorifics: WordClass
    // rounds.yaml
    public let roundNouns, roundNounsPlural, talkNouns, processNouns, settlementNouns, timingCues, notTracks, determiners, sessionNouns,
        postponedCues, cancelledCues, clauseContrasts, possessives: WordClass
    public let roundRelations: WordValues
    // participation.yaml
    public let participationCues, negations, absenceCues, clauseStops, relativePronouns, subordinators: WordClass
    /// `future-words` of dates.yaml as words, for finders that read tokens, not date tokens.
    public let futureWords: WordClass
    /// Relation words read by what their sentence says ("the latest round ... opened"), and
    /// the words that say a round opened.
    public let openingRelations, openingVerbs: WordClass
    /// "its 18th round": one body's own count, unless the process is named before.
    public let bodyPossessives: WordClass
    /// Words between an ordinal and a session noun, and words after one that count a kind of
    /// meeting (read by `rounds.ordinal-session`).
    public let sessionQualifiers, subsetQualifiers: WordClass
    /// Nouns a date beside them dates ("the deal of 2015"), and words that make a date a round's end.
    public let datedNouns, endCues: WordClass
    // segmentation.yaml
    public let abbreviations, sentenceStarters, terminalMarks, closingMarks: WordClass
    // places.yaml
    public let locativeBefore, locativeModifiers, motionVerbs, venueCues, placeNounsAfter, demonymNotState, placeSuffixes,
        relationalNouns, copulas, placeDescriptions: WordClass
    // parties.yaml
    public let bodyHeads, groupHeads, bodyLinks, ministryNouns, foreignOffices, oppositionNouns, oppositionModifiers,
        oppositionFollowers, partyFollowers, partyActs, outletEnds, outletKinds: WordClass
    /// The kinds of ministry, each a class whose `canonical` is the ministry's name ("Ministry of Defence").
    public let ministryKinds: [WordClass]
    /// A state's bodies named by their own noun ("parliament", "armed forces"), each a class
    /// whose `canonical` is the body's name ("Parliament").
    public let stateBodies: [WordClass]
    /// The words a kind of ministry, or a state's body, can start with: most tokens start
    /// neither, and are refused with one bit test instead of one per class.
    public let ministryKindFirstWords, stateBodyFirstWords: WordSet
    /// Every word a state's institution can start with (a kind of ministry, a foreign office,
    /// a ministry noun, a state's body): the institution rule skips every other token at once.
    public let institutionFirstWords: WordSet
    /// Every word the lexicons give a part other than a name's (offices, titles, heads, the
    /// talks' nouns, styles): a capitalised word outside it may be part of a name.
    public let knownWords: WordSet
    // numbers.yaml
    public let ordinals, cardinals, tens: WordValues
    public let ordinalSuffixes: WordClass
    // dates.yaml, in the form the date finder reads
    public let dates: DateWords

    // Unions the finders test in one look-up; each says why it is the union it is.
    /// After a capitalised word, a noun that makes it a process's name ("Astana talks",
    /// "Astana process"): what talks are called and what a process is called.
    public let trackNouns: WordSet
    /// A sentence holding one of these is about talks: talk nouns and round nouns.
    public let talkSentenceNouns: WordSet
    /// A place name right before one of these names the process, not the place ("the Astana
    /// talks", "the Minsk agreements", "the Astana format"): talk, process, settlement and round nouns.
    public let processAfter: WordSet

    /// Every class the files define, by name, as compiled.
    public let classes: [String: WordClass]
    public let tables: [String: WordValues]
    /// The files as written (for the lint).
    public let files: [LexiconFile]
    /// The names of the classes and tables this type reads: a class outside it is used by no rule.
    public let used: Set<String>

    public struct Problem: Error, CustomStringConvertible {
        public var location: ResourceLocation?
        public var message: String
        public var description: String { location.map { "\($0): \(message)" } ?? message }
    }

    /// The lexicon shipped with the library, read once per process.
    public static let builtIn: Lexicons = {
        do {
            return try Lexicons(files: try bundledFiles())
        } catch {
            fatalError("the built-in lexicon does not load: \(error)")
        }
    }()

    /// The resource files in the bundle, in name order.
    public static func bundledFiles() throws -> [LexiconFile] {
        guard let dir = Bundle.module.url(forResource: "lexicon", withExtension: nil)?.appendingPathComponent("en") else {
            throw Problem(message: "the lexicon folder is missing from the library's resources")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            return try LexiconFile.parse(text, file: name)
        }
    }

    public init(files: [LexiconFile]) throws {
        self.files = files
        var raw: [String: LexiconFile.RawClass] = [:]
        for f in files {
            for c in f.classes {
                if let other = raw[c.name] {
                    throw Problem(
                        location: ResourceLocation(file: c.file, line: c.line),
                        message: "class '\(c.name)' is also defined at \(other.file):\(other.line)")
                }
                raw[c.name] = c
            }
        }
        var classes: [String: WordClass] = [:]
        var tables: [String: WordValues] = [:]
        func entry(_ text: String, _ line: Int, _ c: LexiconFile.RawClass, phrase: Bool) throws -> WordClass.Entry {
            let tokens = Tokenizer.tokenize(text)
            let at = ResourceLocation(file: c.file, line: line)
            guard !tokens.isEmpty else { throw Problem(location: at, message: "an empty entry in '\(c.name)'") }
            if !phrase, tokens.count > 1 {
                let parts = tokens.map { "'\($0.word.text)'" }.joined(separator: " ")
                throw Problem(
                    location: at,
                    message:
                        "'\(text)' in '\(c.name)' is \(tokens.count) tokens (\(parts)) once tokenised, so it can never match one word; list it under phrases: as the text shows it"
                )
            }
            return WordClass.Entry(text: text, words: tokens.map(\.word), location: at, includedFrom: nil)
        }
        for c in raw.values {
            if c.isTable {
                if !c.words.isEmpty || !c.phrases.isEmpty {
                    throw Problem(location: ResourceLocation(file: c.file, line: c.line), message: "'\(c.name)' has both values and words")
                }
                let entries = try c.values.map { try entry($0.text, $0.line, c, phrase: false) }
                tables[c.name] = WordValues(name: c.name, doc: c.doc, entries: entries, values: c.values.map(\.value))
            }
        }
        // Classes, with their includes (a table included in a class gives its keys).
        func compile(_ name: String, seen: [String]) throws -> WordClass {
            if let done = classes[name] { return done }
            guard let c = raw[name] else { throw Problem(message: "no class named '\(name)'") }
            if seen.contains(name) {
                throw Problem(location: ResourceLocation(file: c.file, line: c.line), message: "'\(name)' includes itself")
            }
            var entries =
                try c.words.map { try entry($0.text, $0.line, c, phrase: false) }
                + c.phrases.map { try entry($0.text, $0.line, c, phrase: true) }
            for inc in c.include {
                var included: [WordClass.Entry]
                if let t = tables[inc] {
                    included = t.entries
                } else if raw[inc] != nil {
                    included = try compile(inc, seen: seen + [name]).entries
                } else {
                    throw Problem(
                        location: ResourceLocation(file: c.file, line: c.line),
                        message: "'\(name)' includes '\(inc)', which no file defines")
                }
                for k in included.indices where included[k].includedFrom == nil { included[k].includedFrom = inc }
                entries += included
            }
            let compiled = WordClass(name: name, doc: c.doc, entries: entries, canonical: c.canonical)
            classes[name] = compiled
            return compiled
        }
        for name in raw.keys where !raw[name]!.isTable { _ = try compile(name, seen: []) }
        self.classes = classes
        self.tables = tables

        var used = Set<String>()
        func word(_ name: String) throws -> WordClass {
            used.insert(name)
            guard let c = classes[name] else { throw Problem(message: "the lexicon has no word class '\(name)'") }
            return c
        }
        func table(_ name: String) throws -> WordValues {
            used.insert(name)
            guard let t = tables[name] else { throw Problem(message: "the lexicon has no value table '\(name)'") }
            return t
        }
        titleHeads = try word("title-heads")
        titleModifiers = try word("title-modifiers")
        titleJoiners = try word("title-joiners")
        nameParticles = try word("name-particles")
        speechVerbs = try word("speech-verbs")
        agentVerbs = try word("agent-verbs")
        reportWords = try word("report-words")
        notNames = try word("not-names")
        honorifics = try word("honorifics")
        roundNouns = try word("round-nouns")
        roundNounsPlural = try word("round-nouns-plural")
        talkNouns = try word("talk-nouns")
        processNouns = try word("process-nouns")
        settlementNouns = try word("settlement-nouns")
        timingCues = try word("timing-cues")
        notTracks = try word("not-tracks")
        determiners = try word("determiners")
        sessionNouns = try word("session-nouns")
        postponedCues = try word("postponed-cues")
        cancelledCues = try word("cancelled-cues")
        clauseContrasts = try word("clause-contrasts")
        possessives = try word("possessives")
        roundRelations = try table("round-relations")
        participationCues = try word("participation-cues")
        negations = try word("negations")
        absenceCues = try word("absence-cues")
        clauseStops = try word("clause-stops")
        relativePronouns = try word("relative-pronouns")
        subordinators = try word("subordinators")
        futureWords = try word("future-words")
        openingRelations = try word("opening-relations")
        openingVerbs = try word("opening-verbs")
        bodyPossessives = try word("body-possessives")
        sessionQualifiers = try word("session-qualifiers")
        subsetQualifiers = try word("subset-qualifiers")
        datedNouns = try word("dated-nouns")
        endCues = try word("end-cues")
        abbreviations = try word("abbreviations")
        sentenceStarters = try word("sentence-starters")
        terminalMarks = try word("terminal-marks")
        closingMarks = try word("closing-marks")
        locativeBefore = try word("locative-before")
        locativeModifiers = try word("locative-modifiers")
        motionVerbs = try word("motion-verbs")
        venueCues = try word("venue-cues")
        demonymNotState = try word("demonym-not-state")
        placeNounsAfter = try word("place-nouns-after")
        placeSuffixes = try word("place-suffixes")
        relationalNouns = try word("relational-nouns")
        copulas = try word("copulas")
        placeDescriptions = try word("place-descriptions")
        bodyHeads = try word("body-heads")
        groupHeads = try word("group-heads")
        bodyLinks = try word("body-links")
        ministryNouns = try word("ministry-nouns")
        foreignOffices = try word("foreign-offices")
        oppositionNouns = try word("opposition-nouns")
        oppositionModifiers = try word("opposition-modifiers")
        oppositionFollowers = try word("opposition-followers")
        partyFollowers = try word("party-followers")
        partyActs = try word("party-acts")
        outletEnds = try word("outlet-ends")
        outletKinds = try word("outlet-kinds")
        // The kinds are the classes a list class includes, so a new kind is a file edit; each
        // needs the name the actor list gives it.
        func kinds(_ list: String, each what: String, named whose: String) throws -> [WordClass] {
            _ = try word(list)
            return try (raw[list]?.include ?? []).map { name in
                let kind = try word(name)
                guard kind.canonical != nil else {
                    throw Problem(
                        location: raw[name].map { ResourceLocation(file: $0.file, line: $0.line) },
                        message: "'\(name)', \(what), needs a name: (\(whose) name)")
                }
                return kind
            }
        }
        ministryKinds = try kinds("ministry-kinds", each: "a kind of ministry", named: "the ministry's")
        stateBodies = try kinds("state-bodies", each: "a state's body", named: "the body's")
        func firstWords(_ classes: [WordClass]) -> WordSet {
            var set = WordSet([String]())
            for c in classes { set.formUnion(c.firstWords) }
            return set
        }
        ministryKindFirstWords = firstWords(ministryKinds)
        stateBodyFirstWords = firstWords(stateBodies)
        institutionFirstWords = firstWords(ministryKinds + stateBodies + [foreignOffices, ministryNouns])
        var known = WordSet([String]())
        for c in [
            notNames, titleHeads, titleModifiers, bodyHeads, ministryNouns, oppositionNouns, roundNouns, talkNouns, processNouns,
            sessionNouns, placeNounsAfter, demonymNotState, relationalNouns, honorifics,
        ] {
            known.formUnion(c.words)
        }
        for c in ministryKinds + stateBodies { known.formUnion(c.words) }
        knownWords = known
        ordinals = try table("ordinals")
        cardinals = try table("cardinals")
        tens = try table("tens")
        ordinalSuffixes = try word("ordinal-suffixes")
        dates = DateWords(
            months: try table("months"), monthAbbreviations: try table("month-abbreviations"),
            ambiguousMonths: try word("ambiguous-months"), monthCues: try word("month-cues"),
            weekdays: try table("weekdays"), durationNumbers: try table("duration-numbers"),
            qualifiers: try word("qualifiers"), relativeOffsets: try table("relative-offsets"),
            relativeDays: try table("relative-days"), periodUnits: try word("period-units"),
            durationUnits: try word("duration-units"), durationStoppers: try word("duration-stoppers"),
            numberLabels: try word("number-labels"), countNouns: try word("count-nouns"),
            futureWords: try word("future-words"), futureBeforeTo: try word("future-before-to"),
            pastWords: try word("past-words"), infinitiveFuture: try word("infinitive-future"),
            clauseBreaks: try word("clause-breaks"))
        self.used = used

        trackNouns = Self.union(talkNouns, processNouns)
        talkSentenceNouns = Self.union(talkNouns, roundNouns, roundNounsPlural)
        processAfter = Self.union(talkNouns, processNouns, settlementNouns, roundNouns, roundNounsPlural)
    }

    static func union(_ classes: WordClass...) -> WordSet {
        var set = WordSet([String]())
        for c in classes { for e in c.entries where e.words.count == 1 { set.insert(e.words[0]) } }
        return set
    }
}
