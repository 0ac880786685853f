import Yams

/// `parley actors --yaml`: the corpus's actors, curated, as an `actors.yaml` layer that
/// `--actors` reads back, so a list someone curated can be shared and layered elsewhere.
///
/// It carries names, types, aliases (a merge's names among them), affiliations, sides and
/// outlets. Rejections and split mentions name passages of this corpus, so they stay in its
/// curation and are not in the layer.
public enum ActorsYAML {
    struct Entry: Encodable {
        var name: String
        var type: String
        var aliases: [String]?
        var affiliation: String?
        var side: String?
        var outlet: Bool?
    }

    struct File: Encodable {
        var actors: [Entry]
    }

    public static func write(_ corpus: Corpus) throws -> String {
        let entries = corpus.actors.actors.sorted { $0.name < $1.name }.map { a in
            Entry(
                name: a.name, type: a.type.rawValue, aliases: a.aliases.isEmpty ? nil : a.aliases, affiliation: a.affiliation,
                side: a.side?.rawValue, outlet: a.isOutlet ? true : nil)
        }
        let header = """
            # Actors written by `parley actors --yaml`, with the curation applied; use it with
            # `parley --actors FILE`. Fields: name, type, aliases, affiliation, side, outlet.

            """
        return header + (try YAMLEncoder().encode(File(actors: entries)))
    }
}
