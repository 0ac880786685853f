/// The "discover" stage: in one document, the people the text introduces whom the gazetteer
/// does not know (by their cues: a title, an appositive, a verb of saying) and the parties its
/// phrases name (ministries, sides, bodies, groups), read against the gazetteer's matches.
///
/// Built once per gazetteer and lexicons, then run on every document on all cores.
struct ActorDiscovery: Sendable {
    /// What the merge needs of one person found: the name's words and key, and of its role only
    /// whether there is one and its affiliation (a gazetteer actor's index).
    struct Person: Sendable {
        var name: String
        var key: String
        var cue: String
        var cueSpan: TextSpan
        var hasRole: Bool
        var affiliation: Int?
    }

    /// One document's findings, in text order.
    struct Found: Sendable {
        var people: [Person]
        var parties: PartyFinder.DocumentParties
    }

    let names: NameFinder
    let parties: PartyFinder

    init(gazetteer: Gazetteer, lexicons: Lexicons) {
        names = NameFinder(actorTypes: gazetteer.entries.map(\.type), lexicons: lexicons)
        parties = PartyFinder(gazetteer: gazetteer, lexicons: lexicons)
    }

    /// Accepts "Deputy Foreign Minister ⟦Sergei Vershinin⟧ said" as a person with a role;
    /// refuses "⟦Russia⟧ said", which the gazetteer's matches already cover.
    func discover(in doc: Document, matches: DocumentMatches) -> Found {
        let people = doc.sentences.indices.flatMap { names.discover(in: doc, sentence: $0, coverage: matches) }
            .map { f in
                Person(
                    name: f.name, key: PersonName.key(f.name), cue: f.cue, cueSpan: f.cueSpan, hasRole: f.role != nil,
                    affiliation: f.role?.affiliation)
            }
        return Found(people: people, parties: parties.find(in: doc, coverage: matches))
    }
}
