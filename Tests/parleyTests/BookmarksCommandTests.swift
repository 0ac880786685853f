import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Bookmarks survive edits: found again by their quote, or listed as orphans.
struct BookmarksCommandTests {
    @Test func anEditedArticlesBookmarkIsFoundByItsQuoteAndAGoneOneIsAnOrphan() throws {
        let data = try Fixtures.temporaryFolder("parley-bookmarks")
        let env = ["XDG_DATA_HOME": data.path]
        let copy = try Fixtures.copyOfSeeds()
        let file = "003_bd77398d2cc811f7.txt"
        let url = copy.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let sentence = "Regime negotiator Bashar al-Jaafari will lead the Damascus delegation."
        let start = try #require(text.range(of: sentence)).lowerBound.utf16Offset(in: text)
        let byteStart = text.utf8.distance(from: text.utf8.startIndex, to: String.Index(utf16Offset: start, in: text))
        let doc = Document(id: DocumentID(file), text: text)
        let span = TextSpan(document: DocumentID(file), start: byteStart, end: byteStart + sentence.utf8.count)
        try BookmarkStore(folder: copy, environment: env).save([Bookmark(passage: AnchoredSpan(span, in: doc), note: "who leads")])

        func listed() throws -> [String: Any] {
            let r = try ParleyProcess.run(["bookmarks", "--json", "--corpus", copy.path], environment: env)
            #expect(r.status == 0, "\(r.stderr)")
            let j = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
            return try #require((j["bookmarks"] as? [[String: Any]])?.first)
        }
        #expect(try listed()["status"] as? String == "exact")

        // An edit before it: found again by its quote, at its new bytes.
        let edited = "Correction appended above. " + text
        try edited.write(to: url, atomically: true, encoding: .utf8)
        let moved = try listed()
        #expect(moved["status"] as? String == "moved")
        let now = try #require(moved["span"] as? [String: Any])
        let bytes = [UInt8](try Data(contentsOf: url))
        let s = try #require(now["start"] as? Int)
        let e = try #require(now["end"] as? Int)
        #expect(String(decoding: bytes[s..<e], as: UTF8.self) == sentence)
        #expect(s == byteStart + "Correction appended above. ".utf8.count)

        // Its words gone: an orphan, still listed, and the brief says so.
        try edited.replacingOccurrences(of: sentence, with: "The delegation's head was not named.").write(
            to: url, atomically: true, encoding: .utf8)
        let orphan = try listed()
        #expect(orphan["status"] as? String == "orphan")
        #expect(orphan["span"] == nil || orphan["span"] is NSNull)
        #expect(orphan["note"] as? String == "who leads")
        let brief = try ParleyProcess.run(["export", "--format", "markdown", "--bookmarks", "--corpus", copy.path], environment: env)
        #expect(brief.stderr.contains("1 bookmark is an orphan"))
    }
}
