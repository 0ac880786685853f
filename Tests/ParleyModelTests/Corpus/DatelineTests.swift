import Foundation
import ParleyModel
import Testing

/// Datelines of our own making, in the styles agencies use, and first lines that are not ones.
struct DatelineTests {
    func read(_ text: String) -> (place: String?, date: String?)? {
        Dateline.read(text, from: 0).map { ($0.place, $0.date?.edtf) }
    }

    @Test func agencyDatelinesGiveThePlaceAndTheDateAsWritten() throws {
        let a = try #require(read("LIMA, Sept 15 (Reuters) – Delegates met on Monday."))
        #expect(a.place == "Lima")
        #expect(a.date == "XXXX-09-15")
        let b = try #require(read("QUITO, Ecuador (AP) — Talks resumed."))
        #expect(b.place == "Quito")
        #expect(b.date == nil)
        let c = try #require(read("MOSCOW, July 4. /TASS/. The envoy said."))
        #expect(c.place == "Moscow")
        #expect(c.date == "XXXX-07-04")
        let d = try #require(read("SANTA CRUZ (Kazinform) – The round opened."))
        #expect(d.place == "Santa Cruz")
        let e = try #require(read("Nur-Sultan, 22 December 2021 (TDI): Delegates came."))
        #expect(e.place == "Nur-Sultan")
        #expect(e.date == "2021-12-22")
    }

    @Test func aFirstLineThatIsOnlyADateIsTheArticlesDate() throws {
        let a = try #require(read("15 September 2017\n\nDelegates met in Quito."))
        #expect(a.date == "2017-09-15")
        #expect(a.place == nil)
    }

    @Test func sentencesAreNotDatelines() {
        #expect(read("Russia, Iran and Turkey met on Monday in Quito.") == nil)
        #expect(read("Iran (which hosts the talks this year) said – again – no.") == nil)
        #expect(read("Officials – who spoke on condition of anonymity – said so.") == nil)
        #expect(read("The talks – long delayed – opened.") == nil)
        #expect(read("Talks were held on 15 September 2017 in Quito.") == nil)
    }

    /// The loader takes the dateline's date only where the article's head and the catalog give none.
    @Test func theDatelineFillsOnlyWhatNothingElseSays() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "QUITO, 3 May 2022 (AP) – The talks went on.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "---\ndate: 2022-05-09\n---\nQUITO, 3 May 2022 (AP) – The talks went on.".write(
            to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let loaded = try CorpusLoader.load(folder: dir)
        let byName = Dictionary(uniqueKeysWithValues: loaded.documents.map { ($0.id.path, $0.metadata) })
        #expect(byName["a.txt"]?.date?.edtf == "2022-05-03")
        #expect(byName["a.txt"]?.place == "Quito")
        #expect(byName["b.txt"]?.date?.edtf == "2022-05-09")
    }
}
