extension Array {
    /// This array without spare capacity, copied when the spare is over a sixteenth: for the
    /// arrays grown by appending that a corpus keeps for every document (tokens, sentences,
    /// name matches), where the doubling's slack would add up to megabytes.
    func withoutSlack() -> [Element] {
        guard capacity - count > count / 16 else { return self }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
