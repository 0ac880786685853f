/// A sentence of a document: its byte range and the tokens in it.
public struct Sentence: Sendable, Hashable {
    /// UTF-8 byte offsets into the file, from the first token's start to the last token's end.
    public var start: Int
    public var end: Int
    /// Indices into the document's token array.
    public var tokens: Range<Int>
    /// Index of the paragraph that holds it.
    public var paragraph: Int

    public var range: Range<Int> { start..<end }
}

/// A paragraph: a run of sentences between blank lines (or lines, in one-paragraph-a-line files).
public struct Paragraph: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// Indices into the document's sentence array.
    public var sentences: Range<Int>

    public var range: Range<Int> { start..<end }
}
