import Foundation

/// The whole model of one folder of articles: documents, actors, mentions, rounds and the
/// search index. Built once, then read by the command line and every pane of the dashboard.
public struct Corpus: Sendable {
    public let root: URL
    public let documents: [Document]
    public let actors: ActorIndex
    public let timeline: Timeline
    public let search: SearchIndex
    /// Problems with single files; none of them stopped the load. A cache that could not be
    /// used or written is one more, naming the cache file.
    public internal(set) var warnings: [LoadWarning]
    /// What became of the corpus cache in `load`; nil where none was asked for.
    public internal(set) var cacheOutcome: CorpusCache.Outcome?
    private let documentIndex: [DocumentID: Int]

    /// Loads and analyses a folder. Throws `CorpusError` only when the folder itself cannot
    /// be used, or an `actorsFiles` file cannot be read or parsed; bad articles become
    /// `warnings`.
    ///
    /// The gazetteer is layered: the world layer, then the folder's `actors.yaml`, then each
    /// of `actorsFiles` in order (`--actors`), a later layer's actor replacing an earlier
    /// one of the same name.
    ///
    /// With a `cache`, an unchanged folder is read from it instead of analysed (see
    /// `CorpusCache`), and a folder analysed is written to it.
    public static func load(
        folder: URL, world: Gazetteer = .world(), actorsFiles: [URL] = [], cache: CorpusCache? = nil,
        progress: (@Sendable (LoadProgress) -> Void)? = nil, stageFinished: (@Sendable (AnalysisPipeline.Stage, Double) -> Void)? = nil
    ) throws -> Corpus {
        // The cache's key is taken before anything is read: a file changed meanwhile then makes
        // the next key differ, never a cache of the new key made of the old text.
        // A cache folder inside the corpus folder (`parley --corpus ~`) is not used: nothing is
        // ever written in the corpus folder.
        let resolved = folder.standardizedFileURL.resolvingSymlinksInPath().path
        let cache = cache.flatMap { $0.file.resolvingSymlinksInPath().path.hasPrefix(resolved + "/") ? nil : $0 }
        let head = cache.map { _ in CacheKey.head(folder: folder.standardizedFileURL, actorsFiles: actorsFiles) }
        // The files the user named are read first: a typo fails at once, not after the load.
        var given: [(file: String, layer: Gazetteer, warnings: [LoadWarning])] = []
        for url in actorsFiles {
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                let reason = FileManager.default.fileExists(atPath: url.path) ? "it is not readable UTF-8 text" : "no such file"
                throw CorpusError.badActorsFile(url.path, reason: reason)
            }
            do {
                let (layer, w) = try Gazetteer.parse(text, file: url.path, layer: .corpus)
                given.append((url.path, layer, w))
            } catch {
                throw CorpusError.badActorsFile(url.path, reason: "\(error)")
            }
        }
        var key: CacheKey?
        var notUsed: String?
        if let cache {
            let root = try CorpusLoader.checkFolder(folder)
            let read = cache.read(folder: root, head: head!)
            key = read.key
            switch read.corpus {
            case .success(var corpus):
                corpus.cacheOutcome = .used
                progress?(.finished)
                return corpus
            case .failure(.none): break
            case .failure(.unusable(let why)): notUsed = why
            }
        }
        var reading: (@Sendable (Int, Int) -> Void)?
        if let progress { reading = { done, total in progress(.reading(done: done, total: total)) } }
        let loaded = try CorpusLoader.load(folder: folder, progress: reading)
        var warnings = loaded.warnings
        var gazetteer = world
        if let yaml = loaded.actorsYAML {
            do {
                let (layer, w) = try Gazetteer.parse(yaml, file: "actors.yaml", layer: .corpus)
                warnings += w
                gazetteer = layer.layered(over: gazetteer)
            } catch {
                warnings.append(LoadWarning(file: "actors.yaml", message: "\(error); the corpus layer is not used"))
            }
        }
        for g in given {
            warnings += g.warnings
            gazetteer = g.layer.layered(over: gazetteer)
        }
        if loaded.documents.isEmpty { throw CorpusError.noArticles(folder.path) }
        var corpus = Corpus(
            root: loaded.root, documents: loaded.documents, pipeline: AnalysisPipeline(gazetteer: gazetteer), warnings: warnings,
            progress: progress, stageFinished: stageFinished)
        if let cache, let key {
            do {
                try cache.write(corpus, key: key)
                corpus.cacheOutcome = notUsed.map { .rebuilt($0) } ?? .written
                if let notUsed {
                    corpus.warnings.append(
                        LoadWarning(
                            file: cache.file.path, message: "not used: \(notUsed); the folder was analysed again and the cache written anew"
                        ))
                }
            } catch {
                corpus.cacheOutcome = .notWritten("\(error)")
                corpus.warnings.append(
                    LoadWarning(file: cache.file.path, message: "cannot be written (\(error)); the next open analyses the folder again"))
            }
        }
        return corpus
    }

    /// A corpus from parts already analysed (curation changes the actors of one).
    init(root: URL, documents: [Document], actors: ActorIndex, timeline: Timeline, search: SearchIndex, warnings: [LoadWarning]) {
        self.root = root
        self.documents = documents
        self.actors = actors
        self.timeline = timeline
        self.search = search
        self.warnings = warnings
        documentIndex = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// This corpus with the user's curation applied, and what became of each change.
    public func curated(by log: CurationLog) -> (corpus: Corpus, outcomes: [CurationOutcome]) {
        let c = ActorCuration(self, changes: log.changes)
        return (c.corpus, c.outcomes)
    }

    /// Analyses documents already in memory (tests, generated corpora).
    public init(
        root: URL = URL(fileURLWithPath: "."), documents: [Document], gazetteer: Gazetteer, warnings: [LoadWarning] = [],
        lexicons: Lexicons = .builtIn, progress: (@Sendable (LoadProgress) -> Void)? = nil
    ) {
        self.init(
            root: root, documents: documents, pipeline: AnalysisPipeline(gazetteer: gazetteer, lexicons: lexicons), warnings: warnings,
            progress: progress)
    }

    /// Analyses documents with a pipeline made beforehand (one made once serves many corpora).
    public init(
        root: URL = URL(fileURLWithPath: "."), documents: [Document], pipeline: AnalysisPipeline, warnings: [LoadWarning] = [],
        progress: (@Sendable (LoadProgress) -> Void)? = nil, stageFinished: (@Sendable (AnalysisPipeline.Stage, Double) -> Void)? = nil
    ) {
        let out = pipeline.run(documents, progress: progress, stageFinished: stageFinished)
        self.init(root: root, documents: documents, actors: out.actors, timeline: out.timeline, search: out.search, warnings: warnings)
        progress?(.finished)
    }

    public func document(_ id: DocumentID) -> Document? {
        documentIndex[id].map { documents[$0] }
    }

    public func documentIndex(of id: DocumentID) -> Int? { documentIndex[id] }

    /// The actor a user names (`parley curate`, `--actor`): the one listed under that name,
    /// else under it in other case; nil where none is.
    public func actorIndex(named name: String) -> Int? {
        if let i = actors.actors.firstIndex(where: { $0.name == name }) { return i }
        let lower = name.lowercased()
        return actors.actors.firstIndex { $0.name.lowercased() == lower }
    }

    /// The text a span points at.
    public func text(of span: TextSpan) -> String? {
        document(span.document).map { $0.text(span.range) }
    }

    /// The rounds the timeline names an actor a participant of, in timeline order: the same
    /// rounds as the dashboard's round scope and `parley timeline`. An article that only
    /// mentions the actor does not make it one of its round's participants.
    public func rounds(of actor: Int) -> [TimelineEntry] {
        timeline.entries.filter { $0.participants.contains(actor) }
    }

    /// The mention a reference names.
    public func mention(_ ref: MentionRef) -> Mention { actors.mentionsByDocument[ref.document][ref.mention] }

    /// How many times an actor is mentioned (place uses not counted).
    public func mentionCount(of actor: Int) -> Int { actors.mentionsByActor[actor].count }

    /// An actor's `index`-th mention in corpus order.
    public func mention(of actor: Int, at index: Int) -> Mention { mention(actors.mentionsByActor[actor][index]) }

    /// Where the actor's mention at `span` stands among its mentions in corpus order, found by
    /// binary search (nothing is copied: an actor can have tens of thousands); nil when the
    /// span is none of its mentions.
    public func mentionIndex(of actor: Int, at span: TextSpan) -> Int? {
        guard let d = documentIndex(of: span.document) else { return nil }
        let refs = actors.mentionsByActor[actor]
        var lo = 0
        var hi = refs.count
        // The first mention at or after (document d, byte span.start).
        while lo < hi {
            let mid = (lo + hi) / 2
            let r = refs[mid]
            if r.document < d || (r.document == d && mention(r).span.start < span.start) { lo = mid + 1 } else { hi = mid }
        }
        return lo < refs.count && refs[lo].document == d && mention(refs[lo]).span == span ? lo : nil
    }

    /// Every mention of an actor, in corpus order.
    public func mentions(of actor: Int) -> [Mention] {
        actors.mentionsByActor[actor].map { actors.mentionsByDocument[$0.document][$0.mention] }
    }

    /// Every place use of an actor ("talks in Astana" for Kazakhstan), in corpus order.
    public func places(of actor: Int) -> [Mention] {
        actors.placesByActor[actor].map { actors.placesByDocument[$0.document][$0.mention] }
    }

    /// An actor's mentions and place uses together, in corpus order.
    public func mentionsAndPlaces(of actor: Int) -> [(mention: Mention, use: MentionJSON.Use)] {
        // Both lists are in corpus order: merged, not sorted.
        let named = actors.mentionsByActor[actor]
        let placed = actors.placesByActor[actor]
        var out: [(mention: Mention, use: MentionJSON.Use)] = []
        out.reserveCapacity(named.count + placed.count)
        var i = 0
        var j = 0
        while i < named.count || j < placed.count {
            let m = i < named.count ? actors.mentionsByDocument[named[i].document][named[i].mention] : nil
            let p = j < placed.count ? actors.placesByDocument[placed[j].document][placed[j].mention] : nil
            if let m,
                p == nil || named[i].document < placed[j].document
                    || (named[i].document == placed[j].document && m.span.start <= p!.span.start)
            {
                out.append((m, .actor))
                i += 1
            } else {
                out.append((p!, .place))
                j += 1
            }
        }
        return out
    }
}
