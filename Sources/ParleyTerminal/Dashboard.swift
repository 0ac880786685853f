import Foundation
import ParleyModel
import ParleyUI

/// Runs the dashboard in the terminal: read a key, map it to an action, `update`, `render`,
/// draw what changed — until the user quits. The terminal is restored on every way out.
public enum Dashboard {
    /// How long typing must pause before a global search runs: long enough that a word typed
    /// at speed runs one search, short enough to feel immediate.
    static let searchPauseMs = 60

    /// Opens the dashboard at once and loads the corpus behind a progress screen; `q` or
    /// Ctrl-C while it loads quits. Errors from `load` are thrown after the terminal is restored.
    ///
    /// `stores` are where the folder's curation, bookmarks and session are kept: read once the
    /// corpus is loaded, written after each change (the session on quit).
    public static func run(
        folder: String, keyMap: KeyMap = .standard, options: Terminal.Options = Terminal.Options(),
        stores: DashboardStores = DashboardStores(),
        export: (@Sendable (ExportRequest, Corpus) throws -> String)? = nil,
        load: @escaping @Sendable (@escaping @Sendable (LoadProgress) -> Void) throws -> Corpus
    ) throws {
        let terminal = try Terminal(options: options)
        defer { terminal.restore() }
        let job = LoadJob()
        Thread.detachNewThread {
            let result = Result { try load { job.report($0) } }
            job.finish(result)
        }
        var shown: LoadProgress?
        while true {
            if let result = job.result {
                loop(terminal, corpus: try result.get(), keyMap: keyMap, stores: stores, export: export)
                return
            }
            let progress = job.progress
            if progress != shown {
                terminal.draw(LoadingView.render(progress, folder: folder, size: terminal.size))
                shown = progress
            }
            switch terminal.readKey(timeoutMs: 50) {
            case .character("q"), .ctrl("c"), .escape: return
            case .resize: shown = nil
            default: break
            }
        }
    }

    static func loop(
        _ terminal: Terminal, corpus: Corpus, keyMap: KeyMap, stores: DashboardStores,
        export: (@Sendable (ExportRequest, Corpus) throws -> String)?
    ) {
        let store = stores.curation
        var log = CurationLog()
        var problem: String? = store == nil ? "the dashboard was opened with --no-curation" : nil
        if let store {
            do { log = try store.load() } catch { problem = "\(error)" }
        }
        var curationOnDisk = log
        var initial = AppState(corpus: corpus, size: terminal.size, curation: log)
        initial.keyMap = keyMap
        initial.curationProblem = problem
        var notes: [String] = []
        var bookmarksOnDisk: [Bookmark] = []
        if let bookmarks = stores.bookmarks {
            do {
                initial.bookmarks = try bookmarks.load()
                bookmarksOnDisk = initial.bookmarks
            } catch {
                // Left as it is: no bookmark is written over a file that could not be read.
                initial.bookmarksProblem = "\(error)"
                notes.append("bookmarks: \(error)")
            }
        }
        var keepSession = stores.session != nil
        if let session = stores.session, !stores.fresh {
            do {
                if let memory = try session.load() { initial.restore(memory) }
            } catch {
                keepSession = false
                notes.append("session: \(error)")
            }
        }
        var state = update(initial, .resize(terminal.size))
        if !corpus.warnings.isEmpty {
            let n = corpus.warnings.count
            notes.append("\(n) file warning\(n == 1 ? "" : "s"); listed when you quit")
        }
        let orphans = state.curationOutcomes.count { $0.isOrphan }
        if orphans > 0 { notes.append("\(orphans) curation change\(orphans == 1 ? " is an orphan" : "s are orphans"): parley curate list") }
        if let problem, store != nil { notes.append(problem) }
        if !notes.isEmpty { state.message = notes.joined(separator: " · ") }
        terminal.draw(render(state))
        FirstFrame.stamp()
        DebugSwitch.trapIfAsked()
        while !state.isFinished {
            // While a global search waits for typing to pause, wait only that long for a key.
            guard let key = terminal.readKey(timeoutMs: state.needsSearch ? searchPauseMs : nil) else {
                if state.needsSearch {
                    state = update(state, .refreshSearch)
                    terminal.draw(render(state))
                }
                continue
            }
            let action: Action?
            if key == .resize {
                action = .resize(terminal.size)
            } else {
                action = keyMap.action(for: key, mode: state.mode)
            }
            guard let action else { continue }
            state = update(state, action)
            if let text = state.clipboard {
                terminal.copyToClipboard(text)
                state.clipboard = nil
            }
            if let log = state.curationToSave, let store {
                state.curationToSave = nil
                do {
                    try keep(log, over: &curationOnDisk, what: "the curation file", load: store.load, save: store.save)
                } catch {
                    state = update(state, .report("the change is shown but not kept: \(error)"))
                }
            }
            if let list = state.bookmarksToSave, let bookmarks = stores.bookmarks {
                state.bookmarksToSave = nil
                do {
                    try keep(list, over: &bookmarksOnDisk, what: "the bookmarks file", load: bookmarks.load, save: bookmarks.save)
                } catch {
                    state = update(state, .report("the bookmark is shown but not kept: \(error)"))
                }
            }
            if let request = state.exportRequest {
                state.exportRequest = nil
                let line: String
                if let export {
                    do { line = "exported to \(try export(request, state.corpus))" } catch { line = "export failed: \(error)" }
                } else {
                    line = "export is not available here"
                }
                state = update(state, .report(line))
            }
            if let request = state.outside {
                state.outside = nil
                state = runOutside(request, terminal, state)
            }
            terminal.draw(render(state))
        }
        // Where the user was, for the next start; a failure to keep it loses nothing else.
        // A session file that could not be read is left as it is.
        if keepSession { try? stores.session?.save(state.memory) }
    }
}

extension Dashboard {
    /// Writes `value` only over what this dashboard last read or wrote there (`onDisk`): a change
    /// made meanwhile by another parley (`parley curate`, a second dashboard) is never written
    /// over, and the caller says the dashboard's change is not kept.
    static func keep<T: Equatable>(
        _ value: T, over onDisk: inout T, what: String, load: () throws -> T, save: (T) throws -> Void
    ) throws {
        guard try load() == onDisk else { throw ChangedOutside(what: what) }
        try save(value)
        onDisk = value
    }
}

/// A file changed by another process since the dashboard read it.
struct ChangedOutside: Error, CustomStringConvertible {
    var what: String
    var description: String { "\(what) was changed by another parley since this one read it (quit and start again to see both)" }
}

/// Where the dashboard keeps what the user makes and where they were, per corpus folder; nil
/// stores keep nothing (the keys that change the actors then say why they cannot).
public struct DashboardStores: Sendable {
    public var curation: CurationStore?
    public var bookmarks: BookmarkStore?
    public var session: SessionStore?
    /// Start afresh: the session kept is not restored (it is written again on quit).
    public var fresh: Bool

    public init(curation: CurationStore? = nil, bookmarks: BookmarkStore? = nil, session: SessionStore? = nil, fresh: Bool = false) {
        self.curation = curation
        self.bookmarks = bookmarks
        self.session = session
        self.fresh = fresh
    }
}

extension Dashboard {
    /// Runs an editor or pager with the dashboard set aside, then takes the screen back at
    /// its size now (the terminal may have been resized meanwhile) and says how it went.
    static func runOutside(_ request: OutsideRequest, _ terminal: Terminal, _ state: AppState) -> AppState {
        let command = OutsideCommand(request, environment: ProcessInfo.processInfo.environment)
        var inputFile: URL?
        if let text = command.input {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("parley-passage-\(UUID().uuidString).txt")
            do {
                try Data(text.utf8).write(to: file, options: .atomic)
                inputFile = file
            } catch {
                return update(state, .report("cannot write the passage for \(command.name): \(error.localizedDescription)"))
            }
        }
        defer { if let inputFile { try? FileManager.default.removeItem(at: inputFile) } }
        let outcome = terminal.run(outside: command.arguments, stdinPath: inputFile?.path)
        return update(update(state, .resize(terminal.size)), .report(command.report(outcome)))
    }
}

/// The load running behind the progress screen: its latest progress and its result.
final class LoadJob: @unchecked Sendable {
    private let lock = NSLock()
    private var latest = LoadProgress.reading(done: 0, total: 0)
    private var outcome: Result<Corpus, Error>?

    var progress: LoadProgress { lock.withLock { latest } }
    var result: Result<Corpus, Error>? { lock.withLock { outcome } }

    func report(_ p: LoadProgress) { lock.withLock { latest = p } }
    func finish(_ r: Result<Corpus, Error>) { lock.withLock { outcome = r } }
}

/// For the benchmark: when `PARLEY_FIRST_FRAME_FILE` names a file, the wall-clock time of the
/// first complete frame is written there. Not a user setting, so not in the help.
enum FirstFrame {
    static func stamp() {
        guard let path = ProcessInfo.processInfo.environment["PARLEY_FIRST_FRAME_FILE"] else { return }
        try? String(Date().timeIntervalSince1970).write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// For the tests that the terminal is restored after a crash: `PARLEY_DEBUG_TRAP=1` makes the
/// dashboard trap (as a failed precondition would) right after its first frame. Not a user
/// setting, so not in the help.
enum DebugSwitch {
    static func trapIfAsked() {
        guard ProcessInfo.processInfo.environment["PARLEY_DEBUG_TRAP"] == "1" else { return }
        fatalError("PARLEY_DEBUG_TRAP: deliberate crash after the first frame")
    }
}
