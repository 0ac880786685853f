import Foundation

/// The "mentions" stage: every document matched again with the whole actor table, then each
/// mention, the roles the text gives people and the spellings it uses; merged per actor in
/// document order (the first article to say something wins); the actors the text never names
/// dropped and the rest numbered again.
///
/// Accepts "⟦Alloush⟧ said" as a mention of the one Mohammed Alloush the table has; refuses a
/// surname two people of the table share, which names neither.
enum MentionCollector {
    /// One document's mentions, the roles its text gives people (with the affiliation a role
    /// names), and the raw spellings of names and aliases.
    struct DocumentFindings {
        var mentions: [Mention] = []
        /// Place uses of actors ("talks in Astana"), never counted as mentions.
        var places: [Mention] = []
        var roles: [(actor: Int, role: Actor.Role, affiliation: Int?)] = []
        var spellings: [(actor: Int, text: String)] = []
    }

    /// The actor index and each document's final matches (for round finding; place uses of
    /// actors never named as actors carry -1), in the documents' order.
    static func collect(
        documents: [Document], table built: ActorTableBuilder.Table, lexicons: Lexicons
    ) -> (index: ActorIndex, matches: [DocumentMatches]) {
        var table = built.actors
        // With the phrases resolved from their article ("the ministry"), on all cores.
        var finalCoverage = concurrentMap(Array(documents.indices)) { [matcher = built.matcher, local = built.localParties] d in
            var c = match(documents[d], with: matcher)
            if !local[d].isEmpty { c.insert(local[d]) }
            return c
        }

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
        mergeRolesAndSpellings(perDocument, into: &table)

        // Organisations the text found under an agency's name ("Tasnim News Agency") are outlets.
        for i in table.indices where table[i].origin == .discovered && table[i].type == .organisation {
            table[i].isOutlet = ActorIndex.isOutletName(table[i].name, lexicons)
        }

        // Keep only actors the text names, as actors or as places; renumber.
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
        let index = ActorIndex(
            actors: actors, mentionsByDocument: mentionsByDocument,
            mentionsByActor: ActorIndex.refs(mentionsByDocument, actors: actors.count), placesByDocument: placesByDocument,
            placesByActor: ActorIndex.refs(placesByDocument, actors: actors.count))
        return (index, finalCoverage)
    }

    /// Roles, spellings and then aliases, merged per actor in document order, with the actors
    /// shared out among the cores by number: each shard reads every document's findings and
    /// writes only its own actors.
    private static func mergeRolesAndSpellings(_ perDocument: [DocumentFindings], into table: inout [Actor]) {
        let variants = NameVariants.builtIn
        // Other actors are read only for their names, taken beforehand.
        let names = table.map(\.name)
        shardedUpdate(&table) { shard, shards, table in
            var roleTexts = [FirstSeen<String>](repeating: FirstSeen(), count: table.count)
            var spellings = [FirstSeen<String>](repeating: FirstSeen(), count: table.count)
            for found in perDocument {
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

    /// The "match" step: a document's names as the matcher knows them, kept without slack (a
    /// corpus's matches are held until its rounds are found).
    static func match(_ doc: Document, with matcher: ActorMatcher) -> DocumentMatches {
        DocumentMatches(matches: matcher.matches(in: doc.tokens, sentences: doc.sentences).withoutSlack())
    }
}
