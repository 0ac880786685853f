/// An article as loaded: its text, metadata and segmentation.
///
/// `text` is aligned byte for byte with the file as stored: a byte-order mark stays in place
/// (and counts as white space), and each invalid UTF-8 byte is replaced by the one-byte
/// control character SUB (U+001A), so a UTF-8 offset into `text` is a file offset.
public struct Document: Sendable {
    /// Everything in one shared, immutable object: every pass over a corpus takes documents out
    /// of an array, and a copy then costs one retain instead of one per field.
    private var storage: Storage

    public var id: DocumentID { storage.id }
    public var text: String { storage.text }
    /// Front matter, filled in from the folder's catalog by the loader.
    public internal(set) var metadata: DocumentMetadata {
        get { storage.metadata }
        set { storage = Storage(storage, metadata: newValue) }
    }
    /// Where the article's body starts (after a BOM and any front matter).
    public var bodyStart: Int { storage.bodyStart }
    public var sentences: [Sentence] { storage.sentences }
    public var paragraphs: [Paragraph] { storage.paragraphs }

    public init(id: DocumentID, text: String, metadata: DocumentMetadata = DocumentMetadata(), bodyStart: Int = 0) {
        let tokens = Self.tokenize(text, from: bodyStart)
        let (sentences, paragraphs) = Segmenter(Lexicons.builtIn).segment(tokens)
        // Held for the whole corpus while it is analysed: no slack from the tokenizer's estimate.
        storage = Storage(
            id: id, text: text, metadata: metadata, bodyStart: bodyStart, sentences: sentences,
            paragraphs: paragraphs, tokenStore: TokenStore(tokens.withoutSlack()))
    }

    /// A document analysed before (the corpus cache), from its parts: it holds no tokens.
    init(id: DocumentID, text: String, metadata: DocumentMetadata, bodyStart: Int, sentences: [Sentence], paragraphs: [Paragraph]) {
        storage = Storage(
            id: id, text: text, metadata: metadata, bodyStart: bodyStart, sentences: sentences, paragraphs: paragraphs,
            tokenStore: TokenStore(nil))
    }

    /// The words, numbers and punctuation of the body, in text order, while the document holds
    /// them: from its making until the analysis's last pass over tokens, which lets go of them
    /// (they are the largest thing a corpus would hold). Reading them after that is a
    /// programming error; `retokenized()` says what it costs.
    public var tokens: [Token] {
        guard let held = storage.tokenStore.tokens else {
            preconditionFailure("\(id.path): tokens read after the analysis let go of them; use retokenized()")
        }
        return held
    }

    /// Whether the document still holds its tokens (`tokens` may be read).
    public var holdsTokens: Bool { storage.tokenStore.tokens != nil }

    /// The tokens: those held, else the whole text tokenised again (a loaded corpus's
    /// documents hold none). Read once into a local, never in a loop.
    public func retokenized() -> [Token] {
        storage.tokenStore.tokens ?? Self.tokenize(text, from: bodyStart)
    }

    /// Lets go of the tokens, in this document and every copy of it (they share the store).
    /// The analysis calls it once nothing of it reads them any more, before sharing.
    func releaseTokens() { storage.tokenStore.tokens = nil }

    private static func tokenize(_ text: String, from bodyStart: Int) -> [Token] {
        var contiguous = text
        return contiguous.withUTF8 { all in
            Tokenizer.tokenize(bytes: UnsafeBufferPointer(rebasing: all[min(bodyStart, all.count)...]), from: bodyStart)
        }
    }

    /// The file's size in bytes.
    public var byteCount: Int { text.utf8.count }

    /// The text of a byte range of this document.
    public func text(_ range: Range<Int>) -> String {
        // Spans start and end on scalar boundaries: copied straight from the bytes then, without
        // the index arithmetic of slicing a String (every name, role and sentence read goes here).
        let direct: String?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard range.lowerBound >= 0, range.lowerBound <= range.upperBound, range.upperBound <= bytes.count,
                range.lowerBound == bytes.count || bytes[range.lowerBound] & 0xC0 != 0x80,
                range.upperBound == bytes.count || bytes[range.upperBound] & 0xC0 != 0x80
            else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        if case .some(.some(let copied)) = direct { return copied }
        return String(text.utf8Slice(range))
    }

    /// The bytes of a range of this document (clamped to it).
    func bytes(_ range: Range<Int>) -> [UInt8] {
        let utf8 = text.utf8
        let lo = max(0, min(range.lowerBound, utf8.count))
        let hi = max(lo, min(range.upperBound, utf8.count))
        return utf8.withContiguousStorageIfAvailable { Array($0[lo..<hi]) } ?? Array(utf8.dropFirst(lo).prefix(hi - lo))
    }

    /// A span of this document.
    public func span(_ range: Range<Int>) -> TextSpan { TextSpan(document: id, range: range) }

    /// The index of the sentence holding a byte offset, or the nearest one after it.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0
        var hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count ? lo : nil
    }

    /// The index of the token starting at or after a byte offset.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        let tokens = tokens
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// A one-line title for lists: the catalog title, else the first sentence, shortened.
    public var displayTitle: String {
        if let t = metadata.title, !t.isEmpty { return t }
        guard let first = sentences.first else { return id.path }
        let s = text(first.range).split(whereSeparator: \.isNewline).first.map(String.init) ?? id.path
        return s.count > 90 ? String(s.prefix(89)) + "…" : s
    }

    /// What an article's head shows under its title: "Reuters · 15 Sep 2021 · filed in Quito ·
    /// a.txt", each part only where it is known.
    public var metaLine: String {
        [
            metadata.outlet, metadata.date.map { HumanDate.format(DateValue(start: $0)) }, metadata.place.map { "filed in " + $0 },
            id.path,
        ].compactMap { $0 }.joined(separator: " · ")
    }
}

extension String {
    /// The substring between two UTF-8 offsets, clamped to the string and rounded outward to
    /// scalar boundaries.
    public func utf8Slice(_ range: Range<Int>) -> Substring {
        let count = utf8.count
        let lo = Swift.max(0, Swift.min(range.lowerBound, count))
        let hi = Swift.max(lo, Swift.min(range.upperBound, count))
        let start = utf8.index(utf8.startIndex, offsetBy: lo)
        let end = utf8.index(start, offsetBy: hi - lo)
        return self[start..<end]
    }
}

/// A document's fields. A new metadata makes a new storage around the same token store.
private final class Storage: Sendable {
    let id: DocumentID
    let text: String
    let metadata: DocumentMetadata
    let bodyStart: Int
    let sentences: [Sentence]
    let paragraphs: [Paragraph]
    let tokenStore: TokenStore

    init(
        id: DocumentID, text: String, metadata: DocumentMetadata, bodyStart: Int, sentences: [Sentence],
        paragraphs: [Paragraph], tokenStore: TokenStore
    ) {
        self.id = id
        self.text = text
        self.metadata = metadata
        self.bodyStart = bodyStart
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.tokenStore = tokenStore
    }

    convenience init(_ other: Storage, metadata: DocumentMetadata) {
        self.init(
            id: other.id, text: other.text, metadata: metadata, bodyStart: other.bodyStart,
            sentences: other.sentences, paragraphs: other.paragraphs, tokenStore: other.tokenStore)
    }
}

/// The tokens of a document, shared by its copies so that releasing them frees them.
///
/// Written only by `releaseTokens`, which `Corpus` calls in its last pass over a document, on
/// the one thread handling that document, before the corpus is shared; every other access
/// reads.
private final class TokenStore: @unchecked Sendable {
    var tokens: [Token]?
    init(_ tokens: [Token]?) { self.tokens = tokens }
}
