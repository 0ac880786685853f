@testable import ParleyModel
import Testing

/// Temporary: each compiled class equals the static it replaces (entries that could never
/// match, like "opposition's", aside). Deleted with the statics.
struct LexiconMigrationTests {
    let lex = Lexicons.builtIn

    func same(_ c: WordClass, _ old: [String], file: String = #fileID, line: Int = #line) {
        let mine = Set(c.entries.filter { $0.words.count == 1 }.map { $0.words[0].text })
        let theirs = Set(old.filter { Tokenizer.tokenize($0).count == 1 })
        #expect(mine == theirs, "\(c.name): only new \(mine.subtracting(theirs).sorted()), only old \(theirs.subtracting(mine).sorted())")
    }

    func same(_ t: WordValues, _ old: [String: Int]) {
        #expect(t.table == old, "\(t.name)")
    }

    @Test func everyClassEqualsItsStatic() {
        same(lex.titleHeads, TitleLexicon.headWords)
        same(lex.titleModifiers, TitleLexicon.modifierWords)
        same(lex.titleJoiners, ["of", "for", "to", "on", "the", "and", "at", "in"])
        same(lex.nameParticles, TitleLexicon.particleWords)
        same(lex.speechVerbs, TitleLexicon.speechVerbWords)
        same(lex.agentVerbs, TitleLexicon.agentVerbWords)
        same(lex.notNames, TitleLexicon.notNameWords)
        same(lex.participationCues, Timeline.participationCueWords)
        same(lex.negations, Timeline.negationWords.filter { $0 != "t" })
        same(lex.abbreviations, Segmenter.abbreviationWords)
        same(lex.sentenceStarters, Segmenter.sentenceStarterWords)
        same(lex.locativeBefore, ActorMatcher.locativeBeforeWords)
        same(lex.timingCues, RoundFinder.timingCueWords)
        same(lex.notTracks, RoundFinder.notTrackWords)
        same(lex.reportWords, RoundFinder.reportWordList)
        same(lex.ordinals, Ordinals.units)
        same(lex.cardinals, Ordinals.cardinals)
        same(lex.tens, Ordinals.tens)
        #expect(Set(lex.roundRelations.table.keys) == Set(RoundFinder.relationWords))
        let d = lex.dates
        #expect(d.months == DateLexicon.months)
        #expect(d.monthAbbreviations == DateLexicon.monthAbbreviations)
        #expect(d.ambiguousMonths == DateLexicon.ambiguousMonths)
        #expect(d.monthCues == DateLexicon.monthCues)
        #expect(d.weekdays == DateLexicon.weekdays)
        #expect(d.durationNumbers == DateLexicon.numberWords)
        #expect(d.qualifiers == DateLexicon.qualifiers)
        #expect(d.relativeOffsets == DateLexicon.relativeOffsets)
        #expect(d.anchors == DateLexicon.anchors)
        #expect(d.durationStoppers == DateLexicon.durationStoppers)
        #expect(d.numberLabels == DateLexicon.numberLabels)
        #expect(d.countNouns == DateLexicon.countNouns)
        #expect(d.futureWords == DateLexicon.futureWords.subtracting(["ll"]))
        #expect(d.pastWords == DateLexicon.pastWords)
        #expect(d.infinitiveFuture == DateLexicon.infinitiveFuture)
        #expect(d.clauseBreaks == DateLexicon.clauseBreaks)
        #expect(d.durationUnits == DateLexicon.durationUnits)
    }
}
