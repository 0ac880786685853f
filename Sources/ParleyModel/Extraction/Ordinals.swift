/// English ordinal and cardinal words as numbers: "fourth" = 4, "21st" = 21, "twenty-first" = 21,
/// and cardinals used as ordinals by mistake ("The eight round" = 8).
enum Ordinals {
    static let units: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    ]
    static let cardinals: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    ]
    static let tens: [String: Int] = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50]

    /// The ordinal a token spells ("fourth", "21st", "3rd"); cardinals count too when
    /// `allowCardinal` (a cardinal right before "round" is a misspelt ordinal).
    static func value(of token: Token, allowCardinal: Bool) -> Int? {
        let w = token.folded
        if let v = units[w] { return v }
        if allowCardinal, let v = cardinals[w] { return v }
        // "21st", "3rd", "22nd", "8th"
        let digits = w.prefix { $0.isASCII && $0.isNumber }
        let suffix = w.dropFirst(digits.count)
        if !digits.isEmpty, ["st", "nd", "rd", "th"].contains(String(suffix)), let v = Int(digits), v > 0, v < 1000 { return v }
        return nil
    }

    /// "twenty-first": tens word, hyphen, unit ordinal, starting at token `i`. Returns the value
    /// and the index of the last token used.
    static func compound(_ tokens: [Token], at i: Int, end: Int) -> (Int, Int)? {
        guard let t = tens[tokens[i].folded], i + 2 < end, tokens[i + 1].word == .hyphen,
              let u = units[tokens[i + 2].folded] ?? cardinals[tokens[i + 2].folded], u < 10 else { return nil }
        return (t + u, i + 2)
    }

    /// A cardinal number word or digits ("three", "3").
    static func cardinal(_ token: Token) -> Int? {
        if token.kind == .number { return Int(token.folded) }
        return cardinals[token.folded]
    }
}
