/// What one article's sentences say about taking part, read while its tokens are at hand:
/// the sentences that say who took part ("the delegation attended", "guarantors Russia, Iran
/// and Turkey"), and the places where a sentence says someone stayed away ("Jordan did not
/// send a delegation"), with the status their words give (held, planned).
public struct ParticipationCues: Sendable, Hashable {
    /// Someone stayed away: the actors named in `subject` (the words before the cue in its
    /// clause) are absent from the round the sentence is about.
    public struct Absence: Sendable, Hashable {
        public var sentence: Int
        /// UTF-8 byte offsets of the words that name who stays away.
        public var subject: Range<Int>
        /// The cue ("did not send"), as bytes of the document.
        public var cue: Range<Int>
        public var status: ClaimStatus?
    }

    /// Sentences with a participation cue, no negation and no absence cue, and the cue's
    /// bytes, where `presenceStatus` reads the tense when it is asked for (few sentences are:
    /// the first that names each participant of a round).
    public var present: [Int: Range<Int>] = [:]
    public var absences: [Absence] = []
    /// Byte ranges of clauses of their own (`subordinators`), by sentence, whose actors the
    /// sentence does not say took part: from the word on, or at a sentence's start to its comma.
    public var apart: [Int: [Range<Int>]] = [:]

    public init() {}

    /// Held or planned, by the tense at the participation cue of sentence `s` of `doc` (the
    /// document these cues were read from); nil where the sentence has no cue or says neither.
    public func presenceStatus(in doc: Document, sentence s: Int, lexicons: Lexicons = .builtIn) -> ClaimStatus? {
        guard let cue = present[s], doc.sentences.indices.contains(s) else { return nil }
        return Self.status(doc, sentence: doc.sentences[s], around: cue, lexicons: lexicons)
    }

    /// Whether the actor named at `byte` of sentence `s` stands in a clause of its own.
    public func isApart(sentence s: Int, byte: Int) -> Bool {
        apart[s]?.contains { $0.contains(byte) } ?? false
    }

    /// Reads a document. `readStatus: false` skips the tense reading of absences (an article
    /// with no round claim needs only which sentences speak of taking part).
    ///
    /// Accepts as present: "Delegations from Iran and Turkey ⟦attended⟧ the meeting." Accepts as
    /// absent: "⟦Jordan⟧ did not send a delegation." Refuses as absent: "Russia said ⟦the
    /// opposition⟧ boycotted the talks" makes only the opposition absent, not Russia.
    /// `tokens` are the document's, where it no longer holds them (`Document.retokenized()`).
    public init(_ doc: Document, tokens: [Token]? = nil, lexicons: Lexicons = .builtIn, readStatus: Bool = true) {
        let tokens = tokens ?? doc.tokens
        let cues = lexicons.participationCues
        let absenceCues = lexicons.absenceCues
        for (s, sentence) in doc.sentences.enumerated() {
            let range = sentence.tokens
            // Tokens made again (a corpus read from its cache) are the sentence's own; a range
            // past them is skipped, never read.
            guard range.upperBound <= tokens.count else { continue }
            var absenceAt: (first: Int, count: Int)?
            for i in range {
                if let n = absenceCues.match(tokens, at: i, end: range.upperBound) {
                    absenceAt = (i, n)
                    break
                }
            }
            if let (first, count) = absenceAt {
                let from = Self.clauseStart(tokens, before: first, in: range, lexicons: lexicons)
                guard from < first else { continue }
                let cue = tokens[first].start..<tokens[first + count - 1].end
                absences.append(
                    Absence(
                        sentence: s, subject: tokens[from].start..<tokens[first].start, cue: cue,
                        status: readStatus ? Self.status(doc, sentence: sentence, around: cue, lexicons: lexicons) : nil))
                continue
            }
            let cueAt = range.first(where: { tokens[$0].kind == .word && cues.contains(tokens[$0].word) })
            let clauses = Self.clausesApart(
                tokens, in: range, after: cueAt ?? range.lowerBound, end: sentence.range.upperBound, lexicons: lexicons)
            if !clauses.isEmpty { apart[s] = clauses }
            guard let cueAt, !lexicons.negations.occurs(in: tokens, range: range) else { continue }
            present[s] = tokens[cueAt].start..<tokens[cueAt].end
        }
    }

    /// Where the words of who stays away start: after the last verb of saying or word of
    /// `clause-stops` ("that", "after", "while"), semicolon or colon before the cue,
    /// and at most `subjectReach` words back. Commas do not end it ("Jordan, an observer,
    /// stayed away").
    static func clauseStart(_ tokens: [Token], before cue: Int, in range: Range<Int>, lexicons: Lexicons) -> Int {
        var j = cue - 1
        let floor = max(range.lowerBound, cue - Self.subjectReach)
        while j >= floor {
            let w = tokens[j].word
            if lexicons.speechVerbs.contains(w) || lexicons.clauseStops.contains(w) || w == .semicolon || w == Self.colon {
                return j + 1
            }
            j -= 1
        }
        return floor
    }

    /// The clauses of a sentence that `subordinators` open: one at the sentence's first word
    /// runs to its first comma (unless the cue is in it); one after `anchor` (the word of
    /// taking part, else the sentence's start) runs to the sentence's end. "Russia, since 2017,
    /// has attended" keeps Russia: the word stands before the cue.
    static func clausesApart(_ tokens: [Token], in range: Range<Int>, after anchor: Int, end: Int, lexicons: Lexicons) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        var found: [Range<Int>] = []
        let first = range.lowerBound
        if lexicons.subordinators.contains(tokens[first].word),
            let comma = range.dropFirst().first(where: { tokens[$0].word == .comma }), !(first...comma).contains(anchor) || anchor == first
        {
            found.append(tokens[first].start..<tokens[comma].start)
        }
        if let p = range.dropFirst().first(where: { $0 > anchor && lexicons.subordinators.contains(tokens[$0].word) }) {
            found.append(tokens[p].start..<end)
        }
        return found
    }

    /// How many words before an absence cue may name who stays away ("Iraq, Lebanon and
    /// Jordan, the observers, stayed away").
    static let subjectReach = 10
    static let colon = Word(":")

    /// Held or planned, by the tense of the words around the cue.
    static func status(_ doc: Document, sentence: Sentence, around cue: Range<Int>, lexicons: Lexicons) -> ClaimStatus? {
        let bytes = doc.bytes(sentence.range)
        let local = (cue.lowerBound - sentence.start)..<(cue.upperBound - sentence.start)
        return TenseReader.read(sentence: bytes, around: local, words: lexicons.dates).map { ClaimStatus(tense: $0.tense) }
    }
}
