/// Where a mention is kept: its document's index and its index among that document's
/// mentions (`ActorIndex.mentionsByDocument[document][mention]`).
///
/// Stored in 8 bytes: an actor index lists every mention of every actor.
public struct MentionRef: Sendable, Hashable {
    private var document32: Int32
    private var mention32: Int32

    public init(document: Int, mention: Int) {
        document32 = Int32(document)
        mention32 = Int32(mention)
    }

    public var document: Int { Int(document32) }
    public var mention: Int { Int(mention32) }
}
