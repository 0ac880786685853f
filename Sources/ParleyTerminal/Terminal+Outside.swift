import CNcursesw
import ParleyUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Terminal {
    /// How a program run outside the dashboard ended.
    public enum OutsideOutcome: Sendable, Equatable {
        case exited(Int32)
        case killed(signal: Int32)
        /// It could not be started (`posix_spawn`'s error number).
        case notStarted(errno: Int32)
    }

    /// Runs `arguments` (the program's path first) in the terminal with the dashboard set
    /// aside, as git runs an editor or less runs `v`: the screen is given back (`endwin`),
    /// standard error is the terminal's again, and the program gets the keyboard, its own
    /// default signal dispositions and `stdinPath` (else the terminal) as its standard input.
    /// While it runs, Ctrl-C, Ctrl-\\ and Ctrl-Z are the program's alone: Parley ignores
    /// them, so quitting the editor with Ctrl-C does not end the dashboard. Afterwards the
    /// next `draw` repaints the whole screen.
    public func run(outside arguments: [String], stdinPath: String? = nil) -> OutsideOutcome {
        guard isOpen, let program = arguments.first else { return .notStarted(errno: EINVAL) }
        endwin()
        TerminalSignals.releaseStandardError()
        let keyboardSignals = [SIGINT, SIGQUIT, SIGTSTP]
        let saved = UnsafeMutablePointer<sigaction>.allocate(capacity: keyboardSignals.count)
        saved.initialize(repeating: sigaction(), count: keyboardSignals.count)
        for (k, signal) in keyboardSignals.enumerated() {
            var ignore = sigaction()
            sigemptyset(&ignore.sa_mask)
            #if canImport(Darwin)
                ignore.__sigaction_u.__sa_handler = SIG_IGN
            #else
                ignore.__sigaction_handler.sa_handler = SIG_IGN
            #endif
            sigaction(signal, &ignore, saved + k)
        }
        defer {
            for (k, signal) in keyboardSignals.enumerated() { sigaction(signal, saved + k, nil) }
            saved.deallocate()
            TerminalSignals.captureStandardError()
            needsFullRedraw = true
        }
        return Self.spawnAndWait(program, arguments, stdinPath: stdinPath)
    }

    private static func spawnAndWait(_ path: String, _ arguments: [String], stdinPath: String?) -> OutsideOutcome {
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
        if let stdinPath { posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0) }
        // The child starts with no signal blocked and every disposition at its default: the
        // ones Parley ignores while it waits are not passed on through exec.
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, path, &actions, &attributes, argv, environ)
        guard spawned == 0 else { return .notStarted(errno: spawned) }
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 {
            guard errno == EINTR else { return .notStarted(errno: errno) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are C macros, not imported: decoded by hand.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .killed(signal: signal)
    }
}
