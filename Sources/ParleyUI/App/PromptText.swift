/// Editing a prompt's text as a shell does, for every prompt (searches, filters, the help's):
/// the cursor is a character offset, nil when it stands after the last character.
enum PromptText {
    /// Ctrl-W: the spaces before the cursor, then the word before them, go. "talks in Ast|"
    /// → "talks in |"; "talks |" → "|"; "ab|c" → "|c".
    static func deletingWord(_ text: String, before cursor: Int?) -> (text: String, cursor: Int?) {
        let chars = Array(text)
        let end = min(cursor ?? chars.count, chars.count)
        var start = end
        while start > 0, chars[start - 1] == " " { start -= 1 }
        while start > 0, chars[start - 1] != " " { start -= 1 }
        return (String(chars[..<start] + chars[end...]), cursor == nil ? nil : start)
    }

    /// Types `c` at the cursor.
    static func inserting(_ c: Character, into text: String, at cursor: Int?) -> (text: String, cursor: Int?) {
        guard let cursor else { return (text + String(c), nil) }
        var chars = Array(text)
        chars.insert(c, at: min(cursor, chars.count))
        return (String(chars), cursor + 1)
    }

    /// Backspace: the character before the cursor goes.
    static func deletingBackward(_ text: String, at cursor: Int?) -> (text: String, cursor: Int?) {
        guard let cursor else { return (String(text.dropLast()), nil) }
        guard cursor > 0 else { return (text, 0) }
        var chars = Array(text)
        chars.remove(at: min(cursor, chars.count) - 1)
        return (String(chars), cursor - 1)
    }

    /// The cursor moved by `delta` characters (← →), kept inside the text; nil at its end.
    static func moving(_ cursor: Int?, by delta: Int, in text: String) -> Int? {
        let n = text.count
        let moved = max(0, min(n, (cursor ?? n) + delta))
        return moved == n ? nil : moved
    }

    /// The text with the cursor drawn in it: "tal▏ks".
    static func withCursor(_ text: String, at cursor: Int?) -> String {
        guard let cursor, cursor < text.count else { return text + "▏" }
        let i = text.index(text.startIndex, offsetBy: cursor)
        return String(text[..<i]) + "▏" + String(text[i...])
    }
}
