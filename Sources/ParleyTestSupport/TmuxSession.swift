import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program running in a detached tmux pane, driven like a user at a terminal: keys in,
/// screen text out. End-to-end tests of the dashboard use it.
///
/// Each session starts its own tmux server on a private socket (`tmux -L parley-e2e-…`), so
/// tests running in parallel never share a server, and the user's own tmux is never touched.
/// The program runs under a tiny `/bin/sh` wrapper that records its exit status in a file
/// (tmux 3.3a's `#{pane_dead_status}` is unreliable: it often stays empty). The pane is kept
/// after the program exits (`remain-on-exit`), so `isAlternateScreen()` still tells whether the
/// program left the alternate screen.
///
/// Nothing here sleeps for a fixed time: `waitFor`/`waitUntil` poll the screen every 50 ms.
/// The tmux server is killed by `close()` and, failing that, when the session is deinitialised.
public final class TmuxSession {
    /// A tmux command that failed, a wait that timed out, or a program that is missing.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// The `tmux` executable found on `PATH`, or nil when tmux is not installed.
    public static let tmuxExecutable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Whether `tmux` is on `PATH`; tests that need it are skipped when it is not.
    public static var isAvailable: Bool { tmuxExecutable != nil }

    /// The `parley` binary under test: `$PARLEY_BIN` when set, else the one beside the test
    /// runner (`ParleyProcess.executable`).
    public static var parleyExecutable: URL {
        if let bin = ProcessInfo.processInfo.environment["PARLEY_BIN"], !bin.isEmpty {
            return URL(fileURLWithPath: bin)
        }
        return ParleyProcess.executable
    }

    /// The private tmux socket name (`tmux -L <socketName>`), unique to this session.
    public let socketName: String
    /// The tmux session's name, used as the target of every command.
    public let sessionName = "e2e"
    /// The pane's width in cells, as last set by `init` or `resize(width:height:)`.
    public private(set) var width: Int
    /// The pane's height in rows, as last set by `init` or `resize(width:height:)`.
    public private(set) var height: Int

    private let tmux: URL
    /// Holds the exit-status file; also the default working directory. Removed by `close()`.
    private let folder: URL
    private let statusFile: URL
    private var socketPath: String?
    private var programPID: pid_t?
    private var programName: String?
    private var closed = false

    /// Starts `command` (executable path, then arguments) in a new detached tmux session of
    /// `width`×`height` cells, with `TERM=term`, `LANG=C.UTF-8`,
    /// `SWIFT_BACKTRACE=interactive=no` and `environment` on top, in `workingDirectory`
    /// (default: a fresh private folder). Returns as soon as the program is started; use
    /// `waitFor` before sending keys.
    public init(
        command: [String], width: Int = 120, height: Int = 40, term: String = "xterm-256color",
        environment: [String: String] = [:], workingDirectory: URL? = nil
    ) throws {
        guard let tmux = Self.tmuxExecutable else { throw Failure("tmux is not on PATH") }
        guard let program = command.first else { throw Failure("TmuxSession needs a command to run") }
        self.tmux = tmux
        self.width = width
        self.height = height
        let unique = "\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
        socketName = "parley-e2e-\(unique)"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-\(unique)", isDirectory: true)
        statusFile = folder.appendingPathComponent("exit-status")
        let socketFolder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        socketPath = "\(socketFolder)/tmux-\(getuid())/\(socketName)"
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        // Data, state and cache folders of the session's own: a user's curation, bookmarks, last
        // session or cache never change what a test sees.
        var env = [
            "SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8", "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
            "XDG_STATE_HOME": folder.appendingPathComponent("state").path, "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path,
        ]
        for (k, v) in environment { env[k] = v }
        // The wrapper keeps the program's exit status (128+N when killed by signal N). A trap
        // (not an ignore, which exec would pass on) keeps the shell alive through Ctrl-C.
        let wrapper =
            [
                "/bin/sh", "-c", #"status_file=$1; shift; trap : INT QUIT; "$@"; echo $? > "$status_file""#,
                "sh", statusFile.path, program,
            ] + command.dropFirst()
        var args = [
            "start-server", ";",
            "set-option", "-g", "remain-on-exit", "on", ";",
            // What a program copies with OSC 52 becomes tmux's buffer (`buffer()`).
            "set-option", "-g", "set-clipboard", "on", ";",
            "set-option", "-g", "default-terminal", term, ";",  // tmux overrides TERM from -e
            "new-session", "-d", "-s", sessionName, "-x", String(width), "-y", String(height),
            "-c", (workingDirectory ?? folder).path,
        ]
        for (k, v) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", Self.literal("\(k)=\(v)")] }
        args.append("--")
        args += wrapper.map(Self.literal)
        do {
            try tmuxCommand(args)
            if let path = try? format("#{socket_path}"), !path.isEmpty { socketPath = path }
        } catch {
            close()
            throw error
        }
    }

    /// Starts the `parley` binary under test (see `parleyExecutable`) with `arguments`.
    public static func parley(
        _ arguments: [String] = [], width: Int = 120, height: Int = 40,
        term: String = "xterm-256color", environment: [String: String] = [:],
        workingDirectory: URL? = nil
    ) throws -> TmuxSession {
        let exe = parleyExecutable
        guard FileManager.default.isExecutableFile(atPath: exe.path) else {
            throw Failure("parley is not built at \(exe.path); build it, or set PARLEY_BIN")
        }
        return try TmuxSession(
            command: [exe.path] + arguments, width: width, height: height, term: term,
            environment: environment, workingDirectory: workingDirectory)
    }

    deinit { close() }

    // MARK: Input

    /// Sends keys by tmux name, one key per argument: `"j"`, `"Enter"`, `"Escape"`, `"Tab"`,
    /// `"BTab"`, `"Up"`, `"C-c"`, `"F1"`, `"?"`.
    public func sendKeys(_ keys: String...) throws {
        try tmuxCommand(["send-keys", "-t", sessionName, "--"] + keys.map(Self.literal))
    }

    /// Types `text` literally (`send-keys -l`): no key names are looked up.
    public func type(_ text: String) throws {
        try tmuxCommand(["send-keys", "-t", sessionName, "-l", "--", Self.literal(text)])
    }

    // MARK: Output

    /// The visible screen as plain text (`capture-pane -p`), one line per row, trailing blanks
    /// trimmed by tmux. Colours and attributes are not included.
    public func screen() throws -> String {
        try capture(["-p"])
    }

    /// The visible screen with colours and attributes as SGR escape sequences
    /// (`capture-pane -p -e`).
    public func styledScreen() throws -> String {
        try capture(["-p", "-e"])
    }

    /// Polls the screen every 50 ms until it contains `text`, and returns that screen. Throws,
    /// with the last screen in the message, after `timeout` seconds or if the program exits.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        try waitUntil({ $0.contains(text) }, timeout: timeout, description: "“\(text)” on the screen")
    }

    /// Polls the screen every 50 ms until `predicate` holds for it, and returns that screen.
    /// Throws, with `description` and the last screen in the message, after `timeout` seconds
    /// or if the program exits first.
    @discardableResult
    public func waitUntil(
        _ predicate: (String) -> Bool, timeout: TimeInterval = 10,
        description: String = "the expected screen"
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let exited = exitStatus()
            let current = try screen()
            if predicate(current) { return current }
            if let exited {
                throw Failure("the program exited (status \(exited)) while waiting for \(description); last screen:\n\(current)")
            }
            if Date() >= deadline {
                throw Failure("timed out after \(timeout) s waiting for \(description); last screen:\n\(current)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    // MARK: Window and process

    /// Resizes the window (`resize-window -x -y`, which also makes its size manual); the program
    /// gets SIGWINCH. (Setting `window-size manual` globally before the first session crashes
    /// tmux 3.3a's server, so it is left to `resize-window`.)
    public func resize(width: Int, height: Int) throws {
        try tmuxCommand(["resize-window", "-t", sessionName, "-x", String(width), "-y", String(height)])
        self.width = width
        self.height = height
    }

    /// The process id of the program in the pane (the wrapper shell's child). Waits up to
    /// 5 s for it to be started; throws if it has already exited.
    public var pid: pid_t {
        get throws {
            if let programPID { return programPID }
            guard let shell = pid_t(try format("#{pane_pid}")) else { throw Failure("tmux gave no pane_pid") }
            let deadline = Date().addingTimeInterval(5)
            while true {
                if let child = Self.children(of: shell).first {
                    programPID = child
                    programName = Self.commandName(child)
                    return child
                }
                if exitStatus() != nil { throw Failure("the program has already exited") }
                if Date() >= deadline { throw Failure("no program process under the pane's shell \(shell)") }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    /// Sends `signal` (default SIGTERM) to the program itself, not to tmux or the wrapper.
    public func kill(signal: Int32 = SIGTERM) throws {
        let target = try pid
        if sendSignal(target, signal) != 0 {
            throw Failure("kill(\(target), \(signal)) failed: errno \(errno)")
        }
    }

    /// Whether the pane is showing the alternate screen (`#{alternate_on}`). After the
    /// program exits this tells whether it switched back to the normal screen.
    public func isAlternateScreen() throws -> Bool {
        try format("#{alternate_on}") == "1"
    }

    /// Whether the pane's process (the wrapper, which ends just after the program) has exited
    /// (`#{pane_dead}`); the pane itself stays, with its last screen.
    public func isDead() throws -> Bool {
        try format("#{pane_dead}") == "1"
    }

    /// The program's exit status once it has exited (128+N if it died of signal N), else nil.
    public func exitStatus() -> Int32? {
        guard let data = FileManager.default.contents(atPath: statusFile.path) else { return nil }
        return Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Polls until the program has exited and its pane is dead, then returns its exit status.
    @discardableResult
    public func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let status = exitStatus(), try isDead() { return status }
            if Date() >= deadline {
                let last = (try? screen()) ?? "(no screen)"
                throw Failure("timed out after \(timeout) s waiting for the program to exit; last screen:\n\(last)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Kills the tmux server (and with it the program), and removes the socket and the
    /// session's private folder. Safe to call more than once.
    public func close() {
        if closed { return }
        closed = true
        // Note the program, if it is still running, to make sure it does not outlive tmux.
        if programPID == nil, exitStatus() == nil,
            let shell = (try? format("#{pane_pid}")).flatMap({ pid_t($0) }),
            let child = Self.children(of: shell).first
        {
            programPID = child
            programName = Self.commandName(child)
        }
        _ = try? tmuxCommand(["kill-server"])
        if let program = programPID, let name = programName {
            let deadline = Date().addingTimeInterval(2)
            while Self.commandName(program) == name, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if Self.commandName(program) == name { _ = sendSignal(program, SIGKILL) }
        }
        if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
        try? FileManager.default.removeItem(at: folder)
    }

    /// tmux's newest paste buffer (what the program last copied with OSC 52), or nil when
    /// there is none yet.
    public func buffer() throws -> String? {
        try? tmuxCommand(["show-buffer"])
    }

    // MARK: tmux plumbing

    /// One pane format, e.g. `#{alternate_on}`, without the trailing newline.
    private func format(_ format: String) throws -> String {
        try tmuxCommand(["display-message", "-p", "-t", sessionName, format])
            .trimmingCharacters(in: .newlines)
    }

    private func capture(_ options: [String]) throws -> String {
        var text = try tmuxCommand(["capture-pane", "-t", sessionName] + options)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Runs `tmux -L <socket> -f /dev/null <arguments>` and returns its standard output.
    ///
    /// tmux is started with `posix_spawn`, not Foundation's `Process`: the first command forks
    /// the tmux server, which would inherit `Process`'s exit-watching socket (so
    /// `waitUntilExit` would hang until the server died) and the test thread's blocked signal
    /// mask (so the server and the program in the pane would never see SIGTERM or SIGWINCH).
    /// Here the child gets an empty signal mask, default signal actions, no descriptors beyond
    /// 0–2, and writes its output to files, so nothing waits on a pipe the server might hold.
    @discardableResult
    private func tmuxCommand(_ arguments: [String]) throws -> String {
        let out = folder.appendingPathComponent("tmux-stdout").path
        let err = folder.appendingPathComponent("tmux-stderr").path
        let status = try Self.spawnAndWait(
            tmux.path, ["tmux", "-L", socketName, "-f", "/dev/null"] + arguments,
            environment: Self.serverEnvironment, stdout: out, stderr: err)
        let output = String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
        guard status == 0 else {
            let message = String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure("tmux \(arguments.prefix(4).joined(separator: " ")) failed (status \(status)): \(message)")
        }
        return output
    }

    /// Spawns `path` with `arguments` (argv[0] first) and waits for it; returns the exit
    /// status (128+N for signal N).
    private static func spawnAndWait(
        _ path: String, _ arguments: [String], environment: [String: String],
        stdout: String, stderr: String
    ) throws -> Int32 {
        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #else
            var actions: posix_spawn_file_actions_t?
            var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if canImport(Glibc)
            // glibc ≥ 2.34 has it, but Swift's Glibc module does not import it: look it up.
            typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
            if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
                _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            }
        #else
            flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure("cannot start \(path): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure("waitpid(\(child)) failed: errno \(errno)") }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are C macros, not imported: decode by hand.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// The environment tmux (and so its server and panes) gets: ours, without anything that
    /// would leak into the pane and change what the program does: an enclosing tmux, a locale
    /// override, a fixed size (ncurses honours LINES/COLUMNS), NO_COLOR, ESCDELAY.
    private static let serverEnvironment: [String: String] = {
        var env = ProcessInfo.processInfo.environment
        for key in ["TMUX", "TMUX_PANE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LINES", "COLUMNS", "NO_COLOR", "ESCDELAY"] {
            env[key] = nil
        }
        env["LANG"] = "C.UTF-8"
        return env
    }()

    /// tmux takes an argument ending in `;` as a command separator unless it ends in `\;`.
    private static func literal(_ argument: String) -> String {
        argument.hasSuffix(";") ? String(argument.dropLast()) + "\\;" : argument
    }

    /// Child processes of `parent`, from /proc.
    private static func children(of parent: pid_t) -> [pid_t] {
        let listed = "/proc/\(parent)/task/\(parent)/children"
        if let data = FileManager.default.contents(atPath: listed) {
            return String(decoding: data, as: UTF8.self).split(separator: " ").compactMap {
                pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        // Kernels without the children file: scan every process's parent.
        let all = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return all.compactMap { pid_t($0) }.filter { parentID(of: $0) == parent }
    }

    private static func parentID(of process: pid_t) -> pid_t? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(process)/stat") else { return nil }
        let stat = String(decoding: data, as: UTF8.self)
        // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 ? pid_t(fields[1]) : nil
    }

    /// The command name of a live process, or nil once it is gone (a zombie counts as gone).
    private static func commandName(_ process: pid_t) -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(process)/stat") else { return nil }
        let stat = String(decoding: data, as: UTF8.self)
        guard let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { return nil }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        if state == "Z" || state == "X" { return nil }
        return String(stat[stat.index(after: open)..<close])
    }
}

/// `kill(2)`, under another name: inside `TmuxSession`, `kill` is the method.
private func sendSignal(_ process: pid_t, _ signal: Int32) -> Int32 {
    kill(process, signal)
}
