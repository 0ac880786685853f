extension RoundFinder {
    /// The round finder for one corpus (the "tracks" stage): the processes its articles name
    /// (a word used as a process's name in two articles or more), the one assumed where an
    /// article names none (the most used; "Talks" where none is), and each state's capital
    /// from the gazetteer, for "the Kazakh capital".
    static func forCorpus(
        documents: [Document], matches: [DocumentMatches], actors: [Actor], gazetteer: Gazetteer, lexicons: Lexicons
    ) -> RoundFinder {
        let capitalByName = Dictionary(
            gazetteer.entries.compactMap { e in e.capital.map { (e.name, $0) } }, uniquingKeysWith: { a, _ in a })
        var capitals: [Int: String] = [:]
        for a in actors { if let c = capitalByName[a.name] { capitals[a.id] = c } }
        let found = discoverTracks(in: documents, coverages: matches, lexicons: lexicons)
        var tracks: [String: String] = [:]
        for (key, v) in found { tracks[key] = v.name }
        let defaultTrack =
            found.max { $0.value.count == $1.value.count ? $0.key > $1.key : $0.value.count < $1.value.count }?.value.name ?? "Talks"
        return RoundFinder(tracks: tracks, defaultTrack: defaultTrack, capitals: capitals, lexicons: lexicons)
    }
}
