import Foundation
import ParleyModel
import ParleyUI

/// Writes what the dashboard's `E` asks for: rendered as `parley export` renders it, into a new
/// file in `folder` ("parley-astana-round-4.md", then "-2" and on rather than over an old one).
struct DashboardExport: Sendable {
    let folder: URL

    /// The path written.
    func write(_ request: ExportRequest, _ corpus: Corpus) throws -> String {
        let text = try render(request, corpus)
        let fm = FileManager.default
        var url = folder.appendingPathComponent("parley-\(request.name).\(request.fileExtension)")
        var n = 2
        while fm.fileExists(atPath: url.path) {
            url = folder.appendingPathComponent("parley-\(request.name)-\(n).\(request.fileExtension)")
            n += 1
        }
        try Data(text.utf8).write(to: url, options: .atomic)
        let here = fm.currentDirectoryPath
        return url.path.hasPrefix(here + "/") ? "./" + url.path.dropFirst(here.count + 1) : url.path
    }

    func render(_ request: ExportRequest, _ corpus: Corpus) throws -> String {
        switch request.content {
        case .brief(let entries, let title):
            return try ExportCommand.render(.markdown, corpus, entries: entries, actor: nil, title: title)
        case .table(let table, let entries, let actors):
            let (header, rows) = ExportTables.table(table, corpus, entries: entries, actors: actors)
            return try CSVText.write(header, rows)
        case .matrix(let key):
            let (header, rows) = ActorRoundMatrix(corpus, track: key.track, actors: key.actors, sort: key.sort).table
            return try CSVText.write(header, rows)
        case .bookmarks(let bookmarks):
            return MarkdownBrief(corpus, entries: [], title: "Bookmarks", bookmarks: bookmarks).text
        case .accounts(let entry):
            return try ReportJSON.text(RoundAccountsReport(RoundAccounts(corpus, entry: entry), in: corpus))
        }
    }
}
