/// Turns the parties every document names into actors of the corpus: one actor per name
/// (a ministry, a side, a body, a group), with the phrases that name it; and says, for each
/// phrase that does not say whose it is, which actor it stands for here.
///
/// "The Foreign Ministry" is the ministry of that kind the same article names (the last one
/// before it, else the first after), else the one the corpus names most often; "the Kazakh
/// ministry" is Kazakhstan's ministry the article or the corpus names; "the ministry" is the
/// last ministry named before it; "the armed opposition" is the side the article, else the
/// corpus, names. Where nothing says, the phrase is left alone: no guess.
struct PartyReferences {
    /// Phrases to add to the matcher as the actor's names (text, actor index in the table).
    var forms: [(actor: Int, text: String)] = []
    /// Per document, the phrases resolved from context, as matches to add to its coverage.
    var local: [[ActorMatcher.Match]]

    /// Adds the actors to `table` (discovered, after every actor already in it).
    /// `gazetteerKeys` are the gazetteer actors' folded names (`TextFolding.key`).
    init(documents: [PartyFinder.DocumentParties], table: inout [Actor], gazetteerKeys: [String: Int]) {
        local = Array(repeating: [], count: documents.count)
        // Groups: a word is one when the corpus shows it often enough and never in lower case.
        var sightings: [String: Int] = [:]
        var lowercase = Set<String>()
        var acting = Set<String>()
        for d in documents {
            lowercase.formUnion(d.lowercase)
            for f in d.found where f.finding.kind == .group {
                sightings[f.finding.key ?? "", default: 0] += 1
                if f.finding.acts { acting.insert(f.finding.key ?? "") }
            }
        }
        let groups = Set(
            sightings.filter {
                $0.value >= GroupAfterThe.minimumSightings && acting.contains($0.key) && !lowercase.contains($0.key) && !$0.key.isEmpty
            }.keys)

        // One body however it is worded: what it is of, as an acronym ("of the JCPOA") or
        // spelt out ("of the Joint Comprehensive Plan of Action"), is one tail when the words'
        // initials fit the acronym; and a bare body ("the Joint Commission") is the one body of
        // that core the corpus names with what it is of, if there is just one.
        var tails: [String: Set<String>] = [:]
        for d in documents {
            for f in d.found {
                guard let (core, tail) = Self.split(f.finding.identity), !tail.isEmpty else { continue }
                tails[core, default: []].insert(tail)
            }
        }
        var canonical: [String: [String: String]] = [:]
        for (core, set) in tails {
            let sorted = set.sorted { $0.count == $1.count ? $0 < $1 : $0.count > $1.count }
            var map: [String: String] = [:]
            for t in sorted { map[t] = sorted.first { Self.fits($0, t) } ?? t }
            canonical[core] = map
        }
        func key(_ f: PartyFinding) -> String? {
            guard let (core, tail) = Self.split(f.identity), let map = canonical[core] else { return f.key }
            if tail.isEmpty {
                let distinct = Set(map.values)
                return distinct.count == 1 ? "body:\(core)|\(distinct.first!)" : f.key
            }
            return "body:\(core)|\(map[tail] ?? tail)"
        }
        var byKey = gazetteerKeys
        var seenForms = Set<String>()
        struct Named {
            var actor: Int
            var finding: PartyFinding
        }
        var namedByDocument: [[Named]] = Array(repeating: [], count: documents.count)
        var institutionCounts: [String: [Int: Int]] = [:]
        var stateInstitutionCounts: [Int: [Int: Int]] = [:]
        var oppositionCounts: [Int: Int] = [:]
        for (d, doc) in documents.enumerated() {
            for (f, text, span) in doc.found {
                guard let key = key(f) else { continue }
                if f.kind == .group, !groups.contains(key) { continue }
                let actor: Int
                if let known = byKey[key] {
                    actor = known
                } else {
                    actor = table.count
                    byKey[key] = actor
                    table.append(
                        Actor(
                            id: actor, name: f.name!, type: f.type, aliases: [], side: f.side,
                            affiliation: f.state.map { table[$0].name }, origin: .discovered, cue: text, cueSpan: span,
                            roles: []))
                }
                if seenForms.insert("\(actor) \(TextFolding.key(text))").inserted { forms.append((actor, text)) }
                namedByDocument[d].append(Named(actor: actor, finding: f))
                switch f.kind {
                case .institution:
                    if let kind = f.institution { institutionCounts[kind, default: [:]][actor, default: 0] += 1 }
                    if let s = f.state { stateInstitutionCounts[s, default: [:]][actor, default: 0] += 1 }
                case .opposition: oppositionCounts[actor, default: 0] += 1
                default: break
                }
            }
        }
        func mostCommon(_ counts: [Int: Int]?) -> Int? {
            counts?.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key
        }
        for (d, doc) in documents.enumerated() {
            // One pass over the named findings and the bare ones together, in text order: the
            // nearest named one before a bare phrase is kept as the walk goes, so a long article
            // costs its length, not its length squared.
            let named = namedByDocument[d]  // in text order, as `doc.found` is
            var firstByState: [Int: Int] = [:]
            var firstByKind: [String: Int] = [:]
            var here: [Int: Int] = [:]
            for n in named {
                switch n.finding.kind {
                case .institution:
                    if let st = n.finding.state, firstByState[st] == nil { firstByState[st] = n.actor }
                    if let k = n.finding.institution, firstByKind[k] == nil { firstByKind[k] = n.actor }
                case .opposition: here[n.actor, default: 0] += 1
                default: break
                }
            }
            let opposition = mostCommon(here.isEmpty ? nil : here) ?? mostCommon(oppositionCounts.isEmpty ? nil : oppositionCounts)
            var lastByState: [Int: Int] = [:]
            var lastByKind: [String: Int] = [:]
            var lastInstitution: Int?
            var next = 0
            for (f, _, _) in doc.found where f.name == nil {
                let at = f.tokens.lowerBound
                while next < named.count, named[next].finding.tokens.lowerBound < at {
                    let n = named[next]
                    next += 1
                    guard n.finding.kind == .institution else { continue }
                    if let st = n.finding.state { lastByState[st] = n.actor }
                    if let k = n.finding.institution { lastByKind[k] = n.actor }
                    lastInstitution = n.actor
                }
                var actor: Int?
                switch f.kind {
                case .institution:
                    if let state = f.state {
                        actor = lastByState[state] ?? firstByState[state] ?? mostCommon(stateInstitutionCounts[state])
                    } else if let kind = f.institution {
                        actor = lastByKind[kind] ?? firstByKind[kind] ?? mostCommon(institutionCounts[kind])
                    } else {
                        actor = lastInstitution
                    }
                case .opposition: actor = opposition
                default: break
                }
                guard let actor else { continue }
                local[d].append(
                    ActorMatcher.Match(
                        actor: actor, kind: .reference, firstToken: f.tokens.lowerBound, lastToken: f.tokens.upperBound, isPlace: false))
            }
        }
    }

    /// A body's identity as (core, tail): "body:joint commission|JCPOA" → ("joint commission", "JCPOA").
    static func split(_ identity: String?) -> (String, String)? {
        guard let id = identity, id.hasPrefix("body:"), let bar = id.lastIndex(of: "|") else { return nil }
        return (String(id[id.index(id.startIndex, offsetBy: 5)..<bar]), String(id[id.index(after: bar)...]))
    }

    /// Whether initials fit an acronym: the same, or the initials a subsequence of it with the
    /// same first letter and at most two letters fewer ("JCPA" of "Joint Comprehensive Plan
    /// [of] Action" fits "JCPOA"; "FDP" does not fit "DP").
    static func fits(_ acronym: String, _ initials: String) -> Bool {
        if acronym == initials { return true }
        let a = Array(acronym)
        let b = Array(initials)
        guard a.count >= b.count, a.count - b.count <= 2, a.first == b.first else { return false }
        var i = 0
        for c in a where i < b.count && c == b[i] { i += 1 }
        return i == b.count
    }
}
