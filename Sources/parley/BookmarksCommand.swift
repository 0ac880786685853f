import ArgumentParser
import Foundation
import ParleyModel

/// `parley bookmarks`: the passages bookmarked in the dashboard (`b`), each found again in the
/// articles as they are now, orphans marked.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks", abstract: "List the passages bookmarked in the dashboard, found again in the articles as they are now.")

    @OptionGroup var options: CorpusOptions

    struct Report: Encodable {
        struct Item: Encodable {
            var note: String?
            var quote: String
            /// exact (unchanged), moved (found again by its quote after an edit) or orphan.
            var status: String
            /// Where it is now; null for an orphan.
            var span: SpanJSON?
            /// Where it was when bookmarked.
            var saved: TextSpan
        }
        var file: String
        var bookmarks: [Item]
    }

    func run() throws {
        let folder = try options.folder()
        let store = BookmarkStore(folder: folder)
        let bookmarks: [Bookmark]
        do { bookmarks = try store.load() } catch { throw ValidationError("\(error)") }
        let corpus = try options.load(folder: folder, progress: nil)
        let items = bookmarks.map { b -> Report.Item in
            let located = b.locate(in: corpus)
            let status: String
            switch located {
            case .exact: status = "exact"
            case .moved: status = "moved"
            case .lost: status = "orphan"
            }
            return Report.Item(
                note: b.note, quote: b.passage.quote, status: status, span: located.span.map { SpanJSON($0, in: corpus) },
                saved: b.passage.span)
        }
        if options.json { return try Output.json(Report(file: store.file.path, bookmarks: items)) }
        if items.isEmpty { return Output.line("No bookmarks: b on a passage in the dashboard makes one (\(store.file.path)).") }
        let rows = items.map { i in
            [
                i.status == "orphan" ? "ORPHAN" : i.status, Output.safe(i.note ?? ""), Output.safe(i.quote),
                i.span.map { "\($0.document):\($0.start)-\($0.end)" } ?? "\(i.saved.document):\(i.saved.start)-\(i.saved.end) (was)",
            ]
        }
        Output.table(["STATUS", "NOTE", "QUOTE", "WHERE"], rows)
    }
}
