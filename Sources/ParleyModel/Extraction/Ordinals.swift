/// Reads English ordinal and cardinal numbers off tokens by the tables of `numbers.yaml`:
/// "fourth" = 4, "21st" = 21, "twenty-first" = 21, and cardinals used as ordinals by mistake
/// ("The eight round" = 8).
public struct Ordinals: Sendable {
    let ordinals, cardinals, tens: WordValues
    let suffixes: WordClass

    /// Digits before a suffix larger than this are not an ordinal of talks ("the 2017th").
    static let maxDigitOrdinal = 999

    public init(_ lexicons: Lexicons) {
        ordinals = lexicons.ordinals
        cardinals = lexicons.cardinals
        tens = lexicons.tens
        suffixes = lexicons.ordinalSuffixes
    }

    /// The ordinal a token spells ("fourth", "21st", "3rd"); cardinals count too when
    /// `allowCardinal` (a cardinal right before "round" is a misspelt ordinal).
    func value(of token: Token, allowCardinal: Bool) -> Int? {
        if let v = ordinals[word: token.word] { return v }
        if allowCardinal, let v = cardinals[word: token.word] { return v }
        guard token.kind != .punct else { return nil }
        // "21st", "3rd", "22nd", "8th"; most words start with no digit, and are refused
        // before their text is cut up.
        let w = token.folded
        guard let f = w.utf8.first, f >= 0x30, f <= 0x39 else { return nil }
        let digits = w.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < w.count else { return nil }
        let suffix = String(w.dropFirst(digits.count))
        if suffixes.contains(text: suffix), let v = Int(digits), v > 0, v <= Self.maxDigitOrdinal { return v }
        return nil
    }

    /// "twenty-first": tens word, hyphen, unit ordinal, starting at token `i`; or digits, a
    /// hyphen and a suffix written together ("11-th", as some agencies write it). Returns the
    /// value and the index of the last token used.
    func compound(_ tokens: [Token], at i: Int, end: Int) -> (Int, Int)? {
        if tokens[i].kind == .number, i + 2 < end, tokens[i + 1].word == .hyphen, !tokens[i + 1].spaceBefore,
            !tokens[i + 2].spaceBefore, suffixes.contains(text: tokens[i + 2].folded), let v = Int(tokens[i].folded), v > 0,
            v <= Self.maxDigitOrdinal
        {
            return (v, i + 2)
        }
        guard let t = tens[word: tokens[i].word], i + 2 < end, tokens[i + 1].word == .hyphen,
            let u = ordinals[word: tokens[i + 2].word] ?? cardinals[word: tokens[i + 2].word], u < 10
        else { return nil }
        return (t + u, i + 2)
    }

    /// A cardinal number word or digits ("three", "3").
    func cardinal(_ token: Token) -> Int? {
        if token.kind == .number { return Int(token.folded) }
        return cardinals[word: token.word]
    }
}
