import ParleyTestSupport
import Testing

@testable import ParleyModel

/// Spellings of one person's name are one actor, each with the rule that joined it; near
/// names of two people stay two.
struct VariantJoiningTests {
    func people(_ corpus: Corpus) -> [Actor] { corpus.actors.actors.filter { $0.type == .person } }

    @Test func aRespellingOfAGazetteerPersonJoinsIt() throws {
        let corpus = try Fixtures.corpus(
            ["Foreign Ministry spokesman Anuar Zhainakov said the round would open on Monday."],
            actorsYAML: "actors:\n  - name: Anuar Jaynakov\n    type: person\n")
        let people = people(corpus)
        #expect(people.map(\.name) == ["Anuar Jaynakov"])
        #expect(people.first?.joinedBy["Anuar Zhainakov"] == "transliteration (zh → j, y → i)")
        let entry = try #require(ActorsReport(corpus).actors.first { $0.name == "Anuar Jaynakov" })
        #expect(entry.variants.map(\.text) == ["Anuar Zhainakov"])
    }

    @Test func aLookAlikeOrUnreadableLetterJoinsAndTwoDifferentLettersDoNot() throws {
        let corpus = try Fixtures.corpus([
            "Russian envoy Alexander Lavrentiev said the talks went well.",
            "Russian envoy Alexander Lavr\u{0435}ntiev said the talks went well.",
            "Russian envoy Alexander Lavren\u{FFFD}iev said the talks went well.",
            "Russian envoy Alexander Lavren\u{FFFD}iav said the talks went well.",
        ])
        #expect(Set(people(corpus).map(\.name)) == ["Alexander Lavren\u{FFFD}iav", "Alexander Lavrentiev"])
        let lavrentiev = try #require(people(corpus).first { $0.name == "Alexander Lavrentiev" })
        #expect(lavrentiev.joinedBy["Alexander Lavr\u{0435}ntiev"] == "a look-alike letter of another script")
        #expect(lavrentiev.joinedBy["Alexander Lavren\u{FFFD}iev"] == "one unreadable letter")
    }

    /// A spelling of the given name by its class names the person whole where no cue says
    /// who it is ("In a statement, Zabihullah Mujahid called ..."), not by the surname alone.
    @Test func anotherSpellingOfTheGivenNameIsMatchedWhole() throws {
        let corpus = try Fixtures.corpus([
            "Taliban spokesman Zabiullah Mujahid said the talks went well.",
            "In a statement, Zabihullah Mujahid called the work tedious.",
        ])
        let mujahid = try #require(people(corpus).first { $0.name.hasSuffix("Mujahid") })
        let texts = corpus.mentions(of: mujahid.id).compactMap { corpus.text(of: $0.span) }
        #expect(Set(texts) == ["Zabiullah Mujahid", "Zabihullah Mujahid"], "\(texts)")
        #expect(mujahid.joinedBy["Zabihullah Mujahid"]?.hasPrefix("given names of one class") == true)
        #expect(NameVariants.builtIn.spellingsByGivenName(of: "Karim Haddad").isEmpty)
    }

    @Test func nearNamesOfTwoPeopleStayApart() throws {
        let corpus = try Fixtures.corpus([
            "Opposition spokesman Karim Haddad said the talks failed. Government adviser Karima Haddad said they went well."
        ])
        #expect(Set(people(corpus).map(\.name)) == ["Karim Haddad", "Karima Haddad"])
    }

    /// A lost apostrophe or space that a bad encoding left as U+FFFD still splits the words.
    @Test func anUnreadableCharacterOutsideANameStillSplits() {
        let words = Tokenizer.tokenize("Russia\u{FFFD}s envoy and the\u{FFFD}talks").filter { $0.kind == .word }.map(\.folded)
        #expect(words == ["russia", "s", "envoy", "and", "the", "talks"])
    }
}
