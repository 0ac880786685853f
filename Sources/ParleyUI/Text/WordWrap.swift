/// Wraps text into lines of at most a given number of cells, keeping track of where each
/// line comes from in the source, so that highlights given as UTF-8 byte ranges (search
/// matches, mentions) can be placed on screen cells.
///
/// Rules:
/// - A hard line break (LF, CR LF, lone CR, U+2028, U+2029) always ends a line; a break at the
///   very end of the source does not start an extra empty line.
/// - Lines break at spaces (and tabs) where possible. The spaces at a break are dropped from
///   the line's text; spaces at the start of a paragraph (indentation) are kept.
/// - A word longer than the width is broken between grapheme clusters. A wide character
///   never straddles the edge; in a width of 1 it is shown as a space.
/// - Each line's ``Line/text`` is sanitised (see ``Sanitizer``); widths are those of the
///   sanitised text, which is what ``ScreenBuffer/put(_:at:style:clip:)`` will draw.
///
/// The byte ranges of consecutive lines are adjacent and together cover the whole source,
/// so the spaces and line breaks consumed at a break belong to the line they end.
public enum WordWrap {
    /// One grapheme cluster of a wrapped line: where it is in the source and on the line.
    public struct Glyph: Hashable, Sendable {
        /// UTF-8 byte offsets of the cluster in the source.
        public var byteRange: Range<Int>
        /// Column of its first cell on the line.
        public var column: Int
        /// Number of cells it takes (0, 1 or 2).
        public var width: Int
    }

    /// A wrapped line.
    public struct Line: Hashable, Sendable {
        /// The UTF-8 byte offsets of the source this line covers, including the spaces or
        /// line break that end it.
        public var byteRange: Range<Int>
        /// The text to draw: sanitised, without the spaces or line break that end the line.
        public var text: String
        /// Width of ``text`` in cells; never more than the wrap width.
        public var width: Int
        /// The clusters of ``text``, in order, with their source bytes and columns.
        public var glyphs: [Glyph]

        /// The columns of this line showing any part of the source bytes `bytes`, or `nil`
        /// if none of them is shown on this line.
        public func columns(forBytes bytes: Range<Int>) -> Range<Int>? {
            guard !bytes.isEmpty else { return nil }
            var low = Int.max
            var high = Int.min
            for glyph in glyphs where glyph.byteRange.overlaps(bytes) {
                low = min(low, glyph.column)
                high = max(high, glyph.column + glyph.width)
            }
            return low <= high ? low..<high : nil
        }
    }

    /// Wraps `source` into lines at most `width` cells wide. A `width` below 1 gives no lines;
    /// an empty source gives one empty line.
    public static func wrap(_ source: String, width: Int) -> [Line] {
        guard width >= 1 else { return [] }
        var builder = Builder(width: width)
        var offset = 0
        var spaces: [Piece] = []
        var word: [Piece] = []

        func flushWord() {
            guard !word.isEmpty else { return }
            builder.addWord(word, spaces: spaces)
            word.removeAll(keepingCapacity: true)
            spaces.removeAll(keepingCapacity: true)
        }

        for character in source {
            let length = character.utf8.count
            defer { offset += length }
            let range = offset..<(offset + length)
            let first = character.unicodeScalars.first!
            if Sanitizer.isLineBreak(first) {
                flushWord()
                spaces.removeAll(keepingCapacity: true)
                builder.endLine(at: range.upperBound)
                continue
            }
            if character == " " || character == "\t" {
                if !word.isEmpty { flushWord() }
                spaces.append(Piece(text: " ", width: 1, range: range))
                continue
            }
            let text = Sanitizer.sanitize(String(character), newlines: .placeholder)
            word.append(Piece(text: text, width: DisplayWidth.of(text), range: range))
        }
        flushWord()
        // Trailing spaces belong to the last line's range but not to its text.
        if builder.hasOpenLine || !spaces.isEmpty || builder.lines.isEmpty {
            builder.endLine(at: offset)
        }
        return builder.lines
    }

    // MARK: - Implementation

    private struct Piece {
        var text: String
        var width: Int
        var range: Range<Int>
    }

    private struct Builder {
        let width: Int
        var lines: [Line] = []
        var start = 0
        var text = ""
        var used = 0
        var glyphs: [Glyph] = []
        /// Whether something (text or consumed bytes) has been started since the last line ended.
        var hasOpenLine = false

        init(width: Int) {
            self.width = width
        }

        mutating func addWord(_ word: [Piece], spaces: [Piece]) {
            let wordWidth = word.reduce(0) { $0 + $1.width }
            let spaceWidth = spaces.reduce(0) { $0 + $1.width }
            hasOpenLine = true
            if used + spaceWidth + wordWidth <= width {
                append(spaces)
                append(word)
            } else if !glyphs.isEmpty {
                // Break before the word; the spaces are consumed by this line.
                endLine(at: word[0].range.lowerBound)
                hasOpenLine = true
                appendBreaking(word)
            } else {
                // Start of a paragraph: keep the indentation, break wherever needed.
                appendBreaking(spaces + word)
            }
        }

        mutating func append(_ pieces: [Piece]) {
            for piece in pieces { append(piece) }
        }

        mutating func append(_ piece: Piece) {
            glyphs.append(Glyph(byteRange: piece.range, column: used, width: piece.width))
            text += piece.text
            used += piece.width
        }

        mutating func appendBreaking(_ pieces: [Piece]) {
            for var piece in pieces {
                if piece.width > width {
                    piece.text = String(repeating: " ", count: width)  // only a wide char in width 1
                    piece.width = width
                }
                if used + piece.width > width {
                    endLine(at: piece.range.lowerBound)
                    hasOpenLine = true
                }
                append(piece)
            }
        }

        mutating func endLine(at end: Int) {
            lines.append(Line(byteRange: start..<end, text: text, width: used, glyphs: glyphs))
            start = end
            text = ""
            used = 0
            glyphs = []
            hasOpenLine = false
        }
    }
}
