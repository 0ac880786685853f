/// How far a round phrase reaches, once a round rule has matched its core ("fourth round"):
/// a determiner before it joins it ("the fourth round"); "of" after it runs, within a few
/// words, to the talk noun that ends it and may name the track ("the fourth round of Geneva
/// talks"); "in <track>" right after it names the track ("the third round in Astana").
///
/// Accepts: "⟦the fourth round of Minsk peace talks⟧" (track Minsk). Refuses to run past
/// punctuation: in "the fourth round of, it seems, Minsk talks" the phrase stays "the fourth round".
enum RoundPhraseExtent {
    /// "of" reaches at most this many tokens for its talk noun ("round of the long-awaited Minsk talks").
    static let ofReach = 6

    static func extend(_ p: inout RoundPhrase, in s: SentenceContext) {
        let tokens = s.tokens
        let range = s.range
        let lex = s.lexicons
        if p.first - 1 >= range.lowerBound, lex.determiners.contains(tokens[p.first - 1].word) { p.first -= 1 }
        if p.last + 1 < range.upperBound, tokens[p.last + 1].word == RoundPhraseExtent.of {
            var k = p.last + 2
            while k < range.upperBound, k - p.last <= ofReach {
                if p.track == nil, let tr = s.tracks.track(named: tokens[k]) { p.track = tr }
                if lex.talkNouns.contains(tokens[k].word) {
                    p.last = k
                    break
                }
                if tokens[k].kind == .punct && tokens[k].word != .hyphen { break }
                k += 1
            }
        }
        if p.track == nil, p.last + 2 < range.upperBound, tokens[p.last + 1].word == RoundPhraseExtent.inWord,
            let tr = s.tracks.track(named: tokens[p.last + 2])
        {
            p.track = tr
        }
    }

    static let of = Word("of")
    static let inWord = Word("in")
}
