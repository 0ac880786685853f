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
}
