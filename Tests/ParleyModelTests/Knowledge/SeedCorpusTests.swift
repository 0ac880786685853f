import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Golden expectations on the built-in corpus (the five Astana reports).
struct SeedCorpusTests {
    let corpus = Fixtures.seeds

    static let people = [
        "Hossein Jaberi Ansari", "Staffan de Mistura", "Anuar Jaynakov", "Mohammed Alloush", "Stephane Dujarric",
        "Alexander Lavrentiev", "Vladimir Putin", "Sedat Önal", "Kairat Abdrakhmanov", "Bashar al-Assad",
        "Mehmet Simsek", "Bashar al-Jaafari", "Yehya Aridi", "Stuart Jones", "Donald Trump",
    ]

    func round(_ n: Int) -> TimelineEntry? {
        corpus.timeline.entries.first { $0.track == "Astana" && $0.number == n }
    }

    @Test func theAstanaRoundsAreOnTheTimelineAndNoOtherProcessIs() {
        let astana = Set(corpus.timeline.entries.filter { $0.track == "Astana" }.map(\.number))
        #expect(astana.isSuperset(of: [1, 3, 4, 8, 20, 21]))
        #expect(corpus.timeline.entries.allSatisfy { $0.track == "Astana" })
        #expect(!corpus.timeline.entries.contains { $0.track.lowercased().contains("geneva") || $0.track.lowercased().contains("sochi") })
        // The Geneva rounds are kept as claims, not dropped.
        #expect(corpus.timeline.unresolved.contains { $0.track == "Geneva" })
    }

    @Test func roundDates() throws {
        #expect(round(4)?.date?.edtf == "2017-05-03/2017-05-04")
        #expect(try #require(round(8)?.date?.edtf).hasPrefix("2017-12-21"))
        #expect(round(21)?.date?.edtf == "2024-01-24/2024-01-25")
        #expect(try #require(round(1)?.date?.edtf).hasPrefix("2017-01"))
        #expect(try #require(round(3)?.date?.edtf).hasPrefix("2017-03"))
        #expect(round(20)?.date == nil)  // The text gives no date for it: none is invented.
    }

    @Test func bothReportsOfRoundFourAgreeAndAreListed() throws {
        let four = try #require(round(4))
        #expect(!four.hasConflict)
        #expect(four.documents.map(\.path) == ["000_b8db6cc1d0e6c462.txt", "003_bd77398d2cc811f7.txt"])
        #expect(Set(four.dateClaims.map(\.value.edtf)) == ["2017-05-03/2017-05-04"])
        #expect(four.dateClaims.count >= 2)
        #expect(four.place == "Astana")
    }

    @Test func theUnnumberedCNNReportJoinsRoundOne() throws {
        let one = try #require(round(1))
        #expect(one.documents.map(\.path).contains("002_3e46f490d37a4172.txt"))
    }

    @Test func roundParticipantsIncludeTheGuarantors() throws {
        let names = Set(try #require(round(8)).participants.map { corpus.actors.actors[$0].name })
        #expect(names.isSuperset(of: ["Russia", "Iran", "Turkey"]))
    }

    @Test(arguments: people)
    func eachPersonIsOneActorWithVariantsMerged(_ name: String) throws {
        let key = TextFolding.key(name)
        let matches = corpus.actors.actors.filter { TextFolding.key($0.name) == key }
        #expect(matches.count == 1, "\(name): \(matches.map(\.name))")
        #expect(matches.first?.type == .person)
        #expect(!(matches.first.map { corpus.mentions(of: $0.id) }?.isEmpty ?? true))
    }

    @Test func variantsAreMergedIntoOneActor() throws {
        let persons = corpus.actors.actors.filter { $0.type == .person }
        #expect(persons.filter { $0.name.contains("Alloush") || $0.aliases.contains("Mohammad Alloush") }.count == 1)
        let alloush = try #require(persons.first { $0.name == "Mohammed Alloush" })
        let spellings = Set(corpus.mentions(of: alloush.id).compactMap { corpus.text(of: $0.span) })
        #expect(spellings.isSuperset(of: ["Mohammed Alloush", "Mohammad Alloush", "Alloush"]))
        let un = try #require(corpus.actors.actors.first { $0.name == "United Nations" })
        let unSpellings = Set(corpus.mentions(of: un.id).compactMap { corpus.text(of: $0.span) })
        #expect(unSpellings.isSuperset(of: ["UN", "U.N.", "United Nations"]))
        #expect(corpus.actors.actors.filter { $0.name.contains("Assad") && $0.type == .person }.count == 1)
    }

    @Test func rolesAndAffiliations() throws {
        let ansari = try #require(corpus.actors.actors.first { $0.name == "Hossein Jaberi Ansari" })
        #expect(ansari.roles.contains { $0.text == "Deputy Foreign Minister" })
        #expect(ansari.affiliation == "Iran")
        for role in ansari.roles { #expect(corpus.text(of: role.span) == role.text) }
    }

    @Test func metonymsAndDemonymsNameTheirState() throws {
        let russia = try #require(corpus.actors.actors.first { $0.name == "Russia" })
        let texts = Set(corpus.mentions(of: russia.id).compactMap { corpus.text(of: $0.span) })
        #expect(texts.isSuperset(of: ["Russia", "Moscow", "Russian"]))
        #expect(texts.contains { $0.hasSuffix("Kremlin") })
        let syria = try #require(corpus.actors.actors.first { $0.name == "Syria" })
        #expect(!corpus.mentions(of: syria.id).contains { corpus.text(of: $0.span) == "Syrian Democratic Council" })
    }

    @Test func discoveryAloneFindsAtLeast13OfThe15People() throws {
        let copy = try Fixtures.copyOfSeeds()
        try FileManager.default.removeItem(at: copy.appendingPathComponent("actors.yaml"))
        let bare = try Corpus.load(folder: copy)
        let found = Self.people.filter { name in
            bare.actors.actors.contains { a in
                a.type == .person && a.origin == .discovered
                    && (PersonName.key(a.name) == PersonName.key(name) || PersonName.areVariants(a.name, name))
            }
        }
        #expect(found.count >= 13, "found \(found.count): missing \(Set(Self.people).subtracting(found))")
        #expect(!bare.actors.actors.contains { $0.type == .person && $0.name == "Jaish al-Islam" })
    }
}

/// The corpus's queries on mentions, which the dashboard's n/N use instead of copying lists.
struct MentionQueryTests {
    let corpus = Fixtures.seeds

    @Test func mentionIndexFindsEveryMentionAndNothingElse() throws {
        let russia = try #require(corpus.actors.actors.firstIndex { $0.name == "Russia" })
        let all = corpus.mentions(of: russia)
        #expect(corpus.mentionCount(of: russia) == all.count && all.count > 3)
        for (k, m) in all.enumerated() {
            #expect(corpus.mentionIndex(of: russia, at: m.span) == k)
            #expect(corpus.mention(of: russia, at: k) == m)
        }
        // A span that is not one of its mentions (a byte later, another actor's) is nil.
        let doc = try #require(corpus.document(all[0].span.document))
        let shifted = doc.span((all[0].span.start + 1)..<all[0].span.end)
        #expect(corpus.mentionIndex(of: russia, at: shifted) == nil)
        let iran = try #require(corpus.actors.actors.firstIndex { $0.name == "Iran" })
        #expect(corpus.mentionIndex(of: iran, at: all[0].span) == nil)
    }
}

/// An actor's rounds are the rounds the timeline lists it in: `actors` and `timeline` agree.
struct ActorRoundsTests {
    let corpus = Fixtures.seeds

    @Test func anActorsRoundsAreTheRoundsItTakesPartIn() throws {
        let report = ActorsReport(corpus, type: nil)
        for a in report.actors {
            let id = try #require(corpus.actors.actors.firstIndex { $0.name == a.name })
            let listed = corpus.timeline.entries.filter { $0.participants.contains(id) }.map(\.number).sorted()
            #expect(a.rounds == listed, "\(a.name)")
            if a.outlet { #expect(a.rounds.isEmpty, "an outlet takes part in no round: \(a.name)") }
        }
        // Round 3's participants have round 3 among their rounds (it was missing before).
        let three = try #require(corpus.timeline.entries.first { $0.number == 3 })
        for p in three.participants {
            #expect(report.actors.first { $0.name == corpus.actors.actors[p].name }?.rounds.contains(3) == true)
        }
    }
}
