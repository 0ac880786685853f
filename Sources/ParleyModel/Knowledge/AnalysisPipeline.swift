import Foundation

/// How a corpus's documents become its model, as named stages run in order:
///
///     match → discover → merge actors → mentions → tracks → claims → timeline ‖ index
///
/// Each stage's output is handed to the next and dropped when no later stage reads it (the
/// gazetteer's first matches after discovery, the final matches after the claims). The memory
/// policy is here and nowhere else: the claims stage is the last to read tokens, so each
/// document lets go of its tokens there, and freed memory is handed back to the system after
/// the stages that free the most.
///
/// A pipeline is made once per gazetteer and lexicons (the gazetteer's names compiled into a
/// matcher, the finders built over it) and can analyse any number of document sets.
public struct AnalysisPipeline: Sendable {
    /// The stages, in the order they run (the timeline and the index side by side).
    public enum Stage: String, CaseIterable, Sendable {
        /// The gazetteer's names in every document (first pass).
        case match
        /// People and parties the gazetteer does not know, from their cues.
        case discover
        /// One actor table, and a matcher with every name in it.
        case mergeActors = "merge actors"
        /// Every mention, role and spelling of the table's actors.
        case mentions
        /// The processes the corpus names, and the round finder over them.
        case tracks
        /// The last pass over tokens: round claims, participation sentences, search words.
        case claims
        /// Rounds merged across articles.
        case timeline
        /// The search index.
        case index
    }

    /// What the stages make.
    public struct Output: Sendable {
        public var actors: ActorIndex
        public var timeline: Timeline
        public var search: SearchIndex
    }

    public let gazetteer: Gazetteer
    public let lexicons: Lexicons
    /// The gazetteer's actors and names, compiled once.
    private let known: ActorTableBuilder.Known
    private let discovery: ActorDiscovery

    public init(gazetteer: Gazetteer, lexicons: Lexicons = .builtIn) {
        self.gazetteer = gazetteer
        self.lexicons = lexicons
        known = ActorTableBuilder.Known(gazetteer: gazetteer, lexicons: lexicons)
        discovery = ActorDiscovery(gazetteer: gazetteer, lexicons: lexicons)
    }

    /// Runs every stage over documents that still hold their tokens; on return they hold none.
    ///
    /// `stageFinished` is told each stage's wall-clock seconds as it ends (the timeline's and
    /// the index's overlap).
    public func run(
        _ documents: [Document], progress: (@Sendable (LoadProgress) -> Void)? = nil,
        stageFinished: (@Sendable (Stage, Double) -> Void)? = nil
    ) -> Output {
        func timed<T>(_ stage: Stage, _ work: () -> T) -> T {
            guard let stageFinished else { return work() }
            let start = DispatchTime.now().uptimeNanoseconds
            let out = work()
            stageFinished(stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            return out
        }
        let all = Array(documents.indices)
        progress?(.analysing(.actors))
        // Each stage's input is dropped as soon as no later stage reads it.
        var firstMatches = timed(.match) {
            concurrentMap(all) { [matcher = known.matcher] d in MentionCollector.match(documents[d], with: matcher) }
        }
        var found = timed(.discover) {
            concurrentMap(all) { [discovery, firstMatches] d in discovery.discover(in: documents[d], matches: firstMatches[d]) }
        }
        firstMatches = []
        var table: ActorTableBuilder.Table? = timed(.mergeActors) {
            ActorTableBuilder.build(known: known, found: found)
        }
        found = []
        let actors: ActorIndex
        var matches: [DocumentMatches]
        (actors, matches) = timed(.mentions) { MentionCollector.collect(documents: documents, table: table!, lexicons: lexicons) }
        table = nil
        progress?(.analysing(.rounds))
        let finder = timed(.tracks) {
            RoundFinder.forCorpus(documents: documents, matches: matches, actors: actors.actors, gazetteer: gazetteer, lexicons: lexicons)
        }
        let last = timed(.claims) { lastTokenPass(documents, finder: finder, matches: matches) }
        // The final matches were for round finding only.
        matches = []
        FreedMemory.release()
        progress?(.analysing(.timeline))
        let (timeline, search) = sideBySide(
            {
                timed(.timeline) {
                    Timeline.build(
                        documents: documents, rounds: last.rounds.value.take()!, mentions: actors.mentionsByDocument, cues: last.cues,
                        outlets: actors.actors.map(\.isOutlet))
                }
            },
            {
                progress?(.analysing(.search))
                return timed(.index) { SearchIndex(documents: documents, words: last.words, actors: actors.actors) }
            })
        return Output(actors: actors, timeline: timeline, search: search)
    }

    /// What the last pass over tokens leaves: each document's round claims (in a slot, so that
    /// the timeline can take them and be their only holder), participation sentences and
    /// search words.
    private struct LastPass {
        var rounds: Slot<[DocumentRounds]>
        var cues: [ParticipationCues]
        var words: [SearchIndex.DocumentWords]
    }

    /// The "claims" stage, one document at a time on all cores: its round claims, the sentences
    /// that speak of taking part, and the words the search index keeps. Each document then lets
    /// go of its tokens (the largest thing a corpus holds).
    private func lastTokenPass(_ documents: [Document], finder: RoundFinder, matches: [DocumentMatches]) -> LastPass {
        let lexicons = lexicons
        let found = concurrentMap(Array(documents.indices)) { d in
            let doc = documents[d]
            let claims = finder.claims(in: doc, coverage: matches[d])
            let out = (
                claims: claims,
                // Who takes part matters only to an article about rounds; its tense is read only there.
                cues: ParticipationCues(doc, lexicons: lexicons, readStatus: !claims.claims.isEmpty),
                words: SearchIndex.DocumentWords(doc)
            )
            doc.releaseTokens()
            return out
        }
        // Taken apart by moving, so that the timeline is the claims' only holder and can drop them.
        var claims: [DocumentRounds] = []
        var cues: [ParticipationCues] = []
        var words: [SearchIndex.DocumentWords] = []
        claims.reserveCapacity(documents.count)
        cues.reserveCapacity(documents.count)
        words.reserveCapacity(documents.count)
        for f in consume found {
            claims.append(f.claims)
            cues.append(f.cues)
            words.append(f.words)
        }
        let rounds = Slot<[DocumentRounds]>()
        rounds.value = consume claims
        return LastPass(rounds: rounds, cues: cues, words: words)
    }
}
