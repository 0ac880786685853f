import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// Who says what about a round: each article's own claims, and the tallies across them.
struct RoundAccountsTests {
    /// Two reports of one invented round that disagree on its date and on who came.
    static let texts = [
        "The third round of the Quito talks was held on 4 March 2022. Peru and Chile attended the third round of the Quito talks.",
        "The third round of the Quito talks was held on 9 April 2022. Chile did not attend the third round of the Quito talks; Peru attended.",
    ]

    @Test func eachArticleKeepsItsOwnClaimsAndTheTalliesShowTheDisagreement() throws {
        let corpus = try Fixtures.corpus(Self.texts, date: "2022-04-20")
        let e = try #require(corpus.timeline.entries.firstIndex { $0.number == 3 }, "\(corpus.timeline.entries.map(\.id))")
        let r = RoundAccounts(corpus, entry: e)
        #expect(r.accounts.count == 2)
        // Every claim of an article is of that article.
        for a in r.accounts {
            let id = corpus.documents[a.document].id
            #expect(a.dates.allSatisfy { $0.span.document == id && $0.sentence.contains($0.span) })
            #expect(a.participation.allSatisfy { $0.span.document == id && $0.sentence.contains($0.span) })
        }
        #expect(r.dates.count == 2 && r.dates.allSatisfy { $0.articles == 1 }, "\(r.dates)")
        #expect(r.datesDisagree)
        let chile = try #require(corpus.actors.actors.firstIndex { $0.name == "Chile" })
        let peru = try #require(corpus.actors.actors.firstIndex { $0.name == "Peru" })
        #expect(r.splits.contains(RoundAccounts.Split(actor: chile, present: 1, absent: 1)), "\(r.splits)")
        #expect(!r.splits.contains { $0.actor == peru })
        #expect(r.disagree)
        // Side by side: Chile present in one article, absent in the other, both lines disputed.
        let lines = r.comparison(corpus)
        let chilePresent = try #require(lines.first { $0.kind == "present" && $0.value == "Chile" })
        let chileAbsent = try #require(lines.first { $0.kind == "absent" && $0.value == "Chile" })
        #expect(chilePresent.disputed && chileAbsent.disputed)
        #expect(chilePresent.byArticle.compactMap { $0 }.count == 1 && chileAbsent.byArticle.compactMap { $0 }.count == 1)
        #expect(lines.allSatisfy { $0.byArticle.count == 2 && $0.byArticle.contains { $0 != nil } })
        #expect(lines.first { $0.kind == "present" && $0.value == "Peru" }?.byArticle.allSatisfy { $0 != nil } == true)
        // Peru is present in both articles' accounts, though the timeline keeps one claim for it.
        #expect(r.accounts.allSatisfy { a in a.participation.contains { $0.actor == peru && $0.present } })
    }

    @Test func datesOfDifferentPrecisionAgree() throws {
        let corpus = Fixtures.seeds
        let one = try #require(corpus.timeline.entries.firstIndex { $0.number == 1 })
        let r = RoundAccounts(corpus, entry: one)
        #expect(r.dates.count == 2, "Jan 2017 and 23–25 Jan 2017: \(r.dates)")
        #expect(!r.datesDisagree)
    }
}
