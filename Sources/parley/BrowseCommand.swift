import ArgumentParser
import Foundation
import ParleyModel
import ParleyTerminal

/// The dashboard: round timeline, actor list and source viewer, linked.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Open the dashboard (the default command).")

    @OptionGroup var options: CorpusOptions

    @Flag(name: .long, help: "Start afresh: do not restore where the dashboard was left on this corpus.")
    var fresh = false

    @Option(name: .long, help: ArgumentHelp("The folder E writes exports into (default: the current directory).", valueName: "dir"))
    var out: String?

    func validate() throws {
        if let out {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: out, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("--out '\(out)' is not a folder: E writes its files into one")
            }
        }
        // The dashboard is a screen, not a report: asking it for JSON is a mistake to name.
        if options.json {
            throw ValidationError(
                "browse opens the dashboard and writes no JSON; for JSON use parley timeline | actors | search | show --json")
        }
    }

    func run() throws {
        guard Terminal.isInteractive() else {
            throw ValidationError(
                "the dashboard needs a terminal (stdin and stdout a tty, TERM set and not dumb); for scripts use parley timeline | actors | search | show, with --json"
            )
        }
        let folder = try options.folder()
        let options = self.options
        // The dashboard applies the folder's curation itself, so that u undoes a change.
        let stores = DashboardStores(
            curation: options.noCuration ? nil : CurationStore(folder: folder), bookmarks: BookmarkStore(folder: folder),
            session: SessionStore(folder: folder), fresh: fresh)
        let exports = DashboardExport(folder: URL(fileURLWithPath: out ?? FileManager.default.currentDirectoryPath))
        let load: @Sendable (@escaping @Sendable (LoadProgress) -> Void) throws -> Corpus = { progress in
            try options.loadExtracted(folder: folder, progress: progress)
        }
        try Dashboard.run(folder: folder.path, stores: stores, export: { try exports.write($0, $1) }, load: load)
    }
}
