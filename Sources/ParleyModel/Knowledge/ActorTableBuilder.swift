/// The "merge actors" stage: the gazetteer's actors, then the parties and people the articles
/// introduced, merged into one table (a respelling joins the name it respells), and a matcher
/// that knows every name in it, each person's surname where no one else has it, and every
/// phrase that names a party.
///
/// Merged in document order: the first article to introduce a person gives the name's
/// spelling and cue.
struct ActorTableBuilder {
    /// The table and what the mention stage needs of it.
    struct Table {
        var actors: [Actor]
        /// Every name, alias and short form of the table, over the gazetteer's.
        var matcher: ActorMatcher
        /// Per document, the party phrases resolved from their article ("the ministry").
        var localParties: [[ActorMatcher.Match]]
    }

    /// What the table starts from, made once per gazetteer: its actors, their names'
    /// folded keys, and a matcher that knows their names.
    struct Known: Sendable {
        var actors: [Actor]
        /// Folded name → actor, for the parties that name a gazetteer actor.
        var keys: [String: Int]
        var matcher: ActorMatcher

        init(gazetteer: Gazetteer, lexicons: Lexicons) {
            actors = gazetteer.entries.enumerated().map { i, e in
                var a = Actor(
                    id: i, name: e.name, type: e.type, aliases: e.aliases, side: e.side, affiliation: e.affiliation,
                    origin: .gazetteer, cue: nil, cueSpan: nil, roles: [],
                    otherNames: e.demonyms + (e.capital.map { [$0] } ?? []) + e.capitalNames + e.metonyms)
                for alias in e.aliases { a.joinedBy[alias] = "gazetteer" }
                a.isOutlet = e.isOutlet
                return a
            }
            var keys: [String: Int] = [:]
            for a in actors { keys[TextFolding.key(a.name)] = a.id }
            self.keys = keys
            matcher = ActorMatcher(gazetteer: gazetteer, lexicons: lexicons)
        }
    }

    /// Accepts "Anuar Zhainakov" (found in the text) as an alias of the gazetteer's "Anuar
    /// Jaynakov"; refuses to join "Karima Haddad" to "Karim Haddad", who are two people.
    static func build(known: Known, found: [ActorDiscovery.Found]) -> Table {
        // 1. Known names from the gazetteer.
        var table = known.actors
        // 2. Parties (ministries, sides, bodies, groups) before people, so a person's name never
        // takes a party's words.
        let parties = PartyReferences(documents: found.map(\.parties), table: &table, gazetteerKeys: known.keys)
        mergePeople(found.map(\.people), into: &table)
        // 3. A matcher with the discovered names and every person's surname ("Alloush").
        var matcher = known.matcher
        for (actor, text) in parties.forms {
            matcher.add(text, actor: actor, kind: TextFolding.key(text) == TextFolding.key(table[actor].name) ? .name : .alias, priority: 3)
        }
        for a in table where a.origin == .discovered && a.type == .person {
            matcher.add(a.name, actor: a.id, kind: .name, priority: 3)
            for alias in a.aliases { matcher.add(alias, actor: a.id, kind: .alias, priority: 3) }
        }
        // Spellings of a gazetteer's person that the text revealed ("Anuar Zhainakov").
        for a in table where a.origin == .gazetteer && a.type == .person {
            for alias in a.aliases where a.joinedBy[alias] != "gazetteer" { matcher.add(alias, actor: a.id, kind: .alias, priority: 3) }
        }
        // The other spellings of a person's given name, by its class ("Zabihullah Mujahid" for
        // "Zabiullah Mujahid"): named whole, not by the surname alone.
        let variants = NameVariants.builtIn
        for a in table where a.type == .person {
            for spelling in variants.spellingsByGivenName(of: a.name) { matcher.add(spelling, actor: a.id, kind: .alias, priority: 2) }
        }
        var surnameOwners: [String: Set<Int>] = [:]
        for a in table where a.type == .person {
            for form in PersonName.shortForms(a.name) { surnameOwners[TextFolding.key(form), default: []].insert(a.id) }
        }
        for a in table where a.type == .person {
            for form in PersonName.shortForms(a.name) where surnameOwners[TextFolding.key(form)]?.count == 1 {
                matcher.add(form, actor: a.id, kind: .shortName, priority: 0)
            }
        }
        return Table(actors: table, matcher: matcher, localParties: parties.local)
    }

    /// Adds the people the articles introduced, in document order: a name already in the
    /// table (or a variant of one, by the name-variant rules) joins it; any other is a new
    /// actor. A person's affiliation is the one its roles name most often.
    private static func mergePeople(_ found: [[ActorDiscovery.Person]], into table: inout [Actor]) {
        var personKeys: [String: Int] = [:]
        for a in table where a.type == .person {
            personKeys[PersonName.key(a.name)] = a.id
            for alias in a.aliases { personKeys[PersonName.key(alias)] = a.id }
        }
        // Of people given roles, the affiliations those roles name (an actor's is the most common).
        var withRoles = Set<Int>()
        var affiliations: [Int: [Int]] = [:]
        func noteRole(of actor: Int, _ f: ActorDiscovery.Person) {
            guard f.hasRole else { return }
            withRoles.insert(actor)
            if let a = f.affiliation { affiliations[actor, default: []].append(a) }
        }
        // Discovered people by surname, in table order, with their name words: a new name is
        // compared only with those it could be a variant of.
        // The gazetteer's people are in it too, so a respelling of a known name ("Anuar
        // Zhainakov" for the gazetteer's "Anuar Jaynakov") joins it instead of standing apart.
        let variants = NameVariants.builtIn
        var discoveredBySurname: [String: [(id: Int, words: [String])]] = [:]
        for a in table where a.type == .person {
            for name in [a.name] + a.aliases {
                let words = variants.words(name)
                discoveredBySurname[variants.surnameKey(words), default: []].append((a.id, words))
            }
        }
        for list in found {
            for f in list {
                if let known = personKeys[f.key] {
                    if table[known].origin == .discovered, !table[known].aliases.contains(f.name), table[known].name != f.name {
                        table[known].aliases.append(f.name)
                        table[known].joinedBy[f.name] = variants.ruleForSameWords(table[known].name, f.name)
                    }
                    noteRole(of: known, f)
                    continue
                }
                // A name no one has had yet (rare): split it again to look for a variant.
                let words = variants.words(f.name)
                // Variants are looked for among names whose surnames respell alike (Lavrentyev,
                // Lavrentiev); a name with an unreadable letter, among all.
                let surname = variants.surnameKey(words)
                let candidates =
                    NameVariants.hasUnreadableLetter(words)
                    ? discoveredBySurname.values.flatMap { $0 } : discoveredBySurname[surname] ?? []
                if let (variant, rule) = candidates.lazy.compactMap({ c in variants.rule(joining: c.words, words).map { (c.id, $0) } })
                    .first
                {
                    if !table[variant].aliases.contains(f.name), table[variant].name != f.name {
                        table[variant].aliases.append(f.name)
                        table[variant].joinedBy[f.name] = rule
                    }
                    personKeys[f.key] = variant
                    noteRole(of: variant, f)
                    continue
                }
                let id = table.count
                table.append(
                    Actor(
                        id: id, name: f.name, type: .person, aliases: [], side: nil, affiliation: nil,
                        origin: .discovered, cue: f.cue, cueSpan: f.cueSpan, roles: []))
                personKeys[f.key] = id
                discoveredBySurname[surname, default: []].append((id, words))
                noteRole(of: id, f)
            }
        }
        for id in withRoles {
            table[id].affiliation = Timeline.mostCommon((affiliations[id] ?? []).map { table[$0].name })
        }
    }
}
