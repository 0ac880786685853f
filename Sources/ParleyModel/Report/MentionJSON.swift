/// A mention as `parley actors --json` writes it: its span, and whether the text names the
/// actor as an actor (`"use": "actor"`) or a state or city as a location (`"use": "place"`:
/// "talks in Astana", "Vienna, Austria"), which is shown but never counts as the actor
/// being there.
public struct MentionJSON: Codable, Hashable, Sendable {
    /// How a mention uses the name.
    public enum Use: String, Codable, Sendable {
        case actor, place
    }

    public var document: String
    public var start: Int
    public var end: Int
    public var text: String
    public var use: Use

    public init(_ span: TextSpan, use: Use, in corpus: Corpus) {
        let s = SpanJSON(span, in: corpus)
        document = s.document
        start = s.start
        end = s.end
        text = s.text
        self.use = use
    }

    /// The span alone.
    public var span: SpanJSON { SpanJSON(document: document, start: start, end: end, text: text) }
}
