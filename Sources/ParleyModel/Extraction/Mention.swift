/// A place in the text where an actor is named.
public struct Mention: Sendable, Hashable {
    /// How the actor was named.
    public enum Kind: String, Sendable, Hashable, Codable {
        case name, alias, demonym, metonym, capital
        /// A later surname ("Alloush") joined to a full name seen before.
        case shortName
    }

    /// Index of the actor in the corpus's actor table.
    public var actor: Int
    public var span: TextSpan
    public var kind: Kind
    /// Index of the sentence in its document.
    public var sentence: Int

    public init(actor: Int, span: TextSpan, kind: Kind, sentence: Int) {
        self.actor = actor
        self.span = span
        self.kind = kind
        self.sentence = sentence
    }
}
