import Foundation

/// The actors of a corpus and every mention of them: gazetteer actors that the text names,
/// and people discovered from context, with later short forms joined to the full name.
public struct ActorIndex: Sendable {
    /// Every actor with at least one mention. `Mention.actor` indexes this array.
    public var actors: [Actor]
    /// Mentions per document, in text order (same order as the corpus's documents).
    public var mentionsByDocument: [[Mention]]
    /// For each actor, where its mentions are, in corpus order.
    public var mentionsByActor: [[MentionRef]]
    /// Per document, in text order: where a state or its capital is named as a location
    /// ("talks in Astana", "Vienna, Austria"), not as an actor. Kept to be shown and
    /// written (`"use": "place"`), never counted as the actor being there.
    public var placesByDocument: [[Mention]]
    /// For each actor, its place uses (`placesByDocument[document][mention]`), in corpus order.
    public var placesByActor: [[MentionRef]]
    /// What the final matching pass covered, per document (used by round finding). Place
    /// uses of actors that are never named as actors carry actor index -1. `Corpus` empties
    /// it once the rounds are found.
    public var coverage: [DocumentMatches]

    /// Runs actor extraction over a corpus.
    public static func build(documents: [Document], gazetteer: Gazetteer, lexicons: Lexicons = .builtIn) -> ActorIndex {
        // 1. Known names from the gazetteer.
        var table: [Actor] = gazetteer.entries.enumerated().map { i, e in
            var a = Actor(
                id: i, name: e.name, type: e.type, aliases: e.aliases, side: e.side, affiliation: e.affiliation,
                origin: .gazetteer, cue: nil, cueSpan: nil, roles: [],
                otherNames: e.demonyms + (e.capital.map { [$0] } ?? []) + e.capitalNames + e.metonyms)
            for alias in e.aliases { a.joinedBy[alias] = "gazetteer" }
            a.isOutlet = e.isOutlet
            return a
        }
        var matcher = ActorMatcher(gazetteer: gazetteer, lexicons: lexicons)
        // 2. People the gazetteer does not know, found from context. The first pass's matches
        // are needed only for this, so they are made and dropped document by document.
        let finder = NameFinder(actorTypes: table.map(\.type), lexicons: lexicons)
        let partyFinder = PartyFinder(gazetteer: gazetteer, lexicons: lexicons)
        let firstFindings = concurrentMap(Array(documents.indices)) { [matcher] d in
            let doc = documents[d]
            let firstPass = coverage(of: doc, matcher: matcher)
            // What the merge below needs of each finding, made here on all cores: the name's
            // words and key, and of its role only whether there is one and its affiliation.
            let people = doc.sentences.indices.flatMap { finder.discover(in: doc, sentence: $0, coverage: firstPass) }
                .map { f in
                    (
                        name: f.name, key: PersonName.key(f.name), cue: f.cue, cueSpan: f.cueSpan,
                        hasRole: f.role != nil, affiliation: f.role?.affiliation
                    )
                }
            return (people: people, parties: partyFinder.find(in: doc, coverage: firstPass))
        }
        let findings = firstFindings.map(\.people)
        // Parties (ministries, sides, bodies, groups) before people, so a person's name never
        // takes a party's words.
        let parties = PartyReferences(documents: firstFindings.map(\.parties), table: &table)
        var personKeys: [String: Int] = [:]
        for a in table where a.type == .person {
            personKeys[PersonName.key(a.name)] = a.id
            for alias in a.aliases { personKeys[PersonName.key(alias)] = a.id }
        }
        // Of people given roles, the affiliations those roles name (an actor's is the most common).
        var withRoles = Set<Int>()
        var affiliations: [Int: [Int]] = [:]
        func noteRole(of actor: Int, _ f: (hasRole: Bool, affiliation: Int?)) {
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
        for list in findings {
            for f in list {
                if let known = personKeys[f.key] {
                    if table[known].origin == .discovered, !table[known].aliases.contains(f.name), table[known].name != f.name {
                        table[known].aliases.append(f.name)
                        table[known].joinedBy[f.name] = variants.ruleForSameWords(table[known].name, f.name)
                    }
                    noteRole(of: known, (f.hasRole, f.affiliation))
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
                    noteRole(of: variant, (f.hasRole, f.affiliation))
                    continue
                }
                let id = table.count
                table.append(
                    Actor(
                        id: id, name: f.name, type: .person, aliases: [], side: nil, affiliation: nil,
                        origin: .discovered, cue: f.cue, cueSpan: f.cueSpan, roles: []))
                personKeys[f.key] = id
                discoveredBySurname[surname, default: []].append((id, words))
                noteRole(of: id, (f.hasRole, f.affiliation))
            }
        }
        for id in withRoles {
            table[id].affiliation = Timeline.mostCommon((affiliations[id] ?? []).map { table[$0].name })
        }

        // 3. Match again with the discovered names and every person's surname ("Alloush").
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
        // With the phrases resolved from their article ("the ministry"), on all cores.
        var finalCoverage = concurrentMap(Array(documents.indices)) { [matcher, local = parties.local] d in
            var c = coverage(of: documents[d], matcher: matcher)
            if !local[d].isEmpty { c.insert(local[d]) }
            return c
        }

        // 4. Mentions, roles and the spellings seen, per document on all cores; then merged in
        // document order, so the first article to say something still wins.
        let finalFinder = NameFinder(actorTypes: table.map(\.type), lexicons: lexicons)
        let types = table.map(\.type)
        var perDocument = concurrentMap(Array(documents.indices)) { [finalCoverage] d in
            mentionsAndRoles(documents[d], coverage: finalCoverage[d], types: types, finder: finalFinder)
        }
        var mentionsByDocument: [[Mention]] = []
        var placesByDocument: [[Mention]] = []
        mentionsByDocument.reserveCapacity(documents.count)
        placesByDocument.reserveCapacity(documents.count)
        for d in perDocument.indices {
            // Moved out, not shared: the actor numbers are rewritten below, and a shared
            // buffer would be copied whole on the first write.
            mentionsByDocument.append(perDocument[d].mentions)
            placesByDocument.append(perDocument[d].places)
            perDocument[d].mentions = []
            perDocument[d].places = []
        }
        // Roles, spellings and then aliases, merged per actor in document order (the first
        // article to say something wins), with the actors shared out among the cores by
        // number: each shard reads every document's findings and writes only its own actors.
        let findingsByDocument = UnsafeSendable(perDocument)
        let shards = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        // Other actors are read only for their names, taken beforehand.
        let names = table.map(\.name)
        table.withUnsafeMutableBufferPointer { buffer in
            let actorTable = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: shards) { shard in
                let table = actorTable.value
                var roleTexts = [FirstSeen<String>](repeating: FirstSeen(), count: table.count)
                var spellings = [FirstSeen<String>](repeating: FirstSeen(), count: table.count)
                for found in findingsByDocument.value {
                    for (actor, role, affiliation) in found.roles where actor % shards == shard {
                        if roleTexts[actor].insert(role.text) { table[actor].roles.append(role) }
                        if table[actor].affiliation == nil, let affiliation { table[actor].affiliation = names[affiliation] }
                    }
                    for (actor, text) in found.spellings where actor % shards == shard { _ = spellings[actor].insert(text) }
                }
                // Aliases: add the spellings seen in the text that the table does not list yet.
                for actor in spellings.indices where !spellings[actor].values.isEmpty {
                    var keys = Set(table[actor].aliases.map { TextFolding.key($0) })
                    keys.insert(TextFolding.key(table[actor].name))
                    var added = Set<String>()
                    for raw in spellings[actor].values {
                        let text = TextFolding.singleSpaced(raw)
                        guard text != table[actor].name, added.insert(text).inserted,
                            !table[actor].aliases.contains(text), keys.insert(TextFolding.key(text)).inserted
                        else { continue }
                        table[actor].aliases.append(text)
                        // A person's spelling the variant rules join says by which ("given names of one class").
                        if table[actor].type == .person, table[actor].joinedBy[text] == nil,
                            let rule = variants.rule(joining: variants.words(table[actor].name), variants.words(text)),
                            rule != "the same name"
                        {
                            table[actor].joinedBy[text] = rule
                        }
                    }
                }
            }
        }

        // Organisations the text found under an agency's name ("Tasnim News Agency") are outlets.
        for i in table.indices where table[i].origin == .discovered && table[i].type == .organisation {
            table[i].isOutlet = isOutletName(table[i].name, lexicons)
        }

        // 5. Keep only actors the text names, as actors or as places; renumber.
        var used = Array(repeating: false, count: table.count)
        for list in mentionsByDocument { for m in list { used[m.actor] = true } }
        for list in placesByDocument { for m in list { used[m.actor] = true } }
        var newID = Array(repeating: -1, count: table.count)
        var actors: [Actor] = []
        for a in table where used[a.id] {
            newID[a.id] = actors.count
            var copy = a
            copy.id = actors.count
            actors.append(copy)
        }
        // Each document's mentions and matches renumbered on all cores, in place: a copy of
        // every match would be the largest thing alive here.
        let renumber = newID
        mentionsByDocument.withUnsafeMutableBufferPointer { mentionLists in
            finalCoverage.withUnsafeMutableBufferPointer { coverages in
                let lists = UnsafeSendable((mentionLists, coverages))
                DispatchQueue.concurrentPerform(iterations: lists.value.0.count) { d in
                    let (mentionLists, coverages) = lists.value
                    for k in mentionLists[d].indices { mentionLists[d][k].actor = renumber[mentionLists[d][k].actor] }
                    // Place uses keep their text for round finding even when the actor is never named.
                    coverages[d].matches.removeAll { renumber[$0.actor] < 0 && !$0.isPlace }
                    for k in coverages[d].matches.indices { coverages[d].matches[k].actor = renumber[coverages[d].matches[k].actor] }
                }
            }
        }
        for d in placesByDocument.indices {
            for k in placesByDocument[d].indices { placesByDocument[d][k].actor = renumber[placesByDocument[d][k].actor] }
        }
        return ActorIndex(
            actors: actors, mentionsByDocument: mentionsByDocument, mentionsByActor: refs(mentionsByDocument, actors: actors.count),
            placesByDocument: placesByDocument, placesByActor: refs(placesByDocument, actors: actors.count), coverage: finalCoverage)
    }

    /// Whether an organisation's name is a news outlet's, by `outlet-ends` and `outlet-kinds`
    /// ("Ariana News", "Tasnim News Agency"; not "International Atomic Energy Agency").
    static func isOutletName(_ name: String, _ lexicons: Lexicons) -> Bool {
        let words = Tokenizer.tokenize(name).filter { $0.kind == .word }.map(\.word)
        guard words.count >= 2, let last = words.last else { return false }
        if lexicons.outletEnds.contains(last) { return true }
        return last == agency && lexicons.outletKinds.contains(words[words.count - 2])
    }

    static let agency = Word("agency")

    /// Each actor's mentions in corpus order, as references into per-document lists.
    static func refs(_ byDocument: [[Mention]], actors: Int) -> [[MentionRef]] {
        var perActor = Array(repeating: 0, count: actors)
        for list in byDocument { for m in list { perActor[m.actor] += 1 } }
        var byActor: [[MentionRef]] = perActor.map { n in
            var list: [MentionRef] = []
            list.reserveCapacity(n)
            return list
        }
        for d in byDocument.indices {
            for (k, m) in byDocument[d].enumerated() { byActor[m.actor].append(MentionRef(document: d, mention: k)) }
        }
        return byActor
    }

    /// One document's mentions, the roles its text gives people (with the affiliation a role
    /// names), and the raw spellings of names and aliases.
    struct DocumentFindings {
        var mentions: [Mention] = []
        /// Place uses of actors ("talks in Astana"), never counted as mentions.
        var places: [Mention] = []
        var roles: [(actor: Int, role: Actor.Role, affiliation: Int?)] = []
        var spellings: [(actor: Int, text: String)] = []
    }

    static func mentionsAndRoles(_ doc: Document, coverage: DocumentMatches, types: [ActorType], finder: NameFinder) -> DocumentFindings {
        var out = DocumentFindings()
        out.mentions.reserveCapacity(coverage.matches.reduce(0) { $0 + ($1.isPlace ? 0 : 1) })
        struct Spelling: Hashable {
            var actor: Int
            var text: String
        }
        var seen = FirstSeen<Spelling>()
        var rolesSeen = FirstSeen<Spelling>()
        let tokens = doc.tokens
        for m in coverage.matches {
            let span = doc.span(tokens[m.firstToken].start..<tokens[m.lastToken].end)
            let s = doc.sentenceIndex(containing: span.start) ?? 0
            if m.isPlace {
                // Of an actor the table knows; a place no actor has (-1) is only for round finding.
                if m.actor >= 0 { out.places.append(Mention(actor: m.actor, span: span, kind: m.kind, sentence: s)) }
                continue
            }
            out.mentions.append(Mention(actor: m.actor, span: span, kind: m.kind, sentence: s))
            guard m.kind == .name || m.kind == .alias else { continue }
            let text = doc.text(span.range)
            if seen.insert(Spelling(actor: m.actor, text: text)) { out.spellings.append((m.actor, text)) }
            guard types[m.actor] == .person else { continue }
            let range = doc.sentences[s].tokens
            // An actor's roles are the phrases said of it, each where it is first said.
            func keep(_ role: RoleFinding?) {
                guard let r = role, rolesSeen.insert(Spelling(actor: m.actor, text: r.text)) else { return }
                out.roles.append((m.actor, Actor.Role(text: r.text, span: r.span), r.affiliation))
            }
            keep(finder.titleBefore(m.firstToken, doc: doc, in: range, coverage: coverage))
            keep(finder.appositiveAfter(m.lastToken, doc: doc, in: range, coverage: coverage))
        }
        return out
    }

    static func coverage(of doc: Document, matcher: ActorMatcher) -> DocumentMatches {
        let matches = matcher.matches(in: doc.tokens, sentences: doc.sentences)
        // Kept for the whole corpus until rounds are found: no slack from growing.
        return DocumentMatches(matches: matches.withoutSlack())
    }
}

/// Maps over an array on all cores, keeping order.
func concurrentMap<T, R>(_ items: [T], _ transform: @escaping (T) -> R) -> [R] {
    var results = [R?](repeating: nil, count: items.count)
    // Each iteration writes only its own slot, and the inputs are only read.
    let input = UnsafeSendable((items, transform))
    results.withUnsafeMutableBufferPointer { buffer in
        let out = UnsafeSendable(buffer)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in out.value[i] = input.value.1(input.value.0[i]) }
    }
    return results.map { $0! }
}
