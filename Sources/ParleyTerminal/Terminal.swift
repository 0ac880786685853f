import CNcursesw
import ParleyUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal, driven through ncurses: the only place Parley talks to it.
///
/// Opening one takes over the screen (alternate screen, no echo, keys one at a time, hidden
/// cursor, mouse clicks and wheel); ``restore()`` (also run on deinit, at exit, and from
/// signal handlers, see below) gives it back. Draw with ``draw(_:)``, read input with
/// ``readKey(timeoutMs:)``. One `Terminal` can be open at a time; use it from one thread.
///
/// Setup, in order: `setlocale(LC_ALL, "")` (falling back to `C.UTF-8` for `LC_CTYPE` when
/// the user's locale is not UTF-8, since ncurses draws wide text only in a UTF-8 locale),
/// saving the terminal modes, `newterm` on standard output and input (like `initscr`, but it
/// reports failure instead of exiting), `cbreak` (so Ctrl-C and Ctrl-Z still send signals),
/// `noecho`, `nonl`, `keypad`, `curs_set(0)`, `set_escdelay(25)` unless `ESCDELAY` is set,
/// `mousemask` for button 1 and the wheel, and colours with `use_default_colors` unless
/// `NO_COLOR` is set to a non-empty value or `has_colors()` is false.
///
/// Standard error, when it is the terminal, goes to a temporary file while the screen is taken
/// over and is copied back on restore (see ``Options/captureStandardError``).
///
/// Signals: see `TerminalSignals` for the handlers (SIGTERM, SIGHUP, SIGINT restore and exit
/// with 128 + signal; Ctrl-Z restores, stops, and redraws fully on resume; crash signals
/// restore and re-raise). They are installed after `newterm` on purpose, except SIGTSTP's,
/// which goes in before it so that ncurses does not ignore Ctrl-Z during updates; Ctrl-Z is
/// acted on in ``readKey(timeoutMs:)``, after the keys typed before it. Do not install a
/// SIGWINCH handler (or a `DispatchSource` for it) anywhere in the program: ncurses must own
/// SIGWINCH to report resizes as ``ParleyUI/Key/resize``.
public final class Terminal {
    /// Choices for opening the terminal.
    public struct Options: Sendable {
        /// Whether to use colours when the terminal has them (`NO_COLOR` is obeyed anyway).
        public var useColors: Bool
        /// Whether to report mouse clicks and wheel turns.
        public var useMouse: Bool
        /// How long to wait after Esc for the rest of an escape sequence, in milliseconds,
        /// unless the user set `ESCDELAY`. ncurses' own default, 1000 ms, makes Esc feel broken.
        public var escapeDelayMs: Int

        /// Whether to hold back what is written to standard error (when it is the terminal)
        /// while the screen is taken over, and show it once the terminal is restored, so it
        /// neither scribbles over the screen nor vanishes with it.
        public var captureStandardError: Bool

        /// The defaults: colours, mouse, 25 ms, standard error captured.
        public init(useColors: Bool = true, useMouse: Bool = true, escapeDelayMs: Int = 25, captureStandardError: Bool = true) {
            self.useColors = useColors
            self.useMouse = useMouse
            self.escapeDelayMs = escapeDelayMs
            self.captureStandardError = captureStandardError
        }
    }

    /// Whether colours are in use.
    public let colorMode: ColorMode
    /// Whether the screen is drawn in ASCII (see ``drawsASCII(term:localeIsUTF8:)``).
    public let drawsASCII: Bool

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var lastDrawn: ScreenBuffer?
    /// Read by `run(outside:)` (Terminal+Outside.swift) too.
    var needsFullRedraw = true
    private(set) var isOpen = true

    /// Takes over the terminal. Check ``isInteractive()`` first: without a terminal this throws.
    public init(options: Options = Options()) throws {
        guard TerminalSignals.flag(.active) == 0 else { throw TerminalError.alreadyOpen }
        let userLocaleIsUTF8 = Terminal.setUpLocale()
        drawsASCII = Terminal.drawsASCII(term: Terminal.environment("TERM"), localeIsUTF8: userLocaleIsUTF8)
        TerminalSignals.prepare()
        guard let screen = newterm(nil, parley_stdout(), parley_stdin()) else {
            throw TerminalError.cannotOpen(term: Terminal.environment("TERM"))
        }
        set_term(screen)
        guard let window = parley_stdscr() else {
            endwin()
            delscreen(screen)
            throw TerminalError.cannotOpen(term: Terminal.environment("TERM"))
        }
        self.screen = screen
        self.window = window

        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        leaveok(window, true)
        scrollok(window, false)
        curs_set(0)
        if Terminal.environment("ESCDELAY") == nil {
            set_escdelay(Int32(clamping: options.escapeDelayMs))
        }
        if options.useMouse {
            let mask =
                parley_button1_pressed() | parley_button1_released() | parley_button1_clicked()
                | parley_button4_pressed() | parley_button5_pressed()
            mousemask(mask, nil)
            mouseinterval(0)  // report presses at once instead of waiting to combine clicks
        }
        colorMode = Terminal.setUpColors(wanted: options.useColors)
        if options.captureStandardError {
            TerminalSignals.captureStandardError()
        }
        TerminalSignals.install()
    }

    deinit {
        restore()
    }

    /// Whether the program runs in a terminal Parley can draw on: standard input and output
    /// are terminals and `TERM` is set and not `dumb`.
    public static func isInteractive() -> Bool {
        isInteractive(input: STDIN_FILENO, output: STDOUT_FILENO, term: environment("TERM"))
    }

    /// Whether file descriptors `input` and `output` are terminals and `term` is a usable
    /// terminal type (set, non-empty, not `dumb`).
    public static func isInteractive(input: Int32, output: Int32, term: String?) -> Bool {
        guard let term, !term.isEmpty, term != "dumb" else { return false }
        return isatty(input) == 1 && isatty(output) == 1
    }

    /// The current size of the screen.
    public var size: Size {
        guard isOpen else { return .zero }
        var rows: Int32 = 0
        var columns: Int32 = 0
        parley_getmaxyx(window, &rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }

    // MARK: - Drawing

    /// Shows `buffer`, writing only the cells that changed since the last call.
    ///
    /// Everything is redrawn after a resize, after resuming from a stop, on the first call,
    /// and whenever the buffer's size differs from the last one. Cells beyond the screen
    /// are ignored.
    public func draw(_ screen: ScreenBuffer) {
        guard isOpen else { return }
        let buffer = drawsASCII ? ASCIIScreen.converted(screen) : screen
        handleResume()
        TerminalSignals.setFlag(.inOutput, 1)
        defer { TerminalSignals.setFlag(.inOutput, 0) }
        if needsFullRedraw || lastDrawn?.size != buffer.size || lastDrawn == nil {
            werase(window)
            clearok(window, true)
            for y in 0..<buffer.size.height {
                drawCells(of: buffer, y: y, from: 0, to: buffer.size.width)
            }
            needsFullRedraw = false
        } else if let lastDrawn {
            for run in buffer.changes(from: lastDrawn) {
                drawCells(of: buffer, y: run.y, from: run.x, to: run.x + run.cells.count)
            }
        }
        wnoutrefresh(window)
        doupdate()
        lastDrawn = buffer
    }

    /// Puts `text` on the clipboard of the terminal (and of tmux, with `set-clipboard on`)
    /// with OSC 52, which works over ssh. The text goes base64-encoded, so none of its bytes
    /// reach the terminal as they are.
    public func copyToClipboard(_ text: String) {
        guard isOpen else { return }
        let sequence = "\u{1B}]52;c;" + Self.base64(Array(text.utf8)) + "\u{07}"
        let bytes = Array(sequence.utf8)
        bytes.withUnsafeBufferPointer { b in
            var done = 0
            while done < b.count {
                let n = write(STDOUT_FILENO, b.baseAddress! + done, b.count - done)
                if n <= 0 { break }
                done += n
            }
        }
    }

    /// Standard base64 (RFC 4648), for OSC 52.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [alphabet[Int(v >> 18 & 63)], alphabet[Int(v >> 12 & 63)], alphabet[Int(v >> 6 & 63)], alphabet[Int(v & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest > 0 {
            let v = UInt32(bytes[i]) << 16 | (rest == 2 ? UInt32(bytes[i + 1]) << 8 : 0)
            out += [alphabet[Int(v >> 18 & 63)], alphabet[Int(v >> 12 & 63)]]
            out += rest == 2 ? [alphabet[Int(v >> 6 & 63)], UInt8(ascii: "=")] : [UInt8(ascii: "="), UInt8(ascii: "=")]
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func drawCells(of buffer: ScreenBuffer, y: Int, from start: Int, to end: Int) {
        let width = buffer.size.width
        var x = start
        while x < end {
            let cell = buffer[x, y]
            if cell.isContinuation {
                x += 1
                continue
            }
            let cells = x + 1 < width && buffer[x + 1, y].isContinuation ? 2 : 1
            put(cell, x: x, y: y, cells: cells)
            x += cells
        }
    }

    private func put(_ cell: Cell, x: Int, y: Int, cells: Int) {
        let rendering = TerminalGlyph.rendering(
            of: cell.grapheme.isEmpty ? " " : cell.grapheme, cells: cells,
            terminalWidth: { Int(parley_wcwidth($0)) })
        let (attributes, pair) = look(of: cell.style)
        var characters: [wchar_t] = rendering.scalars.map { wchar_t(bitPattern: $0) }
        characters.append(0)
        var character = cchar_t()
        setcchar(&character, characters, attributes, pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &character)
        if rendering.padding > 0 {
            var space = cchar_t()
            let blank: [wchar_t] = [0x20, 0]
            setcchar(&space, blank, attributes, pair, nil)
            for offset in 1...rendering.padding {
                mvwadd_wch(window, Int32(y), Int32(x + offset), &space)
            }
        }
    }

    private func look(of style: Style) -> (attr_t, Int16) {
        let attributes = StylePalette.attributes(for: style, mode: colorMode)
        var value = parley_a_normal()
        if attributes.contains(.bold) { value |= parley_a_bold() }
        if attributes.contains(.underline) { value |= parley_a_underline() }
        if attributes.contains(.reverse) { value |= parley_a_reverse() }
        if attributes.contains(.dim) { value |= parley_a_dim() }
        switch colorMode {
        case .color: return (value, Int16(style.role.rawValue + 1))
        case .monochrome: return (value, 0)
        }
    }

    // MARK: - Input

    /// Waits for a key, a mouse event or a resize, for at most `timeoutMs` milliseconds
    /// (`nil`: as long as it takes; 0: only what is already there). Returns `nil` on timeout.
    ///
    /// Mouse releases and other ignored mouse events are skipped. After a resize or a resume
    /// from Ctrl-Z it returns ``ParleyUI/Key/resize`` (having redrawn the last buffer in full
    /// after a resume), so the caller renders again at the current ``size``.
    public func readKey(timeoutMs: Int? = nil) -> Key? {
        guard isOpen else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMs.map { clock.now.advanced(by: .milliseconds(max(0, $0))) }
        var waited = false
        while true {
            if TerminalSignals.flag(.suspendRequested) != 0 {
                // Keys typed before Ctrl-Z were meant for the dashboard: they are read first.
                if let key = nextKey(waitingMs: 0) { return key }
                suspend()
                return .resize
            }
            if handleResume() { return .resize }
            var slice: Int64 = 100  // wake up now and then to notice a resume
            if let deadline {
                let remaining = clock.now.duration(to: deadline)
                if remaining <= .zero {
                    if waited { return nil }
                    slice = 0
                } else {
                    let (seconds, attoseconds) = remaining.components
                    slice = min(slice, seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
                }
            }
            waited = true
            if let key = nextKey(waitingMs: slice) { return key }
        }
    }

    /// One key from ncurses, waiting at most `waitingMs`; nil when none came (or a signal cut
    /// the wait short) or the event is one that is ignored.
    private func nextKey(waitingMs: Int64) -> Key? {
        wtimeout(window, Int32(waitingMs))
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == ERR { return nil }
        if status == KEY_CODE_YES {
            let code = Int32(bitPattern: value)
            if code == KEY_MOUSE {
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                return KeyDecoder.decodeMouse(x: event.x, y: event.y, buttons: UInt(event.bstate))
            }
            if code == KEY_RESIZE {
                needsFullRedraw = true
                return .resize
            }
        }
        return KeyDecoder.decode(status: status, value: value)
    }

    /// Ctrl-Z (see `TerminalSignals`): gives the terminal back, stops, and once continued
    /// re-enters curses mode and redraws everything.
    private func suspend() {
        TerminalSignals.setFlag(.suspendRequested, 0)
        endwin()
        TerminalSignals.stopNow()
        TerminalSignals.setFlag(.resumed, 1)
        handleResume()
    }

    // MARK: - Restoring

    /// Gives the terminal back: leaves the alternate screen, shows the cursor, restores the
    /// modes and the signal handlers that were in place before. Safe to call more than once.
    public func restore() {
        guard isOpen else { return }
        isOpen = false
        TerminalSignals.withSignalsBlocked {
            if TerminalSignals.flag(.active) != 0 {
                TerminalSignals.setFlag(.active, 0)
                endwin()
            }
            TerminalSignals.releaseStandardError()
            TerminalSignals.uninstall()
        }
        delscreen(screen)
    }

    /// After a stop and continue: re-enters curses mode and redraws everything.
    @discardableResult
    private func handleResume() -> Bool {
        guard TerminalSignals.flag(.resumed) != 0 else { return false }
        TerminalSignals.setFlag(.resumed, 0)
        needsFullRedraw = true
        if let lastDrawn {
            draw(lastDrawn)
        } else {
            clearok(window, true)
            wrefresh(window)
        }
        return true
    }

    // MARK: - Setup helpers

    /// Takes the user's locale; returns whether it is UTF-8 (when not, `C.UTF-8` is used for
    /// `LC_CTYPE` all the same, and the screen is drawn in ASCII).
    private static func setUpLocale() -> Bool {
        setlocale(LC_ALL, "")
        guard parley_locale_is_utf8() != 0 else {
            setlocale(LC_CTYPE, "C.UTF-8")
            return false
        }
        return true
    }

    /// Whether a terminal must be drawn in ASCII: the user's locale is not UTF-8 (the terminal
    /// then shows no UTF-8 either), or `TERM` names a VT terminal (vt52, vt100, vt220…), which
    /// has no such characters.
    public static func drawsASCII(term: String?, localeIsUTF8: Bool) -> Bool {
        !localeIsUTF8 || (term?.lowercased().hasPrefix("vt") ?? false)
    }

    private static func setUpColors(wanted: Bool) -> ColorMode {
        let noColor = environment("NO_COLOR").map { !$0.isEmpty } ?? false
        guard wanted, !noColor, has_colors() else { return .monochrome }
        guard start_color() == OK else { return .monochrome }
        let defaultColors = use_default_colors() == OK
        let count = Int(parley_colors())
        guard Int(parley_color_pairs()) > Style.Role.allCases.count else { return .monochrome }
        for role in Style.Role.allCases {
            let colors = StylePalette.colors(for: role, colorCount: count, defaultColors: defaultColors)
            let limit = Int16(clamping: count - 1)
            init_pair(Int16(role.rawValue + 1), min(colors.foreground, limit), min(colors.background, limit))
        }
        return .color(count)
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
