import Testing

@testable import ParleyModel

/// The lint over `Resources/lexicon`: what a data file with a linter catches and a list in code
/// does not (duplicates, entries that can never match, classes nothing reads, overlaps nobody
/// declared).
struct LexiconLintTests {
    let lexicons = Lexicons.builtIn

    /// A class's own entries (not those it includes), as the tokenizer reads them.
    func ownEntries(_ name: String) -> [WordClass.Entry] {
        (lexicons.classes[name]?.entries ?? lexicons.tables[name]?.entries ?? []).filter { $0.includedFrom == nil }
    }

    func ownWords(_ name: String) -> Set<String> {
        Set(ownEntries(name).filter { $0.words.count == 1 }.map { $0.words[0].text })
    }

    /// Compared once tokenised: "»" and "\"" are one entry, since the tokenizer folds quotes.
    @Test func noEntryIsListedTwiceInAClass() {
        for name in Array(lexicons.classes.keys) + Array(lexicons.tables.keys) {
            var seen: [[Word]: ResourceLocation] = [:]
            for e in ownEntries(name) {
                #expect(
                    seen[e.words] == nil, "\(e.location): '\(e.text)' is already in '\(name)' at \(seen[e.words].map { "\($0)" } ?? "")")
                seen[e.words] = e.location
            }
        }
    }

    @Test func everyClassIsReadByTheEngine() {
        for file in lexicons.files {
            for c in file.classes {
                let includedBy = lexicons.files.flatMap(\.classes).filter { $0.include.contains(c.name) }.map(\.name)
                #expect(
                    lexicons.used.contains(c.name) || !includedBy.isEmpty,
                    "\(file.file):\(c.line): no rule reads '\(c.name)'")
            }
        }
    }

    /// Two classes that share a word say why, in one of them (`overlaps:`): sharing is often
    /// right ("minister" heads a title and is never a name), but it should never be unseen.
    @Test func sharedWordsAreDeclared() {
        let raw = lexicons.files.flatMap(\.classes)
        let byName = Dictionary(raw.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let own = ownWords
        let names = raw.map(\.name).sorted()
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] {
                let shared = own(a).intersection(own(b))
                guard !shared.isEmpty else { continue }
                let declared = byName[a]!.overlaps[b] != nil || byName[b]!.overlaps[a] != nil
                #expect(declared, "'\(a)' and '\(b)' share \(shared.sorted()) without saying why (overlaps: in either)")
            }
        }
    }

    @Test func declaredOverlapsAreReal() {
        let raw = lexicons.files.flatMap(\.classes)
        let byName = Dictionary(raw.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for c in raw {
            for (other, reason) in c.overlaps {
                guard let o = byName[other] else {
                    Issue.record("\(c.file):\(c.line): '\(c.name)' declares an overlap with '\(other)', which no file defines")
                    continue
                }
                #expect(
                    !ownWords(c.name).isDisjoint(with: ownWords(o.name)),
                    "\(c.file):\(c.line): '\(c.name)' and '\(other)' share no word; drop the overlap")
                #expect(!reason.isEmpty, "\(c.file):\(c.line): the overlap of '\(c.name)' with '\(other)' gives no reason")
            }
        }
    }

    @Test func everyClassWithARuleHasAnAcceptedAndARefusedExample() {
        for c in lexicons.files.flatMap(\.classes) where c.rule != nil {
            #expect(c.examples.contains { $0.accepts }, "\(c.file):\(c.line): '\(c.name)' has no accepted example")
            #expect(c.examples.contains { !$0.accepts }, "\(c.file):\(c.line): '\(c.name)' has no refused example")
        }
    }

    // The checks that make a bad file fail to load, each naming its line.

    @Test func anEntryThatTokenisesToSeveralWordsIsRefusedWithItsLine() throws {
        let file = try LexiconFile.parse(
            """
            title-modifiers:
              doc: Words in titles.
              words: [deputy,
                      opposition's]
            """, file: "titles.yaml")
        do {
            _ = try Lexicons(files: [file])
            Issue.record("a two-token entry in a word class should not load")
        } catch {
            #expect("\(error)".hasPrefix("titles.yaml:4: 'opposition's'"), "\(error)")
        }
    }

    @Test func aPhraseMayHoldSeveralWords() throws {
        var files = lexicons.files
        files.append(
            try LexiconFile.parse(
                """
                extra-cues:
                  doc: A test class.
                  phrases: ["set to", "called off"]
                """, file: "extra.yaml"))
        let compiled = try Lexicons(files: files)
        let c = try #require(compiled.classes["extra-cues"])
        let tokens = Tokenizer.tokenize("The talks were called off today.")
        #expect(c.match(tokens, at: 3, end: tokens.count) == 2)
        #expect(c.match(tokens, at: 2, end: tokens.count) == nil)
    }

    @Test func aMissingClassIsAnError() throws {
        let file = try LexiconFile.parse(
            """
            title-heads:
              doc: Heads.
              words: [minister]
            """, file: "titles.yaml")
        #expect(throws: Lexicons.Problem.self) { try Lexicons(files: [file]) }
    }

    @Test func unknownFieldsMissingDocsAndExamplesWithoutARuleAreErrors() {
        #expect(throws: LexiconFile.Problem.self) { try LexiconFile.parse("a:\n  doc: x\n  wrods: [b]\n", file: "x.yaml") }
        #expect(throws: LexiconFile.Problem.self) { try LexiconFile.parse("a:\n  words: [b]\n", file: "x.yaml") }
        #expect(throws: LexiconFile.Problem.self) {
            try LexiconFile.parse("a:\n  doc: x\n  words: [b]\n  accepts: [\"⟦b⟧\"]\n", file: "x.yaml")
        }
    }
}
