/// One left-to-right pass of `DateFinder` over a tokenized sentence.
///
/// Each matcher is anchored at the token that names the date (a month, a weekday, a number,
/// "this/last/next", "today") and looks back for optional prefixes ("late", "mid-", "on",
/// "next") that no earlier mention has taken. That keeps every pattern a few lines long and
/// mentions non-overlapping by construction.
struct DateScan {
    let bytes: [UInt8]
    let tokens: [DateToken]
    let reference: PartialDate?
    /// The words it knows (`dates.yaml`).
    let words: DateWords
    /// The first token not inside an earlier mention; look-behind for prefixes stops here.
    private var floor = 0
    /// Whether each mention is given its tense.
    var readTense = true

    init(bytes: [UInt8], tokens: [DateToken], reference: PartialDate?, words: DateWords) {
        self.bytes = bytes
        self.tokens = tokens
        self.reference = reference
        self.words = words
    }

    private struct Found {
        var first: Int
        /// One past the last token.
        var end: Int
        var kind: DateMention.Kind
        var value: DateValue?
        var days: Int?
    }

    /// The tense reading, over the same tokens.
    private var tenses: TenseReader { TenseReader(tokens: tokens, words: words) }

    mutating func run() -> [DateMention] {
        var mentions: [DateMention] = []
        var i = 0
        while i < tokens.count {
            guard let found = match(at: i) else {
                i += 1
                continue
            }
            let range = tokens[found.first].start..<tokens[found.end - 1].end
            let reading = readTense && found.value != nil ? tenses.tense(around: found.first..<found.end) : nil
            mentions.append(
                DateMention(
                    range: range, text: String(decoding: bytes[range], as: UTF8.self),
                    kind: found.kind, value: found.value, durationDays: found.days,
                    tense: reading?.tense, tenseInClause: reading?.inClause ?? false, tenseWord: reading.map { tenses.word(of: $0) }))
            i = found.end
            floor = i
        }
        return mentions
    }

    private func match(at i: Int) -> Found? {
        switch tokens[i].kind {
        case .word:
            guard tokens[i].mayBeAnchor else { return nil }
            let w = tokens[i].lower
            if !words.anchors.contains(w) { return nil }
            if let weekday = words.weekdays[w] { return self.weekday(weekday, at: i) }
            if let found = month(at: i) { return found }
            if let offset = words.relativeOffsets[w] { return relativePeriod(offset, at: i) }
            if let count = words.durationNumbers[w] { return duration(count, at: i) }
            return relativeDay(w, at: i)
        case .number:
            return dayFirst(at: i) ?? isoDate(at: i) ?? numberDuration(at: i) ?? year(at: i)
        default:
            return nil
        }
    }

    // MARK: - Calendar dates

    /// "May 3", "May 3-4", "Dec. 30, 2017", "May 30 – June 2", "June 2023", "in March".
    private func month(at i: Int) -> Found? {
        guard let (m, abbreviated) = monthName(at: i) else { return nil }
        let j = afterMonth(i, abbreviated: abbreviated)
        if let d1 = day(at: j) {
            var k = j + 1
            var end: (month: Int, day: Int)?
            // "January 23 and 24": two days running are one meeting's two days.
            if word(k) == "and", let d2 = day(at: k + 1), d2 == d1 + 1, monthName(at: k + 2) == nil {
                end = (m, d2)
                k += 2
            } else if isDash(k) {
                if let d2 = day(at: k + 1), d2 > d1 {
                    end = (m, d2)
                    k += 2
                } else if let (m2, abbreviated2) = monthName(at: k + 1), m2 != m {
                    let l = afterMonth(k + 1, abbreviated: abbreviated2)
                    if let d2 = day(at: l) {
                        end = (m2, d2)
                        k = l + 1
                    }
                }
            }
            let yearAt = kind(k) == .comma ? k + 1 : k
            let explicitYear = yearNumber(at: yearAt)
            if explicitYear != nil { k = yearAt + 1 }
            if let value = dayValue(start: (m, d1), end: end, year: explicitYear, span: i..<k) {
                return Found(first: i, end: k, kind: .absolute, value: value)
            }
        }
        if let y = yearNumber(at: j) {
            let q = qualifier(before: i)
            return Found(
                first: q?.first ?? i, end: j + 1, kind: .absolute,
                value: DateValue(start: PartialDate(year: y, month: m), qualifier: q?.word))
        }
        guard !abbreviated else { return nil }
        return bareMonth(m, at: i)
    }

    /// "3 May", "3-4 May 2017", "30-31 October, 2017", "24th of January", "30 May – 2 June".
    private func dayFirst(at i: Int) -> Found? {
        guard let d1 = day(at: i) else { return nil }
        var k = i + 1
        var d2: Int?
        if isDash(k), let v = day(at: k + 1), v > d1 {
            d2 = v
            k += 2
        } else if word(k) == "and", let v = day(at: k + 1), v == d1 + 1, monthName(at: k + 2) != nil {
            // "23 and 24 January".
            d2 = v
            k += 2
        }
        if tokens[i].isOrdinal, d2 == nil, word(k) == "of" { k += 1 }
        guard let (m, abbreviated) = monthName(at: k) else { return nil }
        var l = afterMonth(k, abbreviated: abbreviated)
        var end = d2.map { (month: m, day: $0) }
        if d2 == nil, isDash(l), let v = day(at: l + 1), let (m2, abbreviated2) = monthName(at: l + 2), m2 != m {
            end = (m2, v)
            l = afterMonth(l + 2, abbreviated: abbreviated2)
        }
        let yearAt = kind(l) == .comma ? l + 1 : l
        let explicitYear = yearNumber(at: yearAt)
        if explicitYear != nil { l = yearAt + 1 }
        guard let value = dayValue(start: (m, d1), end: end, year: explicitYear, span: i..<l) else { return nil }
        return Found(first: i, end: l, kind: .absolute, value: value)
    }

    /// "2017-05-03", written without spaces.
    private func isoDate(at i: Int) -> Found? {
        guard let y = yearNumber(at: i), i + 4 < tokens.count, isDash(i + 1), isDash(i + 3),
            (i..<(i + 4)).allSatisfy({ adjacent($0, $0 + 1) }),
            tokens[i + 2].kind == .number, tokens[i + 2].digitCount == 2, !tokens[i + 2].isOrdinal,
            let m = tokens[i + 2].value, (1...12).contains(m),
            tokens[i + 4].digitCount == 2, !tokens[i + 4].isOrdinal, let d = day(at: i + 4)
        else { return nil }
        let date = PartialDate(year: y, month: m, day: d)
        guard isPossible(date) else { return nil }
        return Found(first: i, end: i + 5, kind: .absolute, value: DateValue(start: date))
    }

    /// A month on its own. "May" and "March" need a word such as "in" or "since" before them;
    /// "last March" and "next January" are the nearest such month before or after the reference.
    private func bareMonth(_ m: Int, at i: Int) -> Found? {
        if i - 1 >= floor, let offset = words.relativeOffsets[word(i - 1)], word(i - 2) != "the" {
            var value: DateValue?
            if let ry = reference?.year {
                if offset == 0 {
                    value = DateValue(start: PartialDate(year: ry, month: m))
                } else if let rm = reference?.month {
                    let y = offset < 0 ? (m < rm ? ry : ry - 1) : (m > rm ? ry : ry + 1)
                    value = DateValue(start: PartialDate(year: y, month: m))
                }
            }
            return Found(first: i - 1, end: i + 1, kind: .relative, value: value)
        }
        let q = qualifier(before: i)
        if q == nil, words.ambiguousMonths.contains(tokens[i].lower), !hasMonthCue(before: i) { return nil }
        let first = q?.first ?? i
        let y = inferredYear(month: m, span: first..<(i + 1))
        return Found(
            first: first, end: i + 1, kind: .absolute,
            value: DateValue(start: PartialDate(year: y, month: m), qualifier: q?.word))
    }

    /// A bare year, "2017", or "late 2016"; never a number that labels or counts something.
    private func year(at i: Int) -> Found? {
        guard let y = yearNumber(at: i), !isLabelOrCount(i) else { return nil }
        let q = qualifier(before: i)
        return Found(
            first: q?.first ?? i, end: i + 1, kind: .absolute,
            value: DateValue(start: PartialDate(year: y), qualifier: q?.word))
    }

    /// A day or day interval; the year is the text's, else the reference's.
    private func dayValue(
        start: (month: Int, day: Int), end: (month: Int, day: Int)?,
        year explicit: Int?, span: Range<Int>
    ) -> DateValue? {
        // An interval that crosses the new year ("December 30 – January 2") spans two years.
        let crossesYear = end.map { $0.month < start.month } ?? false
        var startYear: Int?
        var endYear: Int?
        if let explicit {
            startYear = crossesYear ? explicit - 1 : explicit
            endYear = explicit
        } else {
            startYear = inferredYear(month: start.month, span: span)
            endYear = crossesYear ? startYear.map { $0 + 1 } : startYear
        }
        let startDate = PartialDate(year: startYear, month: start.month, day: start.day)
        guard isPossible(startDate) else { return nil }
        guard let end else { return DateValue(start: startDate) }
        let endDate = PartialDate(year: endYear, month: end.month, day: end.day)
        guard isPossible(endDate) else { return nil }
        return DateValue(start: startDate, end: endDate)
    }

    /// The reference's year for a month the text names without one. A past-tense sentence
    /// cannot report a month still to come, so a later month is last year's; a plan for a month
    /// already well past ("will meet on January 15" in late December) is next year's.
    private func inferredYear(month: Int, span: Range<Int>) -> Int? {
        guard let ry = reference?.year else { return nil }
        guard let rm = reference?.month, month != rm else { return ry }
        let tense = tenses.tense(around: span)?.tense
        if month > rm, tense == .past { return ry - 1 }
        if month < rm, tense == .future, rm - month > 6 { return ry + 1 }
        return ry
    }

    // MARK: - Weekdays and relative dates

    /// "Monday", "on Wednesday", "next Friday": only a complete reference can place them.
    private func weekday(_ weekday: Int, at i: Int) -> Found {
        var first = i
        var offset: Int?
        if i - 1 >= floor, let o = words.relativeOffsets[word(i - 1)] {
            offset = o
            first = i - 1
        }
        if first - 1 >= floor, word(first - 1) == "on" { first -= 1 }
        var value: DateValue?
        if let today = reference?.dayNumber {
            let ahead = (weekday - CivilCalendar.isoWeekday(today) + 7) % 7
            let delta: Int
            switch offset {
            case .some(1): delta = ahead == 0 ? 7 : ahead
            case .some(-1): delta = ahead == 0 ? -7 : ahead - 7
            default:
                // News names the day of publication or, mostly, a day just before it.
                if ahead == 0 {
                    delta = 0
                } else {
                    delta = tenses.tense(around: first..<(i + 1))?.tense == .future ? ahead : ahead - 7
                }
            }
            value = DateValue(start: PartialDate(dayNumber: today + delta))
        }
        return Found(first: first, end: i + 1, kind: .weekday, value: value)
    }

    /// "this week", "later this month", "late last year".
    private func relativePeriod(_ offset: Int, at i: Int) -> Found? {
        let unit = word(i + 1)
        guard words.periodUnits.contains(unit) else { return nil }
        var first = i
        let q = qualifier(before: i)
        if let q {
            first = q.first
        } else if i - 1 >= floor, word(i - 1) == "later" || word(i - 1) == "earlier" {
            first = i - 1
        } else if word(i - 1) == "the" {
            // "over the last year" is the past twelve months, not a calendar year.
            return nil
        }
        var value: DateValue?
        switch unit {
        case "week":
            if let today = reference?.dayNumber {
                let monday = today - (CivilCalendar.isoWeekday(today) - 1) + 7 * offset
                value = DateValue(
                    start: PartialDate(dayNumber: monday), end: PartialDate(dayNumber: monday + 6),
                    qualifier: q?.word)
            }
        case "month":
            if let rm = reference?.month {
                var m = rm + offset
                var y = reference?.year
                if m < 1 {
                    m += 12
                    y = y.map { $0 - 1 }
                } else if m > 12 {
                    m -= 12
                    y = y.map { $0 + 1 }
                }
                value = DateValue(start: PartialDate(year: y, month: m), qualifier: q?.word)
            }
        default:
            if let ry = reference?.year {
                value = DateValue(start: PartialDate(year: ry + offset), qualifier: q?.word)
            }
        }
        return Found(first: first, end: i + 2, kind: .relative, value: value)
    }

    /// "today", "tonight", "tomorrow", "yesterday".
    private func relativeDay(_ w: String, at i: Int) -> Found? {
        guard let delta = words.relativeDays[w] else { return nil }
        // "took place today on September 24", "today, May 3": the day the text writes, not the
        // report's, which may differ (and then the claim says so).
        let j = word(i + 1) == "on" || kind(i + 1) == .comma ? i + 2 : i + 1
        if let written = month(at: j) ?? dayFirst(at: j), written.value?.start.day != nil {
            return Found(first: i, end: written.end, kind: .absolute, value: written.value)
        }
        let value = reference?.dayNumber.map { DateValue(start: PartialDate(dayNumber: $0 + delta)) }
        return Found(first: i, end: i + 1, kind: .relative, value: value)
    }

    // MARK: - Durations

    private func numberDuration(at i: Int) -> Found? {
        let t = tokens[i]
        guard let v = t.value, !t.isOrdinal, (1...366).contains(v) else { return nil }
        return duration(v, at: i)
    }

    /// "two days", "for 3 days", "a three-day meeting"; not "two days later" or "one day" (someday).
    private func duration(_ count: Int, at i: Int) -> Found? {
        if isDash(i + 1), i + 2 < tokens.count, adjacent(i, i + 1), adjacent(i + 1, i + 2),
            words.durationUnits.contains(word(i + 2))
        {
            // "a three-day-old baby" is an age.
            if isDash(i + 3), adjacent(i + 2, i + 3), word(i + 4) == "old" { return nil }
            return Found(first: i, end: i + 3, kind: .duration, value: nil, days: count)
        }
        guard words.durationUnits.contains(word(i + 1)) else { return nil }
        let next = word(i + 2)
        if words.durationStoppers.contains(next) { return nil }
        if count == 1, word(i - 1) != "for", next != "of" { return nil }
        return Found(first: i, end: i + 2, kind: .duration, value: nil, days: count)
    }

    // MARK: - Token tests

    private func kind(_ k: Int) -> DateToken.Kind? {
        k >= 0 && k < tokens.count ? tokens[k].kind : nil
    }

    /// The lowercased word at `k`, or "" for anything else, including out of bounds.
    private func word(_ k: Int) -> String {
        k >= 0 && k < tokens.count && tokens[k].kind == .word ? tokens[k].lower : ""
    }

    private func isDash(_ k: Int) -> Bool { kind(k) == .dash }

    /// No space between token `k` and the next.
    private func adjacent(_ k: Int, _ next: Int) -> Bool {
        k >= 0 && next < tokens.count && tokens[k].end == tokens[next].start
    }

    /// A day of the month: 1-31 written with one or two digits, plain or ordinal.
    private func day(at k: Int) -> Int? {
        guard kind(k) == .number, let v = tokens[k].value, tokens[k].digitCount <= 2, (1...31).contains(v)
        else { return nil }
        return v
    }

    /// Four plain digits from 1900 to 2099.
    private func yearNumber(at k: Int) -> Int? {
        guard kind(k) == .number, !tokens[k].isOrdinal, tokens[k].digitCount == 4,
            let v = tokens[k].value, (1900...2099).contains(v)
        else { return nil }
        return v
    }

    private func monthName(at k: Int) -> (month: Int, abbreviated: Bool)? {
        guard kind(k) == .word else { return nil }
        let t = tokens[k]
        if let m = words.months[t.lower] {
            if !t.isCapitalized, words.ambiguousMonths.contains(t.lower) { return nil }
            return (m, false)
        }
        if t.isCapitalized, let m = words.monthAbbreviations[t.lower] { return (m, true) }
        return nil
    }

    /// The token after a month name, past the period of "Dec.".
    private func afterMonth(_ k: Int, abbreviated: Bool) -> Int {
        abbreviated && kind(k + 1) == .period && adjacent(k, k + 1) ? k + 2 : k + 1
    }

    /// "late", "early", "mid" or "mid-" right before token `k`, not taken by an earlier mention.
    private func qualifier(before k: Int) -> (first: Int, word: String)? {
        let p = k - 1
        guard p >= floor else { return nil }
        if isDash(p), adjacent(p, k), p - 1 >= floor, adjacent(p - 1, p), word(p - 1) == "mid" {
            return (p - 1, "mid")
        }
        let w = word(p)
        return words.qualifiers.contains(w) ? (p, w) : nil
    }

    /// "in May", "since March", and the second month of "April and May" or "April-May".
    private func hasMonthCue(before k: Int) -> Bool {
        let p = k - 1
        let w = word(p)
        if words.monthCues.contains(w) { return true }
        let joins = w == "and" || w == "or" || w == "to" || kind(p) == .dash || kind(p) == .comma
        return joins && monthName(at: p - 1) != nil
    }

    /// A number that is an identifier ("Resolution 2254", "No. 2254", "resolutions 2118 and
    /// 2254"), a quantity ("1950 people") or an amount ("$2000", "2000%").
    private func isLabelOrCount(_ i: Int) -> Bool {
        if kind(i - 1) == .other, adjacent(i - 1, i) { return true }
        if kind(i + 1) == .other, adjacent(i, i + 1) { return true }
        if words.countNouns.contains(word(i + 1)) { return true }
        var k = i - 1
        while k >= 0, tokens[k].kind == .number || tokens[k].kind == .comma || word(k) == "and" || word(k) == "or" {
            k -= 1
        }
        if kind(k) == .period { k -= 1 }
        return words.numberLabels.contains(word(k))
    }

    private func isPossible(_ date: PartialDate) -> Bool {
        guard let month = date.month, let day = date.day else { return true }
        return day <= CivilCalendar.daysIn(month: month, year: date.year ?? 2000)
    }
}
