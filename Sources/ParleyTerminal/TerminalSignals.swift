import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signal handlers that give the terminal back to the user whatever happens.
///
/// | signals                         | what happens                                                        |
/// |---------------------------------|---------------------------------------------------------------------|
/// | SIGTERM, SIGHUP, SIGINT         | restore the terminal, then `_exit(128 + signal)`                      |
/// | SIGTSTP (Ctrl-Z)                | ask the terminal's loop to stop: it reads the keys typed before, restores the terminal, stops, and redraws in full on resume |
/// | SIGCONT                         | flag a full redraw (covers a stop by SIGSTOP)                         |
/// | SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT | restore the terminal, then hand the signal to the handler that was there before (the Swift runtime's crash reporter when enabled, otherwise the default action) |
///
/// Ctrl-Z is acted on in the loop (``Terminal/readKey(timeoutMs:)``), not in the handler. A
/// handler that stopped at once could stop between ncurses' wait for input and its read: the
/// shell then took the key waiting there, and ncurses, resumed, waited in a read for another
/// key before the screen came back. The SIGTSTP handler is installed before ncurses starts
/// (see ``prepare()``), the others after.
///
/// SIGWINCH is left to ncurses, which turns it into `KEY_RESIZE`: a SIGWINCH handler installed
/// before `newterm` stops ncurses from installing its own, and resizes are then never seen.
/// Signals that were ignored when the terminal opened (SIGINT or SIGHUP under `nohup` or in
/// a background job) stay ignored.
///
/// Restoring from a signal handler, and its compromise: `endwin` is not async-signal-safe
/// (it writes through ncurses' output buffer and changes its state), but it is what ncurses'
/// own SIGINT/SIGTERM/SIGTSTP handlers call, and it restores exactly what ncurses set up. It
/// is used for SIGTERM, SIGHUP and SIGINT unless the signal arrived while the
/// program was inside ncurses output (``Terminal/draw(_:)``). In that case, and always for
/// crashes (where the program's state cannot be trusted), only async-signal-safe calls are
/// made: `write(2)` of fixed reset sequences (attributes off, mouse reporting off, keypad
/// transmit off, leave the alternate screen `ESC[?1049l`, show the cursor `ESC[?25h`) and
/// `tcsetattr` with the terminal modes saved before ncurses started. Those sequences are
/// xterm's, which every terminal in use today (and tmux and screen) understands.
///
/// Standard error is captured while the screen is taken over (see
/// ``captureStandardError()``) and shown again on every one of these paths, so a `fatalError`
/// message appears above the crash report instead of vanishing with the alternate screen.
///
/// The state the handlers share with the program lives in memory allocated once and reached
/// through raw pointers, so a handler never triggers lazy initialisation or Swift's
/// exclusivity checks, and never allocates.
enum TerminalSignals {
    /// Slots of the shared flag array.
    enum Flag: Int {
        /// ncurses is running and the terminal needs restoring.
        case active = 0
        /// The program is inside ncurses output; a handler must not call into ncurses.
        case inOutput
        /// The program was resumed after a stop: redraw everything.
        case resumed
        /// Ctrl-Z was pressed: the loop should stop the program.
        case suspendRequested
        /// Terminal modes were saved and can be restored with `tcsetattr`.
        case haveSavedModes
        /// The exit hook is registered.
        case exitHookRegistered
    }

    static let terminationSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT]
    static let allSignals: [Int32] = terminationSignals + [SIGTSTP, SIGCONT] + crashSignals

    /// The bytes written to the terminal when ncurses cannot be used.
    static let resetSequence: [UInt8] = Array(
        ("\u{1B}[0m"  // attributes off
            + "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"  // mouse reporting off
            + "\u{1B}[?1l\u{1B}>"  // cursor keys and keypad back to normal mode
            + "\u{1B}[?1049l"  // leave the alternate screen
            + "\u{1B}[?25h"  // show the cursor
            ).utf8)

    // Memory shared with the handlers. Allocated on first use (from `prepare`, never from a
    // handler) and never freed.
    nonisolated(unsafe) static let flags: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: 8)
        pointer.initialize(repeating: 0, count: 8)
        return pointer
    }()
    nonisolated(unsafe) static let savedModes: UnsafeMutablePointer<termios> = {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }()
    nonisolated(unsafe) static let previousActions: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        pointer.initialize(repeating: sigaction(), count: 65)
        return pointer
    }()
    nonisolated(unsafe) static let installed: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: 65)
        pointer.initialize(repeating: 0, count: 65)
        return pointer
    }()
    nonisolated(unsafe) static let resetBytes: UnsafeMutableBufferPointer<UInt8> = {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: resetSequence.count)
        _ = buffer.initialize(from: resetSequence)
        return buffer
    }()

    /// The real standard error and the temporary file standing in for it while the screen is
    /// taken over (-1 when not capturing).
    nonisolated(unsafe) static let standardError: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: 2)
        pointer.initialize(repeating: -1, count: 2)
        return pointer
    }()
    /// A buffer for copying the captured standard error, usable from a handler.
    nonisolated(unsafe) static let copyBuffer: UnsafeMutableRawPointer = .allocate(byteCount: 4096, alignment: 16)

    /// The thread that owns the terminal (ncurses is used from it alone). A signal from the
    /// keyboard or `kill` may be delivered to any thread — a worker left from loading, say —
    /// and ncurses must not be entered from there while the main thread is inside it (Ctrl-Z
    /// was sometimes lost that way), so handlers on other threads pass the signal on to it.
    nonisolated(unsafe) static var owner: pthread_t = pthread_self()

    /// In a handler: true when running on another thread than the owner, after sending the
    /// signal on to the owner (`pthread_kill` is async-signal-safe).
    static func forwardedToOwner(_ signal: Int32) -> Bool {
        guard pthread_equal(pthread_self(), owner) == 0 else { return false }
        pthread_kill(owner, signal)
        return true
    }

    static func flag(_ flag: Flag) -> Int32 {
        flags[flag.rawValue]
    }

    static func setFlag(_ flag: Flag, _ value: Int32) {
        flags[flag.rawValue] = value
    }

    /// Called before ncurses starts: initialises the shared memory, saves the terminal modes
    /// and the signal dispositions in place before ncurses installs its own.
    static func prepare() {
        _ = flags
        _ = resetBytes
        _ = installed
        _ = standardError
        _ = copyBuffer
        if tcgetattr(STDIN_FILENO, savedModes) == 0 {
            setFlag(.haveSavedModes, 1)
        } else {
            setFlag(.haveSavedModes, 0)
        }
        for signal in allSignals {
            sigaction(signal, nil, previousActions + Int(signal))
        }
        owner = pthread_self()
        // The suspend handler goes in before ncurses starts, so that ncurses leaves SIGTSTP
        // alone. Finding the default action there, it installs a handler of its own and, for
        // every screen update, sets SIGTSTP to SIG_IGN and back: a Ctrl-Z pressed during an
        // update was discarded by the kernel (about one in ten right behind a key).
        if !isIgnored(previousActions[Int(SIGTSTP)]) {
            setHandler(SIGTSTP, suspendHandler)
        }
        if flag(.exitHookRegistered) == 0 {
            setFlag(.exitHookRegistered, 1)
            atexit {
                TerminalSignals.restoreAtExit()
            }
        }
    }

    /// Called once ncurses runs: installs the handlers and marks the terminal active.
    static func install() {
        owner = pthread_self()
        setFlag(.resumed, 0)
        setFlag(.suspendRequested, 0)
        setFlag(.inOutput, 0)
        setFlag(.active, 1)
        for signal in terminationSignals where !isIgnored(previousActions[Int(signal)]) {
            setHandler(signal, terminationHandler)
        }
        // Neither restarts what it interrupts: a wait for a key returns, and the loop acts.
        if !isIgnored(previousActions[Int(SIGTSTP)]) {
            setHandler(SIGTSTP, suspendHandler)
        }
        setHandler(SIGCONT, continueHandler)
        for signal in crashSignals where !(signal == SIGQUIT && isIgnored(previousActions[Int(signal)])) {
            setHandler(signal, crashHandler)
        }
    }

    /// Stops the process as Ctrl-Z would without a handler, and returns once it is continued,
    /// with the handler back in place. Async-signal-safe; the terminal must be restored first.
    static func stopNow() {
        // SIGTSTP is blocked while its handler runs: unblock it for the default action.
        setDefault(SIGTSTP)
        var set = sigset_t()
        var old = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTSTP)
        sigprocmask(SIG_UNBLOCK, &set, &old)
        raise(SIGTSTP)
        sigprocmask(SIG_SETMASK, &old, nil)
        setHandler(SIGTSTP, suspendHandler)
    }

    /// Puts back the dispositions saved by ``prepare()``.
    static func uninstall() {
        for signal in allSignals where installed[Int(signal)] != 0 {
            sigaction(signal, previousActions + Int(signal), nil)
            installed[Int(signal)] = 0
        }
    }

    /// Runs `body` with the termination and suspend signals blocked.
    static func withSignalsBlocked<T>(_ body: () throws -> T) rethrows -> T {
        var set = sigset_t()
        var old = sigset_t()
        sigemptyset(&set)
        for signal in terminationSignals + [SIGTSTP, SIGCONT] {
            sigaddset(&set, signal)
        }
        sigprocmask(SIG_BLOCK, &set, &old)
        defer { sigprocmask(SIG_SETMASK, &old, nil) }
        return try body()
    }

    // MARK: - Standard error

    /// While the screen is taken over, sends standard error to an unlinked temporary file
    /// instead of the terminal, where it would scribble over the screen and be lost with the
    /// alternate screen (a `fatalError` message, for one). ``releaseStandardError()`` puts it
    /// back and shows what was written. Does nothing unless standard error is a terminal.
    static func captureStandardError() {
        guard standardError[0] < 0, isatty(STDERR_FILENO) == 1 else { return }
        var template = Array("/tmp/parley-stderr-XXXXXX".utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else { return }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            close(file)
            if saved >= 0 { close(saved) }
            return
        }
        standardError[0] = saved
        standardError[1] = file
    }

    /// Puts the real standard error back and copies to it what was written meanwhile.
    /// Async-signal-safe (dup2, lseek, read, write, close).
    static func releaseStandardError() {
        let saved = standardError[0]
        let file = standardError[1]
        guard saved >= 0, file >= 0 else { return }
        standardError[0] = -1
        standardError[1] = -1
        dup2(saved, STDERR_FILENO)
        close(saved)
        if lseek(file, 0, SEEK_SET) == 0 {
            while true {
                let count = read(file, copyBuffer, 4096)
                if count <= 0 { break }
                var offset = 0
                while offset < count {
                    let written = write(STDERR_FILENO, copyBuffer + offset, count - offset)
                    if written <= 0 { break }
                    offset += written
                }
                if offset < count { break }
            }
        }
        close(file)
    }

    // MARK: - Restoring (called from handlers)

    /// Writes the reset sequences and restores the saved terminal modes, with
    /// async-signal-safe calls only.
    static func rawRestore() {
        var offset = 0
        while offset < resetBytes.count {
            let written = write(STDOUT_FILENO, resetBytes.baseAddress! + offset, resetBytes.count - offset)
            if written <= 0 { break }
            offset += written
        }
        if flags[Flag.haveSavedModes.rawValue] != 0 {
            tcsetattr(STDIN_FILENO, TCSANOW, savedModes)
        }
    }

    /// Restores the terminal before the process ends: with `endwin` unless the program was
    /// inside ncurses output, then with ``rawRestore()``.
    static func restoreForExit() {
        guard flags[Flag.active.rawValue] != 0 else { return }
        flags[Flag.active.rawValue] = 0
        if flags[Flag.inOutput.rawValue] != 0 {
            rawRestore()
        } else {
            endwin()
        }
        releaseStandardError()
    }

    static func restoreAtExit() {
        guard flags[Flag.active.rawValue] != 0 else { return }
        flags[Flag.active.rawValue] = 0
        endwin()
        releaseStandardError()
    }

    // MARK: - Installing

    typealias Handler = @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void

    static func setHandler(_ signal: Int32, _ handler: Handler) {
        var action = sigaction()
        #if canImport(Darwin)
            action.__sigaction_u.__sa_sigaction = handler
        #else
            action.__sigaction_handler.sa_sigaction = handler
        #endif
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        installed[Int(signal)] = 1
    }

    static func setDefault(_ signal: Int32) {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
    }

    static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Darwin)
            let handler = action.__sigaction_u.__sa_handler
        #else
            let handler = action.__sigaction_handler.sa_handler
        #endif
        return action.sa_flags & SA_SIGINFO == 0 && unsafeBitCast(handler, to: Int.self) == 1  // SIG_IGN
    }
}

// MARK: - The handlers

/// SIGTERM, SIGHUP, SIGINT: restore the terminal and exit with 128 + the signal number.
private func terminationHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    if TerminalSignals.forwardedToOwner(signal) { return }
    TerminalSignals.restoreForExit()
    _exit(128 + signal)
}

/// SIGTSTP: while the dashboard runs, ask its loop to stop (``stopNow()``); before and after,
/// stop at once.
private func suspendHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    if TerminalSignals.forwardedToOwner(signal) { return }
    let flags = TerminalSignals.flags
    if flags[TerminalSignals.Flag.active.rawValue] != 0 {
        flags[TerminalSignals.Flag.suspendRequested.rawValue] = 1
    } else {
        TerminalSignals.stopNow()
    }
}

/// SIGCONT: ask for a full redraw (the screen may have been changed while stopped).
private func continueHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    if TerminalSignals.forwardedToOwner(signal) { return }
    let flags = TerminalSignals.flags
    if flags[TerminalSignals.Flag.active.rawValue] != 0 {
        flags[TerminalSignals.Flag.resumed.rawValue] = 1
    }
}

/// Crashes: restore the terminal with async-signal-safe calls, then hand the signal on.
private func crashHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    let flags = TerminalSignals.flags
    if flags[TerminalSignals.Flag.active.rawValue] != 0 {
        flags[TerminalSignals.Flag.active.rawValue] = 0
        TerminalSignals.rawRestore()
        TerminalSignals.releaseStandardError()  // the fatal error message, if any, before the crash report
    }
    // Put back the previous disposition: the Swift runtime's crash reporter or the default.
    sigaction(signal, TerminalSignals.previousActions + Int(signal), nil)
    TerminalSignals.installed[Int(signal)] = 0
    // A signal sent by a process (kill, raise, abort) is sent again, to be delivered when this
    // handler returns. A fault (si_code > 0) happens again by itself when the faulting
    // instruction is retried, with its original details for the crash report; SIGTRAP is
    // always re-sent, since on x86 the trapping instruction is not retried.
    let sentByProcess = info.map { $0.pointee.si_code <= 0 } ?? true
    if sentByProcess || signal == SIGTRAP {
        raise(signal)
    }
}
