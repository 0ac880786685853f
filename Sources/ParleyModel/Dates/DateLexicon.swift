/// The words `DateFinder` knows, all lowercased.
enum DateLexicon {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// Abbreviations count only when capitalised and followed by a day or year,
    /// so that the name "Jan" (Egeland) is not January.
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Month names that are also common English words ("talks may resume", "a march",
    /// "an august body"): only the capitalised form is a month.
    static let ambiguousMonths: Set<String> = ["may", "march", "august"]

    /// Words before a bare "May" or "March" that make it a month ("in May", "since March").
    static let monthCues: Set<String> = [
        "in", "since", "until", "till", "by", "from", "of", "during", "before", "after",
        "through", "throughout", "between", "early", "late", "mid", "last", "next", "this",
        "on", "around", "for",
    ]

    /// ISO numbering: 1 = Monday.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]

    /// Vague parts of a period; they become `DateValue.qualifier`.
    static let qualifiers: Set<String> = ["early", "late", "mid"]

    /// "this week", "last month", "next year": -1, 0, +1.
    static let relativeOffsets: [String: Int] = ["last": -1, "this": 0, "next": 1]

    /// Every word a date mention can be anchored at: one look-up tells that an ordinary word
    /// starts none, instead of one per kind of mention.
    static let anchors: Set<String> = Set(months.keys).union(monthAbbreviations.keys).union(weekdays.keys)
        .union(numberWords.keys).union(relativeOffsets.keys).union(["today", "tonight", "tomorrow", "yesterday"])

    /// Whether a lower-case word of this length, first, second and last letters might be one
    /// of the `anchors`: a bit per hash of those four, so a clear bit rules a word out without
    /// hashing it (nearly every word of a sentence), and a set bit sends it to the set.
    @inline(__always)
    static func mayBeAnchor(length: Int, first: UInt8, second: UInt8, last: UInt8) -> Bool {
        let h = anchorHash(length: length, first: first, second: second, last: last)
        return anchorBits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    private static let anchorBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 64)
        for word in anchors {
            let b = Array(word.utf8)
            let h = anchorHash(length: b.count, first: b[0], second: b[1], last: b[b.count - 1])
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        return bits
    }()

    /// 12 bits: one of 4,096 for the few dozen anchors.
    @inline(__always)
    private static func anchorHash(length: Int, first: UInt8, second: UInt8, last: UInt8) -> Int {
        let h = UInt32(truncatingIfNeeded: length) &* 0x9E37_79B1 ^ UInt32(first) &* 0x85EB_CA6B
            ^ UInt32(second) &* 0xC2B2_AE35 ^ UInt32(last) &* 0x27D4_EB2F
        return Int(h >> 20)
    }

    /// Words after "N days" that make it a point in time, not a length ("two days later").
    static let durationStoppers: Set<String> = [
        "ago", "after", "before", "later", "earlier", "prior", "since", "from", "into", "back", "old",
    ]

    /// Words right before a number that make it an identifier, not a year ("Resolution 2254").
    static let numberLabels: Set<String> = [
        "resolution", "resolutions", "res", "unscr", "no", "nos", "number", "numbers",
        "article", "articles", "art", "decree", "decrees", "law", "paragraph", "para", "section",
        "chapter", "page", "pages", "pp", "flight", "route", "highway", "room", "item", "code", "rule",
        "file", "case", "bill",
    ]

    /// Counted things after a number that make it a quantity, not a year ("1950 people").
    static let countNouns: Set<String> = [
        "people", "persons", "troops", "soldiers", "civilians", "fighters", "militants", "rebels",
        "refugees", "prisoners", "detainees", "casualties", "deaths", "families", "households",
        "children", "men", "women", "members", "delegates", "participants", "residents", "lives",
        "km", "kilometres", "kilometers", "miles", "metres", "meters", "hectares", "tonnes", "tons",
        "dollars", "euros", "times", "votes", "cases", "homes", "houses", "buildings", "villages",
    ]

    /// Words that mark what follows as planned or expected.
    static let futureWords: Set<String> = [
        "will", "shall", "would", "ll", "expected", "expects", "scheduled", "planned", "planning",
        "upcoming", "next", "tomorrow", "forthcoming",
    ]

    /// Past-tense words that are not regular "-ed" forms.
    static let pastWords: Set<String> = [
        "said", "was", "were", "had", "been", "saw", "met", "held", "began", "begun", "told", "took",
        "came", "went", "left", "gave", "made", "sent", "spoke", "won", "fell", "struck", "brought",
        "fought", "led", "became", "did", "got", "hit", "sought", "wrote", "broke", "drew", "flew",
        "rose", "stood", "ran", "ago", "yesterday", "previously", "kept", "lost", "paid", "found",
    ]

    /// Verbs that, after "to", describe something yet to happen ("to continue", "to meet").
    static let infinitiveFuture: Set<String> = [
        "continue", "resume", "reconvene", "meet", "begin", "start", "hold", "convene", "open", "take",
    ]

    /// Words that end a clause for the purpose of reading its tense.
    static let clauseBreaks: Set<String> = ["and", "but", "while", "whereas", "which", "who", "although", "though"]

    static let durationUnits: Set<String> = ["day", "days"]
}
