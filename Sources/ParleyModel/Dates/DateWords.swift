/// The date finder's words (`dates.yaml`), in the form it reads them: the date tokenizer keeps
/// lower-cased text, so the tables are text-keyed here. One shared object, so a scan of a
/// sentence takes it with one retain.
public final class DateWords: Sendable {
    public let months, monthAbbreviations, weekdays, durationNumbers, relativeOffsets, relativeDays: [String: Int]
    public let ambiguousMonths, monthCues, qualifiers, periodUnits, durationUnits, durationStoppers,
        numberLabels, countNouns, futureWords, futureBeforeTo, pastWords, infinitiveFuture, clauseBreaks: Set<String>
    /// Multi-word future cues as lower-cased token texts, "'" standing for the apostrophe
    /// ("won't" is ["won", "'", "t"]).
    public let futurePhrases: [[String]]
    /// Every word of those phrases, so that most words are ruled out with one look-up.
    let futurePhraseWords: Set<String>
    /// Every word a date mention can be anchored at, derived from the tables: one look-up tells
    /// that an ordinary word starts none.
    public let anchors: Set<String>
    /// A bit per hash of (length, first, second, last letter) of each anchor, so a clear bit
    /// rules a word out while it is read, without hashing it (nearly every word of a sentence).
    private let anchorBits: [UInt64]
    /// The same, for every word the tense reader looks up (future, past, clause-break and
    /// phrase words): a tense reading walks many words of a sentence, nearly none of them cues.
    private let tenseBits: [UInt64]

    init(
        months: WordValues, monthAbbreviations: WordValues, ambiguousMonths: WordClass, monthCues: WordClass,
        weekdays: WordValues, durationNumbers: WordValues, qualifiers: WordClass, relativeOffsets: WordValues,
        relativeDays: WordValues, periodUnits: WordClass, durationUnits: WordClass, durationStoppers: WordClass,
        numberLabels: WordClass, countNouns: WordClass, futureWords: WordClass, futureBeforeTo: WordClass,
        pastWords: WordClass, infinitiveFuture: WordClass, clauseBreaks: WordClass
    ) {
        self.months = months.table
        self.monthAbbreviations = monthAbbreviations.table
        self.weekdays = weekdays.table
        self.durationNumbers = durationNumbers.table
        self.relativeOffsets = relativeOffsets.table
        self.relativeDays = relativeDays.table
        self.ambiguousMonths = ambiguousMonths.texts
        self.monthCues = monthCues.texts
        self.qualifiers = qualifiers.texts
        self.periodUnits = periodUnits.texts
        self.durationUnits = durationUnits.texts
        self.durationStoppers = durationStoppers.texts
        self.numberLabels = numberLabels.texts
        self.countNouns = countNouns.texts
        self.futureWords = futureWords.texts
        self.futureBeforeTo = futureBeforeTo.texts
        self.pastWords = pastWords.texts
        self.infinitiveFuture = infinitiveFuture.texts
        self.clauseBreaks = clauseBreaks.texts
        futurePhrases = futureWords.phrases.map { $0.map(\.text) }
        futurePhraseWords = Set(futurePhrases.flatMap { $0 })
        let anchors = Set(self.months.keys).union(self.monthAbbreviations.keys).union(self.weekdays.keys)
            .union(self.durationNumbers.keys).union(self.relativeOffsets.keys).union(self.relativeDays.keys)
        self.anchors = anchors
        var bits = [UInt64](repeating: 0, count: 64)
        for word in anchors {
            let b = Array(word.utf8)
            guard b.count >= 2 else { continue }
            let h = Self.anchorHash(length: b.count, first: b[0], second: b[1], last: b[b.count - 1])
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        anchorBits = bits
        var tense = [UInt64](repeating: 0, count: 64)
        let tenseWords = self.futureWords.union(self.futureBeforeTo).union(self.pastWords).union(self.infinitiveFuture)
            .union(self.clauseBreaks).union(futurePhraseWords).union(["set", "be", "being", "into", "to", "for"])
        for word in tenseWords {
            let b = Array(word.utf8)
            guard b.count >= 2 else {
                // One-letter words are few; they are always looked up.
                continue
            }
            let h = Self.anchorHash(length: b.count, first: b[0], second: b[1], last: b[b.count - 1])
            tense[h >> 6] |= 1 << UInt64(h & 63)
        }
        tenseBits = tense
    }

    /// Whether a lower-case word of this length, first, second and last letters might be one
    /// the tense reader looks up (a clear bit rules it out without hashing it).
    @inline(__always)
    func mayBeTenseWord(length: Int, first: UInt8, second: UInt8, last: UInt8) -> Bool {
        guard length >= 2 else { return true }
        let h = Self.anchorHash(length: length, first: first, second: second, last: last)
        return tenseBits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// Whether a lower-case word of this length, first, second and last letters might be one
    /// of the `anchors` (a set bit sends it to the set).
    @inline(__always)
    func mayBeAnchor(length: Int, first: UInt8, second: UInt8, last: UInt8) -> Bool {
        let h = Self.anchorHash(length: length, first: first, second: second, last: last)
        return anchorBits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// 12 bits: one of 4,096 for the few dozen anchors.
    @inline(__always)
    private static func anchorHash(length: Int, first: UInt8, second: UInt8, last: UInt8) -> Int {
        let h =
            UInt32(truncatingIfNeeded: length) &* 0x9E37_79B1 ^ UInt32(first) &* 0x85EB_CA6B
            ^ UInt32(second) &* 0xC2B2_AE35 ^ UInt32(last) &* 0x27D4_EB2F
        return Int(h >> 20)
    }
}
