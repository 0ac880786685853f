/// The place and date an article's first line gives, before its first sentence: "ASTANA, Sept
/// 15 (Reuters) –", "DOHA, Qatar (AP) —", "MOSCOW, July 4. /TASS/.", "NUR-SULTAN (Kazinform) –",
/// "Nur-Sultan, 22 December 2021 (TDI):", or a first line that is only a date ("15 September
/// 2017"). They stand for the article's place and date where neither its front matter nor the
/// catalog gives one; the date is as precise as written (no year where none is written).
///
/// A dateline needs its mark: an agency in brackets or between slashes, a dash or a colon after
/// the place (and date). Refused: "Russia, Iran and Turkey met on Monday." (no mark), "Iran
/// (which hosts the talks) said –" (a bracket of more than a few words), "The talks – long
/// delayed – opened" (the place is not a name: "The talks" is two words of which one is lower
/// case).
public struct Dateline: Hashable, Sendable {
    /// The place as a reader writes it: "Astana" for "ASTANA", "Nur-Sultan" as written.
    public var place: String?
    /// Byte range of the place in the text.
    public var placeRange: Range<Int>?
    public var date: PartialDate?
    /// Byte range of the date in the text.
    public var dateRange: Range<Int>?

    /// How far into an article a dateline may reach, in bytes.
    static let reach = 160
    /// How many words a dateline's place may have ("ST. PETERSBURG", "SHARM EL SHEIKH").
    static let placeWords = 3
    /// How long an agency's name in brackets or slashes may be ("Kazinform", "Dispatches").
    static let agencyBytes = 32

    /// The dateline at `start` (the article's body) in `text`, if its first line has one.
    public static func read(_ text: String, from start: Int) -> Dateline? {
        let utf8 = Array(text.utf8.dropFirst(start).prefix(reach))
        var scanner = DatelineCursor(bytes: utf8)
        scanner.skipSpace(newlines: true)
        let lineStart = scanner.at
        let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.count
        // A first line that is only a date.
        if let d = date(in: utf8, lineStart..<lineEnd), d.range == trimmed(utf8, lineStart..<lineEnd) {
            return Dateline(date: d.value, dateRange: shift(d.range, by: start))
        }
        guard let place = scanner.name(maxWords: placeWords), place.upperBound < lineEnd else { return nil }
        var result = Dateline(place: display(utf8[place]), placeRange: shift(place, by: start))
        scanner.at = place.upperBound
        // The date after a comma, up to the mark ("Sept 15 (Reuters)"), if that stretch is one.
        func dateAfterComma() -> Bool {
            scanner.skipSpace()
            guard let d = date(in: utf8, scanner.at..<(scanner.nextMark(before: lineEnd) ?? lineEnd)) else { return false }
            result.date = d.value
            result.dateRange = shift(d.range, by: start)
            scanner.at = d.range.upperBound
            return true
        }
        if scanner.take(0x2C), !dateAfterComma() {  // ", Sept 15", else ", Qatar" and perhaps ", Sept 15"
            guard let region = scanner.name(maxWords: placeWords) else { return nil }
            scanner.at = region.upperBound
            if scanner.take(0x2C), !dateAfterComma() { return nil }
        }
        _ = scanner.take(0x2E)  // "July 4. /TASS/."
        scanner.skipSpace()
        guard let mark = scanner.mark(before: lineEnd) else { return nil }
        // A dash or colon alone follows many a sentence's first word ("Officials – who ..."):
        // it marks a dateline only after a place in capitals or with a date.
        if mark == .plain, result.date == nil, !isAllCaps(utf8[place]) { return nil }
        return result
    }

    /// The date a stretch of the line is, if the whole stretch (but a final full stop) is one.
    private static func date(in bytes: [UInt8], _ range: Range<Int>) -> (value: PartialDate, range: Range<Int>)? {
        let stretch = trimmed(bytes, range)
        guard !stretch.isEmpty else { return nil }
        var end = stretch.upperBound
        if bytes[end - 1] == 0x2E { end -= 1 }
        let slice = Array(bytes[stretch.lowerBound..<end])
        let found = DateFinder.find(bytes: slice, reference: nil, words: Lexicons.builtIn.dates, readTense: false)
        guard found.count == 1, let m = found.first, let v = m.value, m.value?.end == nil,
            m.range == 0..<slice.count, v.start.month != nil
        else { return nil }
        return (v.start, (stretch.lowerBound + m.range.lowerBound)..<(stretch.lowerBound + m.range.upperBound))
    }

    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, [0x20, 0x09, 0x0D].contains(bytes[lo]) { lo += 1 }
        while hi > lo, [0x20, 0x09, 0x0D].contains(bytes[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    private static func isAllCaps(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        return text == text.uppercased() && text != text.lowercased()
    }

    private static func shift(_ r: Range<Int>, by n: Int) -> Range<Int> { (r.lowerBound + n)..<(r.upperBound + n) }

    /// "NUR-SULTAN" as "Nur-Sultan"; a name not all in capitals stays as written.
    static func display(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text == text.uppercased() else { return text }
        var out = ""
        var startOfWord = true
        for ch in text {
            out += startOfWord ? String(ch) : ch.lowercased()
            startOfWord = !ch.isLetter
        }
        return out
    }
}

/// A cursor over a dateline's bytes.
private struct DatelineCursor {
    let bytes: [UInt8]
    var at = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace(newlines: Bool = false) {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 || (newlines && (bytes[at] == 0x0A || bytes[at] == 0x0D)) {
            at += 1
        }
    }

    mutating func take(_ b: UInt8) -> Bool {
        guard at < bytes.count, bytes[at] == b else { return false }
        at += 1
        return true
    }

    /// One to `maxWords` words that each start with a capital, joined by single spaces or
    /// hyphens ("NUR-SULTAN", "Abu Dhabi", "ST. PETERSBURG"); nil where the first word is not one.
    func name(maxWords: Int) -> Range<Int>? {
        var i = at
        var words = 0
        var end = at
        while i < bytes.count, words < maxWords {
            guard Self.isCapital(bytes, i) else { break }
            var j = i
            while j < bytes.count, Self.isNameByte(bytes[j]) { j += 1 }
            words += 1
            end = j
            // "ST." keeps its stop when another capitalised word follows.
            if j < bytes.count, bytes[j] == 0x2E, j + 2 < bytes.count, bytes[j + 1] == 0x20, Self.isCapital(bytes, j + 2) {
                end = j + 1
                i = j + 2
                continue
            }
            guard j + 1 < bytes.count, bytes[j] == 0x20, Self.isCapital(bytes, j + 1) else { break }
            i = j + 1
        }
        return words == 0 ? nil : at..<end
    }

    /// Where the next mark stands on the line: an opening bracket or slash, a dash between
    /// spaces, or a colon.
    func nextMark(before end: Int) -> Int? {
        var i = at
        while i < end {
            if bytes[i] == 0x28 || bytes[i] == 0x2F || bytes[i] == 0x3A { return i }
            if Self.dashLength(bytes, i) > 0, i > 0, bytes[i - 1] == 0x20 { return i - 1 }
            i += 1
        }
        return nil
    }

    enum Mark { case agency, plain }

    /// The dateline's mark that stands here, if one does: an agency ("(Reuters) –", "(TDI):",
    /// "/TASS/.") or a plain dash or colon.
    mutating func mark(before end: Int) -> Mark? {
        guard at < end else { return nil }
        if bytes[at] == 0x28 || bytes[at] == 0x2F {
            let close: UInt8 = bytes[at] == 0x28 ? 0x29 : 0x2F
            guard let c = bytes[(at + 1)..<end].firstIndex(of: close), c - at - 1 <= Dateline.agencyBytes, c > at + 1 else { return nil }
            let agency = bytes[(at + 1)..<c]
            // An agency's name, not a clause: at most three words.
            guard agency.filter({ $0 == 0x20 }).count < 3 else { return nil }
            at = c + 1
            // After a bracket a dash or colon; after slashes the line goes on.
            if close == 0x2F { return .agency }
            skipSpace()
            return at < end && (bytes[at] == 0x3A || Self.dashLength(bytes, at) > 0) ? .agency : nil
        }
        return bytes[at] == 0x3A || Self.dashLength(bytes, at) > 0 ? .plain : nil
    }

    static func isCapital(_ b: [UInt8], _ i: Int) -> Bool {
        guard i < b.count else { return false }
        if b[i] >= 0x41 && b[i] <= 0x5A { return true }
        // A capital beyond ASCII ("Đà Nẵng", "Ürümqi"): read the character.
        guard b[i] >= 0xC0 else { return false }
        var j = i + 1
        while j < b.count, b[j] & 0xC0 == 0x80 { j += 1 }
        return String(decoding: b[i..<j], as: UTF8.self).first?.isUppercase ?? false
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x27 || b >= 0x80
    }

    /// Bytes of a dash at `i`: "-", "--", "–", "—"; 0 where none.
    static func dashLength(_ b: [UInt8], _ i: Int) -> Int {
        guard i < b.count else { return 0 }
        if b[i] == 0x2D { return i + 1 < b.count && b[i + 1] == 0x2D ? 2 : 1 }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x93 || b[i + 2] == 0x94 { return 3 }
        return 0
    }
}
