import Foundation
import ParleyModel

/// The source viewer as rows: a round's evidence, an actor's concordance, search results, or
/// an article word-wrapped to the pane with mentions coloured and the passage in focus marked.
public enum ViewerPane {
    public struct Model: Sendable {
        public var title: String
        public var lines: PaneLines
        /// What each selectable item opens; `PaneLine.item` indexes it.
        public var targets: [ViewerTarget]
        /// The row of each item.
        public var lineOfItem: [Int]
        /// In an article: the first row of the passage in focus.
        public var focusLine: Int?

        /// Whether rows are a list to select in (else the pane scrolls a text).
        public var isList: Bool { !targets.isEmpty }
    }

    public static func model(_ state: AppState, width: Int) -> Model {
        let w = max(1, width)
        return state.viewerCache.value(for: ViewerKey(state, width: w)) {
            let model = build(state, width: w)
            guard let f = state.viewerFilter, f.content == state.viewer else { return model }
            return f.apply(to: model)
        }
    }

    static func build(_ state: AppState, width w: Int) -> Model {
        switch state.viewer {
        case .welcome: return welcome(state, width: w)
        case .round(let e): return round(state, entry: e, width: w)
        case .concordance(let a): return concordance(state, actor: a, width: w)
        case .article(let d, let focus, let actor): return article(state, document: d, focus: focus, actor: actor, width: w)
        case .results: return results(state, width: w)
        case .matrix: return matrix(state, width: w)
        case .accounts(let e): return accounts(state, entry: e, width: w)
        case .bookmarks: return bookmarks(state, width: w)
        case .matrixCell(let actor, let entry): return matrixCell(state, actor: actor, entry: entry, width: w)
        }
    }

    /// How an article is named in a row: "TASS · 4 May 2017" from its front matter or the
    /// catalog (outlet and date, either alone where the other is missing), else its file name
    /// without the extension: a reader knows an outlet and a day, not a file's hash.
    static func sourceName(_ doc: Document) -> String {
        let parts = [
            doc.metadata.outlet.map(oneLine), doc.metadata.date.map { HumanDate.format(DateValue(start: $0)) },
        ].compactMap { $0 }
        if !parts.isEmpty { return parts.joined(separator: " · ") }
        let name = doc.id.path.split(separator: "/").last.map(String.init) ?? doc.id.path
        return name.hasSuffix(".txt") || name.hasSuffix(".md") ? String(name[..<name.lastIndex(of: ".")!]) : name
    }

    /// Sentences as rows, each its article's name then the sentence (wrapped whole under `w`),
    /// row `n` item `n`: a round's evidence, a matrix cell's sentences. Made when shown.
    static func appendSentences(
        _ evidence: [(d: Int, span: TextSpan)], to lines: inout PaneLines, lineOfItem: inout [Int], state: AppState, width: Int
    ) {
        let c = state.corpus
        WrappedItem.append(
            evidence.count, to: &lines, lineOfItem: &lineOfItem, wrap: state.wrapRows,
            wrapped: { n in
                let doc = c.documents[evidence[n].d]
                return WrappedItem.rows(tag: sourceCell(doc, width: width), text: doc.text(evidence[n].span.range), width: width, item: n)
            },
            row: { n in
                let (d, span) = evidence[n]
                let doc = c.documents[d]
                let tag = sourceCell(doc, width: width)
                return PaneLine(
                    DisplayWidth.truncate(tag + oneLine(doc.text(span.range)), to: width),
                    runs: [.init(columns: 0..<DisplayWidth.of(tag), style: Style(.dim))], item: n)
            })
    }

    /// How many participants a round's view names before it says how many more there are.
    static let participantsShown = 60

    /// The column a row's article name takes, so that what follows it lines up.
    static let sourceWidth = 18

    /// A row's article name padded to its column, then the separator: "TASS 4 May 2017  │ ".
    /// Where the column is short the outlet is cut, never the date.
    static func sourceCell(_ doc: Document, width: Int) -> String {
        let w = min(sourceWidth, max(4, width / 3))
        var name = sourceName(doc)
        if let outlet = doc.metadata.outlet.map(oneLine), let date = doc.metadata.date.map({ HumanDate.format(DateValue(start: $0)) }),
            DisplayWidth.of(name) > w
        {
            let room = w - DisplayWidth.of(date) - 1
            name = room >= 2 ? DisplayWidth.truncate(outlet, to: room) + " " + date : date
        }
        return DisplayWidth.pad(DisplayWidth.truncate(name, to: w), to: w) + " │ "
    }

    /// Text on one line, white space folded, control characters made visible.
    static func oneLine(_ s: String) -> String {
        Sanitizer.sanitize(TextFolding.singleSpaced(s))
    }

    /// A line cut so that `word` shows about a third of the way in, when the line is longer
    /// than `width` cells and the word would otherwise fall off its end.
    static func around(_ line: String, word: String?, width: Int) -> String {
        guard DisplayWidth.of(line) > width, let word, let r = line.range(of: word, options: .caseInsensitive) else { return line }
        let before = DisplayWidth.of(line[..<r.lowerBound])
        guard before + DisplayWidth.of(word) > width - 1 else { return line }
        let drop = before - width / 3
        var start = line.startIndex
        var dropped = 0
        while start < r.lowerBound, dropped < drop {
            dropped += DisplayWidth.of(line[start])
            start = line.index(after: start)
        }
        return "…" + line[start...]
    }

    /// The last `width` cells of a text, led by "…" where the text is cut ("…ound of Syria
    /// peace talks"), as a row cut at its end ends with one.
    static func markedTail(_ s: String, width: Int) -> String {
        guard width > 0, DisplayWidth.of(s) > width else { return s }
        return "…" + tail(s, width: width - 1)
    }

    /// The last `width` cells of a text.
    static func tail(_ s: String, width: Int) -> String {
        if DisplayWidth.isPrintableASCII(s) { return s.utf8.count <= width ? s : String(s.utf8.suffix(width))! }
        if DisplayWidth.isSimple(s) {
            // Each scalar is a cluster of its own: count back by scalars.
            var start = s.unicodeScalars.endIndex
            var used = 0
            while start > s.unicodeScalars.startIndex {
                let before = s.unicodeScalars.index(before: start)
                let w = DisplayWidth.of(s.unicodeScalars[before])
                if used + w > width { break }
                used += w
                start = before
            }
            return String(s.unicodeScalars[start...])
        }
        var out: [Character] = []
        var used = 0
        for ch in s.reversed() {
            let w = DisplayWidth.of(ch)
            if used + w > width { break }
            out.append(ch)
            used += w
        }
        return String(out.reversed())
    }

    /// Columns of the words in `text` (case-insensitive), for highlighting matches.
    static func matchColumns(in text: String, words: [String]) -> [PaneLine.Run] {
        var runs: [PaneLine.Run] = []
        // Byte by byte: a search result line is built for each of a hundred hits as the query
        // is typed. A UTF-8 needle can only match at the start of a scalar.
        let lower = Array(text.lowercased().utf8)
        for w in Set(words.map { $0.lowercased() }) where !w.isEmpty {
            let needle = Array(w.utf8)
            var i = 0
            while i + needle.count <= lower.count {
                guard lower[i] == needle[0], lower[i..<(i + needle.count)].elementsEqual(needle) else {
                    i += 1
                    continue
                }
                let start = DisplayWidth.of(String(decoding: lower[..<i], as: UTF8.self))
                runs.append(.init(columns: start..<(start + DisplayWidth.of(w)), style: Style(.match, attributes: .bold)))
                i += needle.count
            }
        }
        return runs
    }
}
