/// A sentence of a document: its byte range and the tokens in it.
///
/// Stored as 32-bit values (20 bytes instead of 40): the loader reads files of at most 1 GiB.
public struct Sentence: Sendable, Hashable {
    private var start32: UInt32
    private var end32: UInt32
    private var firstToken32: UInt32
    private var endToken32: UInt32
    private var paragraph32: UInt32

    public init(start: Int, end: Int, tokens: Range<Int>, paragraph: Int) {
        start32 = UInt32(start)
        end32 = UInt32(end)
        firstToken32 = UInt32(tokens.lowerBound)
        endToken32 = UInt32(tokens.upperBound)
        paragraph32 = UInt32(paragraph)
    }

    /// UTF-8 byte offsets into the file, from the first token's start to the last token's end.
    public var start: Int { Int(start32) }
    public var end: Int { Int(end32) }
    /// Indices into the document's token array.
    public var tokens: Range<Int> { Int(firstToken32)..<Int(endToken32) }
    /// Index of the paragraph that holds it.
    public var paragraph: Int {
        get { Int(paragraph32) }
        set { paragraph32 = UInt32(newValue) }
    }

    public var range: Range<Int> { start..<end }

    /// Whether both ranges run forwards (a sentence read back from bytes is checked before use).
    var isWellFormed: Bool { start32 <= end32 && firstToken32 <= endToken32 }
}

/// A paragraph: a run of sentences between blank lines (or lines, in one-paragraph-a-line files).
public struct Paragraph: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// Indices into the document's sentence array.
    public var sentences: Range<Int>

    public var range: Range<Int> { start..<end }
}
