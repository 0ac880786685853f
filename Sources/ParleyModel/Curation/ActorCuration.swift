import Foundation

/// Applies a user's curation (`CurationLog.changes`) to a corpus as extracted: merges,
/// renames, rejections and split mentions, in the order they were made. Pure: the same corpus
/// and changes give the same result, so undo is applying one change fewer to the same corpus.
///
/// The actor table, every mention, the timeline's participants and the search's actor names
/// change together; documents, claims and the text index are shared with the corpus given.
public struct ActorCuration {
    public let corpus: Corpus
    public let outcomes: [CurationOutcome]

    /// The rule shown beside an alias a merge added.
    public static let mergedRule = "merged by you"
    public static let renamedRule = "renamed by you"

    public init(_ base: Corpus, changes: [CurationChange]) {
        var work = Work(base)
        outcomes = changes.map { work.apply($0) }
        corpus = changes.isEmpty ? base : work.finish()
    }

    /// The actor a name means in a table: the actor of that name, else of that name with case,
    /// accents and spacing folded, else none. Accepts "Alexander Lavrentyev" and "alexander
    /// lavrentyev" for the actor so named; refuses an alias ("Moscow" is not Russia here: a
    /// change names the row the user saw).
    static func find(_ name: String, in table: [Actor], alive: [Bool]) -> Int? {
        if let i = table.indices.first(where: { alive[$0] && table[$0].name == name }) { return i }
        let key = TextFolding.key(name)
        return table.indices.first { alive[$0] && TextFolding.key(table[$0].name) == key }
    }

    /// The state of the table while the changes are applied one by one; mentions are moved
    /// only once, at the end.
    struct Work {
        let base: Corpus
        var table: [Actor]
        var alive: [Bool]
        /// Where each slot's mentions go: itself, another slot (merged), or -1 (rejected).
        var redirect: [Int]
        /// Single mentions moved to another slot (split), by document and index in its list.
        var moved: [MentionKey: Int] = [:]
        /// The same, by span: participation names a mention by its span.
        var movedSpans: [TextSpan: Int] = [:]

        struct MentionKey: Hashable {
            var document: Int
            var mention: Int
        }

        init(_ base: Corpus) {
            self.base = base
            table = base.actors.actors
            alive = Array(repeating: true, count: table.count)
            redirect = Array(table.indices)
        }

        func resolve(_ slot: Int) -> Int {
            var s = slot
            var steps = 0
            while s >= 0, redirect[s] != s, steps <= redirect.count {
                s = redirect[s]
                steps += 1
            }
            return s
        }

        func find(_ name: String) -> Int? { ActorCuration.find(name, in: table, alive: alive) }

        mutating func apply(_ change: CurationChange) -> CurationOutcome {
            switch change {
            case .merge(let names, let name):
                var found: [Int] = []
                var missing: [String] = []
                for n in names {
                    if let i = find(n) { if !found.contains(i) { found.append(i) } } else { missing.append(n) }
                }
                guard !found.isEmpty else {
                    return CurationOutcome(
                        change: change, applied: false, note: "none of \(names.joined(separator: ", ")) is in the corpus")
                }
                if let other = find(name), !found.contains(other) {
                    return CurationOutcome(change: change, applied: false, note: "another actor is named \(name)")
                }
                let keeper = found.first { table[$0].name == name } ?? found[0]
                let joined = found.map { table[$0].name }.filter { $0 != name }
                for o in found where o != keeper { absorb(o, into: keeper) }
                if table[keeper].name != name { setName(of: keeper, to: name, rule: ActorCuration.mergedRule) }
                table[keeper].curation.append("merged by you: \(joined.joined(separator: ", ")) → \(name)")
                let note = missing.isEmpty ? nil : "\(missing.joined(separator: ", ")) not in the corpus"
                return CurationOutcome(change: change, applied: true, note: note)
            case .rename(let actor, let name):
                guard let i = find(actor) else {
                    return CurationOutcome(change: change, applied: false, note: "\(actor) is not in the corpus")
                }
                if let other = find(name), other != i {
                    return CurationOutcome(change: change, applied: false, note: "another actor is named \(name): merge them instead")
                }
                let old = table[i].name
                setName(of: i, to: name, rule: ActorCuration.renamedRule)
                table[i].curation.append("renamed by you: \(old) → \(name)")
                return CurationOutcome(change: change, applied: true)
            case .reject(let actor):
                guard let i = find(actor) else {
                    return CurationOutcome(change: change, applied: false, note: "\(actor) is not in the corpus")
                }
                alive[i] = false
                redirect[i] = -1
                return CurationOutcome(change: change, applied: true)
            case .split(let actor, let anchored, let name):
                guard let i = find(actor) else {
                    return CurationOutcome(change: change, applied: false, note: "\(actor) is not in the corpus")
                }
                guard let d = base.documentIndex(of: anchored.span.document),
                    let span = anchored.locate(in: base.documents[d]).span
                else {
                    return CurationOutcome(
                        change: change, applied: false, note: "the mention “\(anchored.quote)” is not in \(anchored.span.document) any more"
                    )
                }
                guard let k = base.actors.mentionsByDocument[d].firstIndex(where: { m in m.span == span }),
                    resolve(moved[MentionKey(document: d, mention: k)] ?? base.actors.mentionsByDocument[d][k].actor) == i
                else {
                    return CurationOutcome(
                        change: change, applied: false,
                        note: "“\(anchored.quote)” at \(span.document):\(span.start) is not a mention of \(actor)")
                }
                // Split off to a name that exists already: the mention is that actor's. To the
                // actor's own name it would be a second row of that name, which no change could name.
                if find(name) == i {
                    return CurationOutcome(
                        change: change, applied: false, note: "\(name) is the actor it is split from: give it another name")
                }
                let target: Int
                if let existing = find(name), existing != i {
                    target = existing
                } else {
                    target = table.count
                    var a = Actor(
                        id: target, name: name, type: table[i].type, aliases: [], side: nil, affiliation: nil, origin: .discovered,
                        cue: anchored.quote, cueSpan: span, roles: [])
                    a.curation = ["split by you from \(table[i].name)"]
                    table.append(a)
                    alive.append(true)
                    redirect.append(target)
                }
                moved[MentionKey(document: d, mention: k)] = target
                movedSpans[span] = target
                return CurationOutcome(change: change, applied: true)
            }
        }

        /// Actor `o` becomes part of `keeper`: its names are the keeper's aliases, its roles and
        /// what else it knew are the keeper's where the keeper lacks them.
        mutating func absorb(_ o: Int, into keeper: Int) {
            let other = table[o]
            addAlias(other.name, to: keeper, rule: ActorCuration.mergedRule)
            for alias in other.aliases { addAlias(alias, to: keeper, rule: other.joinedBy[alias] ?? ActorCuration.mergedRule) }
            for n in other.otherNames where !table[keeper].otherNames.contains(n) { table[keeper].otherNames.append(n) }
            let roleTexts = Set(table[keeper].roles.map(\.text))
            table[keeper].roles += other.roles.filter { !roleTexts.contains($0.text) }
            if table[keeper].affiliation == nil { table[keeper].affiliation = other.affiliation }
            if table[keeper].side == nil { table[keeper].side = other.side }
            if other.origin == .gazetteer { table[keeper].origin = .gazetteer }
            if table[keeper].cue == nil {
                table[keeper].cue = other.cue
                table[keeper].cueSpan = other.cueSpan
            }
            table[keeper].isOutlet = table[keeper].isOutlet || other.isOutlet
            table[keeper].curation += other.curation
            alive[o] = false
            redirect[o] = keeper
        }

        mutating func addAlias(_ alias: String, to i: Int, rule: String) {
            guard alias != table[i].name, !table[i].aliases.contains(alias) else { return }
            table[i].aliases.append(alias)
            table[i].joinedBy[alias] = rule
        }

        mutating func setName(of i: Int, to name: String, rule: String) {
            let old = table[i].name
            table[i].aliases.removeAll { $0 == name }
            table[i].joinedBy[name] = nil
            table[i].name = name
            addAlias(old, to: i, rule: rule)
        }

        /// The corpus with every mention moved where the changes say, and the table renumbered
        /// to the actors that still have mentions or place uses.
        func finish() -> Corpus {
            let index = base.actors
            func target(_ m: Mention, _ d: Int, _ k: Int?) -> Int {
                if let k, let t = moved[MentionKey(document: d, mention: k)] { return resolve(t) }
                return resolve(m.actor)
            }
            var used = Array(repeating: false, count: table.count)
            var mentions: [[Mention]] = []
            mentions.reserveCapacity(index.mentionsByDocument.count)
            for (d, list) in index.mentionsByDocument.enumerated() {
                var out: [Mention] = []
                out.reserveCapacity(list.count)
                for (k, m) in list.enumerated() {
                    let t = target(m, d, k)
                    guard t >= 0 else { continue }
                    var copy = m
                    copy.actor = t
                    used[t] = true
                    out.append(copy)
                }
                mentions.append(out)
            }
            var places: [[Mention]] = index.placesByDocument.enumerated().map { d, list in
                list.compactMap { m in
                    let t = target(m, d, nil)
                    guard t >= 0 else { return nil }
                    var copy = m
                    copy.actor = t
                    return copy
                }
            }
            for list in places { for m in list { used[m.actor] = true } }
            var newID = Array(repeating: -1, count: table.count)
            var actors: [Actor] = []
            for slot in table.indices where used[slot] && alive[slot] {
                newID[slot] = actors.count
                var a = table[slot]
                a.id = actors.count
                actors.append(a)
            }
            for d in mentions.indices { for k in mentions[d].indices { mentions[d][k].actor = newID[mentions[d][k].actor] } }
            for d in places.indices { for k in places[d].indices { places[d][k].actor = newID[places[d][k].actor] } }
            let curatedIndex = ActorIndex(
                actors: actors, mentionsByDocument: mentions, mentionsByActor: ActorIndex.refs(mentions, actors: actors.count),
                placesByDocument: places, placesByActor: ActorIndex.refs(places, actors: actors.count))

            /// Claims of taking part with their actors renumbered: a mention split off makes
            /// the actor it went to the one the claim names; a rejected actor's claims go; of
            /// claims that now say the same (`key`), the first stays.
            func remap(_ claims: [TimelineEntry.Participation], key: (TimelineEntry.Participation) -> String)
                -> [TimelineEntry.Participation]
            {
                var said = Set<String>()
                return claims.compactMap { p in
                    var copy = p
                    let slot = movedSpans[p.span].map(resolve) ?? resolve(p.actor)
                    guard slot >= 0, newID[slot] >= 0 else { return nil }
                    copy.actor = newID[slot]
                    return said.insert(key(copy)).inserted ? copy : nil
                }
            }
            var timeline = base.timeline
            for e in timeline.entries.indices {
                let claims = remap(timeline.entries[e].participation) { "\($0.actor) \($0.present)" }
                // As the timeline judges: an actor said to stay away is not also present.
                let absent = Set(claims.filter { !$0.present }.map(\.actor))
                timeline.entries[e].participation = claims.filter { !$0.present || !absent.contains($0.actor) }
                timeline.entries[e].participationByArticle = remap(timeline.entries[e].participationByArticle) {
                    "\($0.span.document.path) \($0.actor) \($0.present)"
                }
                // As the timeline makes them: those present, in order.
                timeline.entries[e].participants = timeline.entries[e].participation.filter(\.present).map(\.actor)
            }
            return Corpus(
                root: base.root, documents: base.documents, actors: curatedIndex, timeline: timeline,
                search: base.search.withActors(actors), warnings: base.warnings)
        }
    }
}
