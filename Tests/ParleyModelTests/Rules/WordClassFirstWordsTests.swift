import Testing

@testable import ParleyModel

/// The first-word sets that let a rule refuse most tokens with one bit test: they must hold
/// every word an entry can start with, and no word only found later in a phrase.
struct WordClassFirstWordsTests {
    func entry(_ text: String) -> WordClass.Entry {
        WordClass.Entry(
            text: text, words: text.split(separator: " ").map { Word(String($0)) },
            location: ResourceLocation(file: "test.yaml", line: 1))
    }

    @Test func firstWordsHoldSingleWordsAndPhraseStartsOnly() {
        let c = WordClass(name: "kinds", doc: "", entries: [entry("defence"), entry("foreign affairs")])
        #expect(c.firstWords.contains(Word("defence")))
        #expect(c.firstWords.contains(Word("foreign")))
        // "affairs" is inside a phrase, never at its start: a token "affairs" starts no match.
        #expect(!c.firstWords.contains(Word("affairs")))
    }

    @Test func institutionFirstWordsCoverEveryKindBodyAndMinistryNoun() {
        let lex = Lexicons.builtIn
        for c in lex.ministryKinds + lex.stateBodies + [lex.foreignOffices, lex.ministryNouns] {
            for e in c.entries where !e.words.isEmpty {
                #expect(lex.institutionFirstWords.contains(e.words[0]), "\(c.name): \(e.text)")
            }
        }
        // A word no institution starts with is refused before any class is tried.
        #expect(!lex.institutionFirstWords.contains(Word("delegation")))
    }
}
