/// Splits a document's tokens into sentences and paragraphs.
///
/// A full stop ends a sentence unless it closes an abbreviation ("U.N.", "U.S.", "Dec.",
/// "Mr."), an initial ("J."), or the next word starts in lower case. Blank lines end
/// paragraphs; in a file with no blank line, each line is a paragraph.
public struct Segmenter: Sendable {
    /// Abbreviations (folded, without the dot) after which a full stop does not end a sentence.
    let abbreviations: WordClass
    /// Words that start a new sentence even straight after an initial such as "U.S." .
    let sentenceStarters: WordClass
    let terminal: WordClass
    let closers: WordClass

    /// A segmenter reading `segmentation.yaml` of these lexicons.
    public init(_ lexicons: Lexicons) {
        abbreviations = lexicons.abbreviations
        sentenceStarters = lexicons.sentenceStarters
        terminal = lexicons.terminalMarks
        closers = lexicons.closingMarks
    }

    public func segment(_ tokens: [Token]) -> (sentences: [Sentence], paragraphs: [Paragraph]) {
        guard !tokens.isEmpty else { return ([], []) }
        let blankLineParagraphs = tokens.contains { $0.newlinesBefore >= 2 }
        var sentences: [Sentence] = []
        var paragraphs: [Paragraph] = []
        // News prose runs about 25 tokens a sentence; a guess that avoids most regrowing
        // (the arrays are trimmed to size at the end).
        sentences.reserveCapacity(tokens.count / 16 + 1)
        paragraphs.reserveCapacity(tokens.count / 48 + 1)
        var sentenceStart = 0
        var paragraphFirstSentence = 0

        func closeSentence(endingBefore i: Int) {
            guard sentenceStart < i else { return }
            sentences.append(
                Sentence(
                    start: tokens[sentenceStart].start, end: tokens[i - 1].end,
                    tokens: sentenceStart..<i, paragraph: paragraphs.count))
            sentenceStart = i
        }

        func closeParagraph() {
            guard paragraphFirstSentence < sentences.count else { return }
            paragraphs.append(
                Paragraph(
                    start: sentences[paragraphFirstSentence].start, end: sentences[sentences.count - 1].end,
                    sentences: paragraphFirstSentence..<sentences.count))
            paragraphFirstSentence = sentences.count
        }

        for i in 1..<tokens.count {
            let token = tokens[i]
            let paragraphBreak = token.newlinesBefore >= 2 || (token.newlinesBefore == 1 && !blankLineParagraphs)
            if paragraphBreak {
                closeSentence(endingBefore: i)
                for s in paragraphFirstSentence..<sentences.count { sentences[s].paragraph = paragraphs.count }
                closeParagraph()
                continue
            }
            if token.newlinesBefore == 1, endsLine(tokens, before: i) {
                closeSentence(endingBefore: i)
                continue
            }
            if isBoundary(tokens, before: i) { closeSentence(endingBefore: i) }
        }
        closeSentence(endingBefore: tokens.count)
        for s in paragraphFirstSentence..<sentences.count { sentences[s].paragraph = paragraphs.count }
        closeParagraph()
        // Held for every document of a corpus: no slack from growing.
        return (sentences.withoutSlack(), paragraphs.withoutSlack())
    }

    /// A single line break ends a sentence unless the text plainly runs on: the line ended
    /// mid-phrase and the next starts in lower case (hard-wrapped prose).
    private func endsLine(_ tokens: [Token], before i: Int) -> Bool {
        let prev = tokens[i - 1]
        let next = tokens[i]
        let runsOn =
            (prev.kind != .punct || prev.word == .comma || prev.word == .hyphen)
            && next.kind == .word && !next.isCapitalized
        return !runsOn
    }

    /// Whether a sentence ends just before token `i` (which is on the same line).
    private func isBoundary(_ tokens: [Token], before i: Int) -> Bool {
        // Walk back over closing quotes and brackets to the terminal mark.
        var j = i - 1
        // Most tokens are words: test the kind first.
        while j > 0, tokens[j].kind == .punct, closers.contains(tokens[j].word), !tokens[j].spaceBefore { j -= 1 }
        guard tokens[j].kind == .punct, terminal.contains(tokens[j].word) else { return false }
        let next = tokens[i]
        guard next.spaceBefore else { return false }
        let opensSentence =
            next.isCapitalized || next.kind == .number
            || next.word == .quote || next.word == .apostrophe || next.word == .openParen || next.folded == "«"
        guard opensSentence else { return false }
        guard tokens[j].word == .period, j > 0 else { return true }
        let before = tokens[j - 1]
        guard !tokens[j].spaceBefore, before.kind == .word else { return true }
        let isInitial = before.folded.count == 1 && before.isCapitalized
        if isInitial || abbreviations.contains(before.word) {
            return next.kind == .word && sentenceStarters.contains(next.word) && next.isCapitalized
                && !(isInitial && next.isCapitalized && next.folded.count == 1)
        }
        return true
    }
}
