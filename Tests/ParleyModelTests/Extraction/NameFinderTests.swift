import ParleyModel
import ParleyTestSupport
import Testing

/// Discovery on texts unlike the seeds, with the world gazetteer only.
struct NameFinderTests {
    func discovered(_ text: String) throws -> [Actor] {
        try Fixtures.corpus([text]).actors.actors.filter { $0.origin == .discovered }
    }

    @Test func titlesBeforeANameRevealAPersonWithRoleAndAffiliation() throws {
        let m = MarkedText("⟦Colombian Foreign Minister⟧ ⟦Álvaro Leyva⟧ arrived in Havana on Monday.")
        let corpus = try Fixtures.corpus([m.text])
        let person = try #require(corpus.actors.actors.first { $0.origin == .discovered })
        #expect(person.name == "Álvaro Leyva")
        #expect(person.type == .person)
        #expect(person.affiliation == "Colombia")
        #expect(person.roles.map(\.text) == ["Foreign Minister"])
        #expect(person.roles[0].span.range == m.ranges[0].lowerBound + "Colombian ".utf8.count..<m.ranges[0].upperBound)
        #expect(corpus.mentions(of: person.id).map(\.span.range) == [m.ranges[1]])
    }

    @Test func appositivesSpeechVerbsAndAgentPhrases() throws {
        let names = try discovered(
            """
            Ivan Petrov, a spokesman for the Ukrainian delegation, rejected the plan. \
            The mission was led by Ingrid Larsen. "We will stay," Maria Gomez told Reuters. \
            According to Keanu Moana the vote was fair.
            """
        ).map(\.name)
        #expect(Set(names) == ["Ivan Petrov", "Ingrid Larsen", "Maria Gomez", "Keanu Moana"])
    }

    @Test func namesWithoutACueAreNotPeople() throws {
        let names = try discovered(
            "Eastern Ghouta, a region near Damascus, was shelled. The World Economic Forum met in Davos. Wadi Barada fell."
        ).map(\.name)
        #expect(names.isEmpty)
    }

    @Test func aLaterSurnameJoinsTheFullNameAndVariantsMerge() throws {
        let m = MarkedText("Rebels are led by ⟦Mohammed Alloush⟧. Rebel leader ⟦Mohammad Alloush⟧ said no. ⟦Alloush⟧ left.")
        let corpus = try Fixtures.corpus([m.text])
        let people = corpus.actors.actors.filter { $0.type == .person }
        #expect(people.count == 1)
        let alloush = try #require(people.first)
        #expect(alloush.name == "Mohammed Alloush")
        #expect(alloush.aliases.contains("Mohammad Alloush"))
        #expect(corpus.mentions(of: alloush.id).map(\.span.range) == m.ranges)
        #expect(corpus.mentions(of: alloush.id).last?.kind == .shortName)
    }

    @Test func particlesStayInTheNameAndTitlesStayOut() throws {
        let names = try discovered("UN Special Envoy for Yemen Hans de Groot met Prime Minister Bashir al-Hakim, the rebels said.").map(
            \.name)
        #expect(Set(names) == ["Hans de Groot", "Bashir al-Hakim"])
    }

    @Test func anOrganisationBeforeATitleIsNotAPerson() throws {
        let names = try discovered("The group was led by Hay'at Tahrir faction leader Abu Mohammad Jolani.").map(\.name)
        #expect(!names.contains { $0.hasPrefix("Hay") })
    }

    @Test func dashAppositivesAndBracketedAcronymsKeepTheRole() throws {
        let corpus = try Fixtures.corpus([
            """
            The observers were led by Lena Fischer -- acting deputy head of the OSCE mission -- on Monday. \
            A spokesman for the European Union (EU), Piet Jansen, told AFP it would wait.
            """
        ])
        let people = corpus.actors.actors.filter { $0.origin == .discovered }
        let roles = Dictionary(uniqueKeysWithValues: people.map { ($0.name, $0.roles.map(\.text)) })
        #expect(roles["Lena Fischer"] == ["acting deputy head of the OSCE mission"])
        #expect(roles["Piet Jansen"] == ["spokesman for the European Union (EU)"])
        #expect(people.first { $0.name == "Piet Jansen" }?.affiliation == "European Union")
    }

    @Test func discoveryFindsTheSameName() {
        #expect(PersonName.areVariants("Mohammed Alloush", "Mohammad Alloush"))
        #expect(PersonName.key("Bashar al-Assad") == PersonName.key("Bashar Assad"))
        #expect(!PersonName.areVariants("Bashar al-Assad", "Bashar al-Jaafari"))
        #expect(PersonName.shortForms("Staffan de Mistura") == ["Mistura", "de Mistura"])
    }
}
