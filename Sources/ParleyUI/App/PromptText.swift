/// Editing a prompt's text as a shell does, for every prompt (searches, filters, the help's).
enum PromptText {
    /// Ctrl-W: the trailing spaces, then the word before them, go. "talks in Ast" → "talks in ";
    /// "talks " → "".
    static func deletingLastWord(_ text: String) -> String {
        let trimmed = text.reversed().drop { $0 == " " }
        return String(trimmed.drop { $0 != " " }.reversed())
    }
}
