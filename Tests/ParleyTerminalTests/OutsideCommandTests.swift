import ParleyUI
import Testing

@testable import ParleyTerminal

/// Which program `e` and `|` run, and what the status line says after.
struct OutsideCommandTests {
    let edit = OutsideRequest.edit(path: "/corpus/my article.txt", line: 12)

    @Test func theEditorIsVisualThenEditorThenVi() {
        #expect(OutsideCommand(edit, environment: ["VISUAL": "nvim", "EDITOR": "nano"]).name == "nvim")
        #expect(OutsideCommand(edit, environment: ["VISUAL": " ", "EDITOR": "nano"]).name == "nano", "a blank setting is none")
        #expect(OutsideCommand(edit, environment: [:]).name == "vi")
    }

    @Test func theEditorGetsTheLineAndThePathAsArgumentsThroughTheShell() {
        let c = OutsideCommand(edit, environment: ["EDITOR": "/usr/bin/vim -p"])
        // The setting may carry its own flags; the path stays one argument, spaces and all.
        #expect(c.arguments == ["/bin/sh", "-c", "/usr/bin/vim -p \"$@\"", "/usr/bin/vim -p", "+12", "/corpus/my article.txt"])
        #expect(c.name == "vim")
        #expect(c.input == nil)
        #expect(c.report(.exited(0)) == "back from vim (my article.txt line 12)")
    }

    @Test func thePagerIsPagerThenLessAndReadsThePassage() {
        let page = OutsideRequest.page(text: "“Talks opened.” — TASS\n")
        let c = OutsideCommand(page, environment: [:])
        #expect(c.arguments == ["/bin/sh", "-c", "less"])
        #expect(c.input == "“Talks opened.” — TASS\n")
        #expect(OutsideCommand(page, environment: ["PAGER": "most"]).name == "most")
    }

    @Test func failuresAreSaidPlainly() {
        let c = OutsideCommand(edit, environment: ["EDITOR": "no-such-editor"])
        #expect(c.report(.exited(127)) == "cannot run the editor “no-such-editor”: set $VISUAL or $EDITOR")
        #expect(c.report(.exited(1)) == "no-such-editor exited with status 1")
        #expect(c.report(.killed(signal: 9)) == "no-such-editor ended by signal 9")
        #expect(OutsideCommand(.page(text: ""), environment: ["PAGER": "nope"]).report(.exited(127)).contains("$PAGER"))
    }
}

/// When the dashboard is drawn in ASCII.
struct DrawsASCIITests {
    @Test func aVTTerminalOrALocaleThatIsNotUTF8DrawsASCII() {
        #expect(Terminal.drawsASCII(term: "vt100", localeIsUTF8: true))
        #expect(Terminal.drawsASCII(term: "VT220", localeIsUTF8: true))
        #expect(Terminal.drawsASCII(term: "xterm-256color", localeIsUTF8: false))
        #expect(!Terminal.drawsASCII(term: "xterm-256color", localeIsUTF8: true))
        #expect(!Terminal.drawsASCII(term: "screen", localeIsUTF8: true))
        #expect(!Terminal.drawsASCII(term: nil, localeIsUTF8: true))
    }
}
