/// A place in the text where an actor is named.
public struct Mention: Sendable, Hashable {
    /// How the actor was named.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case name, alias, demonym, metonym, capital
        /// A later surname ("Alloush") joined to a full name seen before.
        case shortName
        /// A phrase that names it only in its context ("the Foreign Ministry" after "the
        /// Kazakh Foreign Ministry", "the armed opposition").
        case reference
    }

    public var span: TextSpan
    // The actor's index and the kind share 32 bits, and the sentence index takes 32: a
    // mention is 32 bytes, and a large corpus has hundreds of thousands.
    private var actorAndKind: UInt32
    private var sentence32: Int32

    private static let kindShift: UInt32 = 28
    private static let actorMask: UInt32 = (1 << kindShift) - 1
    private static let kinds = Kind.allCases

    public init(actor: Int, span: TextSpan, kind: Kind, sentence: Int) {
        precondition(actor >= 0 && actor <= Int(Self.actorMask), "actor index \(actor) out of range")
        self.span = span
        actorAndKind = UInt32(actor) | UInt32(Self.kinds.firstIndex(of: kind)!) << Self.kindShift
        sentence32 = Int32(sentence)
    }

    /// Index of the actor in the corpus's actor table.
    public var actor: Int {
        get { Int(actorAndKind & Self.actorMask) }
        set {
            precondition(newValue >= 0 && newValue <= Int(Self.actorMask), "actor index \(newValue) out of range")
            actorAndKind = actorAndKind & ~Self.actorMask | UInt32(newValue)
        }
    }
    /// How the actor was named.
    public var kind: Kind { Self.kinds[Int(actorAndKind >> Self.kindShift)] }
    /// Index of the sentence in its document.
    public var sentence: Int { Int(sentence32) }
}
