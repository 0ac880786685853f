import Testing

@testable import ParleyTerminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct TerminalTests {
    @Test func pipesAreNotInteractive() throws {
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        defer {
            close(fds[0])
            close(fds[1])
        }
        #expect(!Terminal.isInteractive(input: fds[0], output: fds[1], term: "xterm-256color"))
    }

    @Test func devNullIsNotInteractive() throws {
        let fd = open("/dev/null", O_RDWR)
        try #require(fd >= 0)
        defer { close(fd) }
        #expect(!Terminal.isInteractive(input: fd, output: fd, term: "xterm"))
    }

    @Test func pseudoTerminalIsInteractiveUnlessTermIsMissingOrDumb() throws {
        // The master side of a new pseudo-terminal is a terminal too (isatty is true on Linux).
        let terminal = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        try #require(terminal >= 0, "no pseudo-terminals here")
        defer { close(terminal) }
        try #require(isatty(terminal) == 1)
        #expect(Terminal.isInteractive(input: terminal, output: terminal, term: "xterm-256color"))
        #expect(!Terminal.isInteractive(input: terminal, output: terminal, term: nil))
        #expect(!Terminal.isInteractive(input: terminal, output: terminal, term: ""))
        #expect(!Terminal.isInteractive(input: terminal, output: terminal, term: "dumb"))
    }
}
