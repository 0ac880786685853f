/// Why a corpus could not be read at all (as opposed to one bad file, which is a warning).
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case notADirectory(String)
    case unreadable(String, reason: String)
    case noArticles(String)
    case builtInCorpusMissing(searched: [String])
    /// A gazetteer file given with `--actors` that cannot be read or parsed.
    case badActorsFile(String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let p): return "corpus folder '\(p)' does not exist"
        case .notADirectory(let p): return "'\(p)' is not a folder (give a folder of .txt/.md articles)"
        case .unreadable(let p, let reason): return "cannot read corpus folder '\(p)': \(reason)"
        case .noArticles(let p): return "no .txt or .md articles in '\(p)'"
        case .badActorsFile(let p, let reason): return "cannot use actors file '\(p)': \(reason)"
        case .builtInCorpusMissing(let searched):
            return
                "cannot find the built-in corpus (seeds/); looked in: \(searched.joined(separator: ", ")). Pass --corpus DIR or set PARLEY_SEEDS."
        }
    }
}
