import Foundation
import ParleyUI

/// The program an `OutsideRequest` runs, chosen as other terminal tools choose it: the editor
/// is `$VISUAL`, else `$EDITOR`, else `vi`; the pager is `$PAGER`, else `less`. The setting is
/// a shell command ("code --wait", "less -R"), so it runs through `/bin/sh -c`, with the line
/// and file as its arguments ("vim +12 /corpus/003.txt").
public struct OutsideCommand: Sendable, Equatable {
    /// `/bin/sh`, `-c`, the command, then its arguments.
    public var arguments: [String]
    /// What the status line calls it: the command's first word ("vim").
    public var name: String
    /// Text for its standard input (the pager's passage).
    public var input: String?
    /// What was opened, for the status line ("003.txt line 12").
    public var subject: String

    public init(_ request: OutsideRequest, environment: [String: String]) {
        func setting(_ keys: [String], default fallback: String) -> String {
            for key in keys {
                if let value = environment[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
            }
            return fallback
        }
        switch request {
        case .edit(let path, let line):
            let editor = setting(["VISUAL", "EDITOR"], default: "vi")
            // "$@" keeps a path with spaces one argument; $0 names the editor in sh's messages.
            arguments = ["/bin/sh", "-c", editor + " \"$@\"", editor, "+\(line)", path]
            name = Self.firstWord(editor)
            input = nil
            subject = "\((path as NSString).lastPathComponent) line \(line)"
        case .page(let text):
            let pager = setting(["PAGER"], default: "less")
            arguments = ["/bin/sh", "-c", pager]
            name = Self.firstWord(pager)
            input = text
            subject = "the passage"
        }
    }

    /// The status line after the program ended.
    public func report(_ outcome: Terminal.OutsideOutcome) -> String {
        switch outcome {
        case .exited(0): return "back from \(name) (\(subject))"
        // The shell's status for a command it cannot find or run.
        case .exited(127), .exited(126):
            return input == nil
                ? "cannot run the editor “\(name)”: set $VISUAL or $EDITOR" : "cannot run the pager “\(name)”: set $PAGER"
        case .exited(let status): return "\(name) exited with status \(status)"
        case .killed(let signal): return "\(name) ended by signal \(signal)"
        case .notStarted(let error): return "cannot start /bin/sh for \(name): \(String(cString: strerror(error)))"
        }
    }

    static func firstWord(_ command: String) -> String {
        let word = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? command
        return (word as NSString).lastPathComponent
    }
}
