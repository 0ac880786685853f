import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// Curation on reports of our own about an invented process: each change, its undo, and a
/// change that names what is not there.
struct ActorCurationTests {
    static let layer = """
        actors:
          - name: Nadia Farouk
            type: person
          - name: Nadia Faruq
            type: person
          - name: Tomas Berg
            type: person
          - name: Northern Front
            type: group
          - name: Harbour Council
            type: group
        """

    static let texts = [
        "Nadia Farouk met Tomas Berg in Lima on Monday. The Northern Front sent a delegation, and Tomas Berg said so.",
        "Nadia Faruq said the Harbour Council had left the talks. Tomas Berg agreed with Nadia Faruq.",
    ]

    static func corpus() throws -> Corpus { try Fixtures.corpus(texts, date: "2021-05-03", actorsYAML: layer) }

    static func actor(_ name: String, _ c: Corpus) -> Actor? { c.actors.actors.first { $0.name == name } }
    static func count(_ name: String, _ c: Corpus) -> Int { actor(name, c).map { c.mentionCount(of: $0.id) } ?? 0 }

    @Test func mergeMakesOneActorWithEveryMentionAndSaysWhy() throws {
        let base = try Self.corpus()
        let before = Self.count("Nadia Farouk", base) + Self.count("Nadia Faruq", base)
        #expect(before == 3)
        let (c, outcomes) = base.curated(by: CurationLog(changes: [.merge(actors: ["Nadia Faruq", "Nadia Farouk"], name: "Nadia Farouk")]))
        #expect(outcomes.allSatisfy { $0.applied })
        #expect(Self.actor("Nadia Faruq", c) == nil)
        let merged = try #require(Self.actor("Nadia Farouk", c))
        #expect(Self.count("Nadia Farouk", c) == 3)
        #expect(merged.aliases.contains("Nadia Faruq"))
        #expect(merged.joinedBy["Nadia Faruq"] == ActorCuration.mergedRule)
        #expect(merged.curation == ["merged by you: Nadia Faruq → Nadia Farouk"])
        // Every mention points at a real actor, and the table's numbers are its positions.
        for (i, a) in c.actors.actors.enumerated() { #expect(a.id == i) }
        #expect(c.actors.mentionsByDocument.joined().allSatisfy { c.actors.actors.indices.contains($0.actor) })
        // Search finds the merged actor by the name that went.
        #expect(c.search.actors(matching: "Nadia Faruq").first.map { c.actors.actors[$0.actor].name } == "Nadia Farouk")
    }

    @Test func mergeUnderANewNameKeepsBothOldNamesAsAliases() throws {
        let (c, _) = try Self.corpus().curated(
            by: CurationLog(changes: [.merge(actors: ["Nadia Faruq", "Nadia Farouk"], name: "N. Farouk")]))
        let a = try #require(Self.actor("N. Farouk", c))
        #expect(Set(a.aliases).isSuperset(of: ["Nadia Farouk", "Nadia Faruq"]))
        #expect(Self.count("N. Farouk", c) == 3)
    }

    @Test func renameKeepsTheMentionsAndTheOldNameAsAnAlias() throws {
        let base = try Self.corpus()
        let (c, outcomes) = base.curated(by: CurationLog(changes: [.rename(actor: "Tomas Berg", name: "Tomás Berg")]))
        #expect(outcomes.allSatisfy { $0.applied })
        #expect(Self.actor("Tomas Berg", c) == nil)
        #expect(Self.count("Tomás Berg", c) == Self.count("Tomas Berg", base))
        #expect(Self.actor("Tomás Berg", c)?.aliases.contains("Tomas Berg") == true)
    }

    @Test func renameToAnotherActorsNameIsRefused() throws {
        let (c, outcomes) = try Self.corpus().curated(by: CurationLog(changes: [.rename(actor: "Tomas Berg", name: "Nadia Farouk")]))
        #expect(outcomes.first?.applied == false)
        #expect(outcomes.first?.note?.contains("merge") == true)
        #expect(Self.actor("Tomas Berg", c) != nil)
    }

    @Test func rejectRemovesTheRowAndItsMentionsOnly() throws {
        let base = try Self.corpus()
        let total = base.actors.mentionsByDocument.joined().count
        let (c, _) = base.curated(by: CurationLog(changes: [.reject(actor: "Harbour Council")]))
        #expect(Self.actor("Harbour Council", c) == nil)
        #expect(c.actors.mentionsByDocument.joined().count == total - Self.count("Harbour Council", base))
        #expect(Self.count("Northern Front", c) == Self.count("Northern Front", base))
    }

    @Test func splitMovesOneMentionToAnActorOfItsOwnOrToOneNamedSo() throws {
        let base = try Self.corpus()
        let berg = try #require(Self.actor("Tomas Berg", base))
        let second = base.mention(of: berg.id, at: 1)
        let anchored = AnchoredSpan(second.span, in: base.document(second.span.document)!)
        let (c, outcomes) = base.curated(by: CurationLog(changes: [.split(actor: "Tomas Berg", mention: anchored, name: "Tomas Berg Jr")]))
        #expect(outcomes.allSatisfy { $0.applied })
        #expect(Self.count("Tomas Berg", c) == Self.count("Tomas Berg", base) - 1)
        let junior = try #require(Self.actor("Tomas Berg Jr", c))
        #expect(c.mentions(of: junior.id).map(\.span) == [second.span])
        #expect(junior.curation == ["split by you from Tomas Berg"])
        // To a name the corpus has: the mention becomes that actor's.
        let (c2, _) = base.curated(by: CurationLog(changes: [.split(actor: "Tomas Berg", mention: anchored, name: "Nadia Farouk")]))
        #expect(Self.count("Nadia Farouk", c2) == Self.count("Nadia Farouk", base) + 1)
        #expect(c2.actors.actors.count == base.actors.actors.count)
    }

    @Test func aSplitToTheActorsOwnNameIsRefused() throws {
        let base = try Self.corpus()
        let berg = try #require(Self.actor("Tomas Berg", base))
        let m = base.mention(of: berg.id, at: 0)
        let anchored = AnchoredSpan(m.span, in: base.document(m.span.document)!)
        let (c, outcomes) = base.curated(by: CurationLog(changes: [.split(actor: "Tomas Berg", mention: anchored, name: "tomas berg")]))
        #expect(outcomes.first?.applied == false)
        #expect(outcomes.first?.note?.contains("another name") == true)
        #expect(c.actors.actors.count { $0.name.lowercased() == "tomas berg" } == 1)
    }

    @Test func mergingAnActorSaidAbsentWithOneSaidPresentLeavesItAbsentOnly() throws {
        let base = Fixtures.seeds
        let three = try #require(base.timeline.entries.firstIndex { $0.number == 3 })
        let absent = try #require(base.timeline.entries[three].participation.first { !$0.present })
        let present = try #require(base.timeline.entries[three].participation.first { $0.present })
        let names = [base.actors.actors[absent.actor].name, base.actors.actors[present.actor].name]
        let (c, _) = base.curated(by: CurationLog(changes: [.merge(actors: names, name: "Both")]))
        let both = try #require(c.actors.actors.firstIndex { $0.name == "Both" })
        let claims = c.timeline.entries[three].participation.filter { $0.actor == both }
        #expect(claims.count == 1 && claims.first?.present == false, "\(claims)")
        #expect(!c.timeline.entries[three].participants.contains(both))
    }

    @Test func aChangeNamingWhatIsNotThereIsAnOrphanAndTheOthersStillApply() throws {
        let base = try Self.corpus()
        let gone = AnchoredSpan(span: TextSpan(document: "doc0.txt", start: 0, end: 5), quote: "Zorro", before: "", after: "")
        let log = CurationLog(changes: [
            .reject(actor: "Karim Haddad"),
            .split(actor: "Tomas Berg", mention: gone, name: "X"),
            .rename(actor: "Northern Front", name: "North Front"),
            .merge(actors: ["Nobody", "Nobody Else"], name: "Nobody"),
        ])
        let (c, outcomes) = base.curated(by: log)
        #expect(outcomes.map(\.isOrphan) == [true, true, false, true])
        #expect(outcomes[0].note == "Karim Haddad is not in the corpus")
        #expect(Self.actor("North Front", c) != nil)
    }

    @Test func laterChangesNameActorsAsEarlierOnesLeftThem() throws {
        let log = CurationLog(changes: [
            .merge(actors: ["Nadia Faruq", "Nadia Farouk"], name: "Nadia Farouk"),
            .rename(actor: "Nadia Farouk", name: "Nadia F."),
            .reject(actor: "Nadia Faruq"),  // merged away: an orphan now
        ])
        let (c, outcomes) = try Self.corpus().curated(by: log)
        #expect(outcomes.map(\.applied) == [true, true, false])
        #expect(Self.count("Nadia F.", c) == 3)
    }

    @Test func mergingTwoParticipantsMakesOneParticipantOfTheirRounds() throws {
        let base = Fixtures.seeds
        let entry = try #require(base.timeline.entries.first { $0.number == 4 })
        let names = Set(entry.participants.map { base.actors.actors[$0].name })
        #expect(names.isSuperset(of: ["Iran", "Turkey"]))
        let (c, _) = base.curated(by: CurationLog(changes: [.merge(actors: ["Iran", "Turkey"], name: "Iran and Turkey")]))
        let after = try #require(c.timeline.entries.first { $0.number == 4 })
        let afterNames = after.participants.map { c.actors.actors[$0].name }
        #expect(afterNames.filter { $0 == "Iran and Turkey" }.count == 1)
        #expect(!afterNames.contains("Iran") && !afterNames.contains("Turkey"))
        #expect(Set(afterNames) == names.subtracting(["Iran", "Turkey"]).union(["Iran and Turkey"]))
        let merged = try #require(c.actors.actors.first { $0.name == "Iran and Turkey" })
        #expect(c.rounds(of: merged.id).map(\.number).contains(4))
    }

    @Test func noChangesIsTheCorpusAsExtracted() throws {
        let base = try Self.corpus()
        let (c, outcomes) = base.curated(by: CurationLog())
        #expect(outcomes.isEmpty)
        #expect(c.actors.actors == base.actors.actors)
    }
}

/// A split names a passage: when its article is edited it is found again by its quote, and
/// listed as an orphan when the quote is gone.
struct CurationAfterEditsTests {
    @Test func aSplitFollowsItsMentionThroughAnEditAndIsAnOrphanWhenItIsGone() throws {
        let base = try ActorCurationTests.corpus()
        let berg = try #require(ActorCurationTests.actor("Tomas Berg", base))
        let last = base.mention(of: berg.id, at: 1)
        let anchored = AnchoredSpan(last.span, in: base.document(last.span.document)!)
        let log = CurationLog(changes: [.split(actor: "Tomas Berg", mention: anchored, name: "Berg the younger")])

        var texts = ActorCurationTests.texts
        texts[0] = "Corrected: " + texts[0]
        let edited = try Fixtures.corpus(texts, date: "2021-05-03", actorsYAML: ActorCurationTests.layer)
        let (c, outcomes) = edited.curated(by: log)
        #expect(outcomes.first?.applied == true)
        let younger = try #require(ActorCurationTests.actor("Berg the younger", c))
        #expect(c.mentions(of: younger.id).map(\.span.start) == [last.span.start + "Corrected: ".utf8.count])

        texts[0] = "Nadia Farouk met Tomas Berg in Lima on Monday. The Northern Front sent a delegation."
        let cut = try Fixtures.corpus(texts, date: "2021-05-03", actorsYAML: ActorCurationTests.layer)
        let (_, lost) = cut.curated(by: log)
        #expect(lost.first?.isOrphan == true)
    }
}
