/// A program the dashboard asks its backend to run in the terminal, the screen set aside until
/// it ends: the article in the user's editor, or a passage in the user's pager. `update` only
/// says what is wanted; the backend picks the program (`$VISUAL`, `$EDITOR`, `$PAGER`) and runs it.
public enum OutsideRequest: Sendable, Hashable {
    /// `e`, `v`: the file at `path` (absolute), at a 1-based line, as `vi +LINE PATH` opens it.
    case edit(path: String, line: Int)
    /// `|`: `text` on the pager's standard input.
    case page(text: String)
}
