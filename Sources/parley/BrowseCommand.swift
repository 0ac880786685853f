import ArgumentParser
import Foundation
import ParleyModel
import ParleyTerminal

/// The dashboard: round timeline, actor list and source viewer, linked.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Open the dashboard (the default command).")

    @OptionGroup var options: CorpusOptions

    func run() throws {
        if options.json {
            // Scripts asking the default command for JSON get the timeline.
            return try Output.json(TimelineReport(options.load()))
        }
        guard Terminal.isInteractive() else {
            throw ValidationError(
                "the dashboard needs a terminal (stdin and stdout a tty, TERM set and not dumb); for scripts use parley timeline | actors | search | show, with --json"
            )
        }
        let folder = try options.folder()
        let options = self.options
        try Dashboard.run(folder: folder.path) { progress in try options.load(folder: folder, progress: progress) }
    }
}
