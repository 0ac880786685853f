import ArgumentParser
import Foundation
import ParleyModel
import ParleyTerminal

/// The dashboard: round timeline, actor list and source viewer, linked.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Open the dashboard (the default command).")

    @OptionGroup var options: CorpusOptions

    func validate() throws {
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
        let store = options.noCuration ? nil : CurationStore(folder: folder)
        try Dashboard.run(folder: folder.path, curation: store) { progress in try options.loadExtracted(folder: folder, progress: progress)
        }
    }
}
