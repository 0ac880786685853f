/// What the gazetteer pass found in one document (the matcher's output, read by the name
/// finder, the actor index, track discovery and place finding): its matches in text order,
/// which do not overlap, so the match covering a token is found by binary search (a per-token table
/// would cost 4 bytes for every token of the corpus).
public struct DocumentMatches: Sendable {
    public var matches: [ActorMatcher.Match]

    public init(matches: [ActorMatcher.Match]) {
        self.matches = matches
    }

    /// The actor match (not a place use) covering a token, if any.
    func match(at token: Int) -> ActorMatcher.Match? {
        guard let m = anyMatch(at: token) else { return nil }
        return m.isPlace ? nil : m
    }

    /// Any match covering a token, a place use ("to Kazakhstan") included.
    func anyMatch(at token: Int) -> ActorMatcher.Match? {
        var lo = 0
        var hi = matches.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if matches[mid].firstToken <= token { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let m = matches[lo - 1]
        return m.lastToken >= token ? m : nil
    }

    func covers(_ token: Int) -> Bool { match(at: token) != nil }

    /// Whether some known name covers a token, as an actor or as a place.
    func coversAny(_ token: Int) -> Bool { anyMatch(at: token) != nil }

    /// Adds matches where no match stands yet, keeping text order (phrases resolved from
    /// their context: a known name over the same words wins).
    mutating func insert(_ more: [ActorMatcher.Match]) {
        let free = more.filter { m in !(m.firstToken...m.lastToken).contains { coversAny($0) } }
        guard !free.isEmpty else { return }
        matches += free
        matches.sort { $0.firstToken < $1.firstToken }
    }
}
