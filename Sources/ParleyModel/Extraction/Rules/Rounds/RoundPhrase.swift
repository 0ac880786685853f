/// One phrase that names a round, as a round rule found it: what kind of claim it makes, its
/// tokens, and what it says (number, relation, count, track).
public struct RoundPhrase: Sendable, Hashable {
    public var kind: RoundClaim.Kind
    public var first: Int
    public var last: Int
    public var number: Int?
    public var relation: RoundRelation?
    public var count: Int?
    public var track: String?

    /// The fields the rule examples are checked on.
    var fields: [String: String] {
        var f = ["kind": kind.rawValue]
        if let number { f["number"] = String(number) }
        if let relation { f["relation"] = String(relation.offset) }
        if let count { f["count"] = String(count) }
        if let track { f["track"] = track }
        return f
    }
}
