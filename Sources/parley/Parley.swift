import ArgumentParser
import Foundation
import ParleyModel

/// `parley`: a terminal dashboard and command line for reading news coverage of a peace
/// process round by round.
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read the news coverage of a peace process round by round.",
        discussion: "Every fact shown points at the sentence it came from (byte offsets into the file as stored).",
        version: "0.1.0",
        subcommands: [
            BrowseCommand.self, TimelineCommand.self, ActorsCommand.self, SearchCommand.self, ShowCommand.self, RoundCommand.self,
            MatrixCommand.self, ExportCommand.self, BookmarksCommand.self,
            CurateCommand.self,
            GenerateCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self)
}

/// Runs the command with Parley's exit statuses: 0 on success, 2 on bad usage or a corpus
/// that cannot be read, each with one clear line on stderr.
@main
enum Main {
    static func main() {
        do {
            var command = try Parley.parseAsRoot()
            try command.run()
        } catch let error as CorpusError {
            fail("\(error)")
        } catch let error as Gazetteer.LoadError {
            fail("\(error)")
        } catch let error as CorpusGenerator.GenerateError {
            fail("\(error)")
        } catch {
            let code = Parley.exitCode(for: error)
            if code == .success {
                print(Parley.fullMessage(for: error))
                exit(0)
            }
            let message = Parley.fullMessage(for: error)
            if error is ValidationError || code == .validationFailure {
                fail(message.split(separator: "\n").first.map(String.init) ?? message, hint: true)
            }
            fail(message)
        }
    }

    static func fail(_ message: String, hint: Bool = false) -> Never {
        var text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        if hint { text += " (see parley --help)" }
        FileHandle.standardError.write(Data("parley: \(text)\n".utf8))
        exit(2)
    }
}
