/// Distinct values in the order first seen, for the short lists extraction keeps per document
/// and per actor (an actor's spellings, its roles).
///
/// Most such lists hold a handful of values, where comparing against each is cheaper than
/// hashing a string; past `linearLimit` values a set takes over the look-ups, so a long list
/// (a 50 MB article) stays linear in time.
struct FirstSeen<Value: Hashable> {
    private(set) var values: [Value] = []
    private var index: Set<Value>?
    static var linearLimit: Int { 16 }

    /// Adds a value not seen before; false if it was.
    mutating func insert(_ value: Value) -> Bool {
        if index == nil {
            if values.contains(value) { return false }
            values.append(value)
            if values.count > Self.linearLimit { index = Set(values) }
            return true
        }
        guard index!.insert(value).inserted else { return false }
        values.append(value)
        return true
    }
}
