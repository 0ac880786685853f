/// Finds date expressions in one sentence and resolves them against the article's date.
///
/// Resolution never invents: whatever needs a part of the reference that is unknown
/// (a weekday in an article dated only to the month, "today" in an undated one) is
/// reported with `value: nil`, and a month-day with no known year keeps `XXXX`.
public enum DateFinder {
    /// - Parameters:
    ///   - text: one sentence (any Unicode; curly quotes, em dashes, non-breaking spaces occur).
    ///   - reference: the article's publication date, possibly partial (`2024-01` = January 2024, day unknown) or nil.
    /// - Returns: mentions in text order, non-overlapping, with `range` as UTF-8 byte offsets into `text`
    ///   and `text` equal to exactly those bytes.
    ///   - words: the date words to read by (the built-in `dates.yaml` unless given).
    public static func find(in text: String, reference: PartialDate?, words: DateWords = Lexicons.builtIn.dates) -> [DateMention] {
        find(bytes: Array(text.utf8), reference: reference, words: words)
    }

    /// `find(in:reference:)` on the UTF-8 bytes of a sentence (valid UTF-8), offsets into them.
    /// `readTense: false` leaves each mention's `tense` nil (reading it costs a pass over the
    /// clause per mention, and only dates given to a round need it).
    static func find(bytes: [UInt8], reference: PartialDate?, words: DateWords, readTense: Bool = true) -> [DateMention] {
        let tokens = DateToken.tokenize(bytes, words: words)
        guard !tokens.isEmpty else { return [] }
        var scan = DateScan(bytes: bytes, tokens: tokens, reference: reference, words: words)
        scan.readTense = readTense
        return scan.run()
    }
}
