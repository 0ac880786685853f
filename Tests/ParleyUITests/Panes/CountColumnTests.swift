import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyUI

/// Counts in list columns are shown whole however large a corpus is ("40935", not "409…").
struct CountColumnTests {
    @Test func anActorMentionedTensOfThousandsOfTimesShowsItsWholeCount() throws {
        let corpus = try Fixtures.corpus([String(repeating: "Russia, ", count: 12_345) + "and Turkey."])
        let state = KeyScript.start(corpus, size: Size(width: 120, height: 40))
        let rows = ActorPane.lines(state, width: 40).map(\.text)
        let russia = try #require(rows.first { $0.contains("Russia") })
        #expect(russia.hasSuffix(" 12345"), "\(russia)")
        let turkey = try #require(rows.first { $0.contains("Turkey") })
        #expect(turkey.hasSuffix("     1"), "the column is as wide for every row: \(turkey)")
        #expect(rows.allSatisfy { DisplayWidth.of($0) == 40 && !$0.contains("…") })
    }

    @Test func aRoundReportedByHundredsOfArticlesShowsItsWholeCount() throws {
        let texts = Array(repeating: "The fourth round of Astana talks opened on 3 May 2017 with Russia and Turkey.", count: 120)
        let corpus = try Fixtures.corpus(texts, date: "2017-05-03")
        let state = KeyScript.start(corpus, size: Size(width: 120, height: 40))
        let row = try #require(TimelinePane.model(state, width: 34).lines.first { $0.item != nil })
        #expect(row.text.hasSuffix(" 120▤"), "\(row.text)")
        #expect(DisplayWidth.of(row.text) == 34)
    }

    @Test func aCountColumnFitsTheLargestCount() {
        #expect(Columns.countWidth(7, atLeast: 4) == 4)
        #expect(Columns.countWidth(40_935, atLeast: 4) == 5)
        #expect(Columns.countWidth(1_234_567, atLeast: 2) == 7)
    }
}
