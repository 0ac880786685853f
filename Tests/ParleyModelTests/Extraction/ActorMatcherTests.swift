import ParleyModel
import ParleyTestSupport
import Testing

struct ActorMatcherTests {
    /// Matches a marked text with a small matcher; returns matched texts with their actor.
    func match(_ marked: String, _ names: [(String, Int, Mention.Kind)], places: [String] = []) -> (
        MarkedText, [ActorMatcher.Match], Document
    ) {
        let m = MarkedText(marked)
        var matcher = ActorMatcher()
        for (n, a, k) in names { matcher.add(n, actor: a, kind: k) }
        for p in places { matcher.addPlace(p) }
        let doc = Document(id: "t.txt", text: m.text)
        let matches = doc.sentences.flatMap { matcher.matches(in: doc.tokens, range: $0.tokens) }
        return (m, matches, doc)
    }

    @Test func longestMatchWins() {
        let (m, found, doc) = match(
            "The ⟦Syrian Democratic Council⟧ is not ⟦Syria⟧.",
            [("Syria", 0, .name), ("Syrian Democratic Council", 1, .name)])
        #expect(found.map { doc.tokens[$0.firstToken].start..<doc.tokens[$0.lastToken].end } == m.ranges)
        #expect(found.map(\.actor) == [1, 0])
    }

    @Test func foldsCaseDiacriticsWhitespaceAndPunctuation() {
        let (m, found, doc) = match(
            "⟦Sedat Onal⟧ met ⟦KAIRAT  Abdrakhmanov⟧ and the ⟦U.N.⟧ envoy and ⟦Bashar al Assad⟧.",
            [
                ("Sedat Önal", 0, .name), ("Kairat Abdrakhmanov", 1, .name), ("UN", 2, .alias), ("U.N.", 2, .alias),
                ("Bashar al-Assad", 3, .name),
            ])
        #expect(found.map { doc.tokens[$0.firstToken].start..<doc.tokens[$0.lastToken].end } == m.ranges)
    }

    @Test func acronymsMatchOnlyInCapitalsAndNamesOnlyCapitalised() {
        let (_, found, _) = match(
            "Tell us what the US and the polish envoy, a Polish diplomat, said.",
            [("US", 0, .alias), ("Polish", 1, .demonym)])
        #expect(found.map(\.actor) == [0, 1])
    }

    @Test func capitalsInLocativeUseArePlaces() {
        let (_, found, _) = match(
            "Moscow said talks in Moscow and the Moscow format would go on.",
            [("Moscow", 0, .capital)])
        #expect(found.map(\.isPlace) == [false, true, true])
    }

    /// A dateline is where the report was written; a list of states at the start is not one.
    @Test func aDatelineIsAPlaceAndAListOfStatesIsNot() {
        var matcher = ActorMatcher()
        matcher.add("Vienna", actor: 0, kind: .capital)
        matcher.add("Russia", actor: 1, kind: .name)
        matcher.add("Turkey", actor: 2, kind: .name)
        func places(_ text: String) -> [Bool] {
            let doc = Document(id: "t.txt", text: text)
            return matcher.matches(in: doc.tokens, sentences: doc.sentences).map(\.isPlace)
        }
        #expect(places("VIENNA, Dec 3 (Reuters) - Talks resumed.") == [true])
        #expect(places("Vienna, 30 November 2021 (TDI): Talks resumed.") == [true])
        #expect(places("Vienna – Talks resumed.") == [true])
        #expect(places("Russia, Turkey and Iran sign a memorandum.") == [false, false])
        #expect(places("Vienna, Moscow and Ankara sent envoys.") == [false])
        #expect(places("The talks went on. More came. Vienna, the host, was pleased.") == [false])
    }

    @Test func aPlaceAfterAModifiedLocativeOrAVerbOfGoingIsAPlace() {
        var matcher = ActorMatcher()
        matcher.add("Vienna", actor: 0, kind: .capital)
        matcher.add("Russia", actor: 1, kind: .name)
        func places(_ text: String) -> [Bool] {
            let doc = Document(id: "t.txt", text: text)
            return matcher.matches(in: doc.tokens, sentences: doc.sentences).map(\.isPlace)
        }
        #expect(places("The team gathers at a hotel in downtown Vienna.") == [true])
        #expect(places("The envoy reached Vienna on Thursday.") == [true])
        #expect(places("He visited Vienna and Moscow.") == [true])
        // Near misses: a modifier with no locative before it, and a verb that is not of going.
        #expect(places("The central Vienna office said so.") == [false])
        #expect(places("The envoy met Vienna's negotiators.") == [false])
        #expect(places("Talks with Russia resumed.") == [false])
    }

    @Test func aDemonymBeforeTheCountrysPeopleOrWarIsNoMention() {
        var matcher = ActorMatcher()
        matcher.add("Syrian", actor: 0, kind: .demonym)
        func count(_ text: String) -> Int {
            let doc = Document(id: "t.txt", text: text)
            return matcher.matches(in: doc.tokens, sentences: doc.sentences).count
        }
        #expect(count("The Syrian civil war has killed many.") == 0)
        #expect(count("Syrian people want peace.") == 0)
        #expect(count("Syrian refugees crossed the border.") == 0)
        // Part of another thing's name.
        #expect(count("The Syrian Stream pipeline was finished.") == 0)
        // Near misses: the state's people and bodies.
        #expect(count("Syrian officials attended the talks.") == 1)
        #expect(count("The Syrian Foreign Minister spoke.") == 1)
        #expect(count("The Syrian delegation arrived.") == 1)
        #expect(count("The Syrian foreign minister spoke.") == 1)
    }

    @Test func aNameStartingWithTheGivesWayToALongerOneAtTheNextWord() {
        var matcher = ActorMatcher()
        matcher.add("the UN", actor: 0, kind: .alias)
        matcher.add("UN High Commissioner for Refugees", actor: 1, kind: .alias)
        func actors(_ text: String) -> [Int] {
            let doc = Document(id: "t.txt", text: text)
            return matcher.matches(in: doc.tokens, sentences: doc.sentences).map(\.actor)
        }
        #expect(actors("The UN High Commissioner for Refugees sent aid.") == [1])
        #expect(actors("The UN said it would send aid.") == [0])
    }

    @Test func higherPriorityReplacesAndEqualPriorityKeepsTheFirst() {
        var matcher = ActorMatcher()
        matcher.add("Damascus", actor: 0, kind: .capital, priority: 1)
        matcher.add("Damascus", actor: 1, kind: .alias, priority: 2)
        matcher.add("Damascus", actor: 2, kind: .alias, priority: 2)
        let doc = Document(id: "t.txt", text: "Damascus rejected it.")
        #expect(matcher.matches(in: doc.tokens, range: doc.sentences[0].tokens).map(\.actor) == [1])
    }
}
