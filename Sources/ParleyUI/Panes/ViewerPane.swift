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
            return f.apply(to: model).model
        }
    }

    static func build(_ state: AppState, width w: Int) -> Model {
        switch state.viewer {
        case .welcome: return welcome(state, width: w)
        case .round(let e): return round(state, entry: e, width: w)
        case .concordance(let a): return concordance(state, actor: a, width: w)
        case .article(let d, let focus, let actor): return article(state, document: d, focus: focus, actor: actor, width: w)
        case .results: return results(state, width: w)
        }
    }

    static func welcome(_ state: AppState, width: Int) -> Model {
        let c = state.corpus
        let text = """
            \(c.documents.count.thousandsGrouped()) articles · \(c.actors.actors.count.thousandsGrouped()) actors · \(c.timeline.entries.count) rounds

            Pick a round (1) or an actor (2): this pane shows the sentences behind it. Enter opens a passage in its article, n/N step through an actor's mentions, Esc goes back.

            In the rounds, ~ marks a date that is only planned, ▸ talks under way, × a round put off or called off, ≠ reports that disagree.

            / searches the focused pane, s searches everything, ? lists every key.
            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { para -> [PaneLine] in
            para.isEmpty ? [PaneLine("")] : WordWrap.wrap(String(para), width: width).map { PaneLine($0.text) }
        }
        return Model(title: "Source", lines: PaneLines(lines), targets: [], lineOfItem: [], focusLine: nil)
    }

    static func round(_ state: AppState, entry: Int, width: Int) -> Model {
        let c = state.corpus
        guard c.timeline.entries.indices.contains(entry) else { return welcome(state, width: width) }
        let e = c.timeline.entries[entry]
        var lines = PaneLines()
        var targets: [ViewerTarget] = []
        var lineOfItem: [Int] = []
        let heading = Style(.title, attributes: .bold)
        let status = e.status?.name
        let head = [e.humanDate, e.place ?? "place unknown", status, "\(e.documents.count) article\(e.documents.count == 1 ? "" : "s")"]
        lines.append(PaneLine(DisplayWidth.truncate(head.compactMap { $0 }.joined(separator: " · "), to: width)))
        let conflict = Style(.match, attributes: .bold)
        if let tally = e.conflictTally {
            for l in WordWrap.wrap("≠ the articles disagree on the date: \(tally) give \(HumanDate.format(e.date))", width: width) {
                lines.append(PaneLine(l.text, style: conflict))
            }
        } else if e.hasConflict {
            lines.append(PaneLine("≠ the articles disagree on the date", style: conflict))
        }
        if e.placeConflict, let place = e.place {
            let others = Set(e.placeClaims.map(\.place.text)).subtracting([place]).sorted()
            for l in WordWrap.wrap("≠ the articles disagree on the place: \(place), also \(others.joined(separator: ", "))", width: width) {
                lines.append(PaneLine(l.text, style: conflict))
            }
        }
        // The names, wrapped, and where there are very many the first of them and how many
        // more: a list cut short never passes for the whole.
        if !e.participants.isEmpty {
            var names = e.participants.prefix(Self.participantsShown).map { c.actors.actors[$0].name }.joined(separator: ", ")
            if e.participants.count > Self.participantsShown {
                names += " +\((e.participants.count - Self.participantsShown).thousandsGrouped()) more (parley timeline --json lists them)"
            }
            for l in WordWrap.wrap("With: " + names, width: width) { lines.append(PaneLine(l.text, style: Style(.dim))) }
        }
        let absent = e.participation.filter { !$0.present }
        if !absent.isEmpty {
            let names = absent.map { p in c.actors.actors[p.actor].name + (p.status.map { $0 == .held ? "" : " (\($0.label))" } ?? "") }
            for l in WordWrap.wrap("Absent: " + names.joined(separator: ", "), width: width) {
                lines.append(PaneLine(l.text, style: Style(.dim)))
            }
        }
        lines.append(PaneLine(""))
        lines.append(PaneLine("Evidence", style: heading))
        // Rows are made when shown: a round of a large corpus has thousands of sentences.
        let evidence = e.evidence.compactMap { span in c.documentIndex(of: span.document).map { (d: $0, span: span) } }
        for (d, span) in evidence { targets.append(.passage(document: d, span: span, actor: nil)) }
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
        // Claims, grouped by what they say happened, each row opening its words in the article.
        // The rows are made when shown, as the evidence's are: a round of a large corpus has
        // hundreds of claims, and a move through the timeline previews each round.
        enum ClaimRow: Sendable {
            case blank
            case heading(String)
            case group(String)
            case claim(document: Int, sentence: TextSpan, label: String, item: Int)
        }
        var claimLines: [ClaimRow] = []
        func claimRows(_ title: String, _ rows: [(d: Int, span: TextSpan, sentence: TextSpan, status: ClaimStatus?, label: String)]) {
            guard !rows.isEmpty else { return }
            claimLines += [.blank, .heading(title)]
            let order: [ClaimStatus?] = [.held, .underWay, nil, .planned, .postponed, .cancelled, .contradicted]
            for status in order {
                let group = rows.filter { $0.status == status }
                guard !group.isEmpty else { continue }
                claimLines.append(.group(status?.name ?? "as reported"))
                for row in group {
                    lineOfItem.append(lines.count + claimLines.count)
                    claimLines.append(.claim(document: row.d, sentence: row.sentence, label: row.label, item: targets.count))
                    targets.append(.passage(document: row.d, span: row.span, actor: nil))
                }
            }
        }
        claimRows(
            "Dates",
            e.dateClaims.compactMap { claim in
                c.documentIndex(of: claim.span.document).map {
                    (d: $0, span: claim.span, sentence: claim.sentence, status: claim.status, label: HumanDate.format(claim.value))
                }
            })
        claimRows(
            "Places",
            e.placeClaims.compactMap { claim in
                c.documentIndex(of: claim.place.span.document).map {
                    (d: $0, span: claim.place.span, sentence: claim.sentence, status: claim.status, label: claim.place.text)
                }
            })
        claimRows(
            "Absent",
            absent.compactMap { p in
                c.documentIndex(of: p.span.document).map {
                    (d: $0, span: p.span, sentence: p.sentence, status: p.status, label: c.actors.actors[p.actor].name)
                }
            })
        let made = claimLines
        lines.append(count: made.count) { n in
            switch made[n] {
            case .blank: return PaneLine("")
            case .heading(let title): return PaneLine(title, style: heading)
            case .group(let name): return PaneLine("  " + name, style: Style(.dim))
            case .claim(let d, let sentence, let label, let item):
                let doc = c.documents[d]
                return PaneLine(
                    DisplayWidth.truncate("  \(label) · " + sourceCell(doc, width: width) + oneLine(doc.text(sentence.range)), to: width),
                    item: item)
            }
        }
        return Model(title: "\(e.track) round \(e.number)", lines: lines, targets: targets, lineOfItem: lineOfItem, focusLine: nil)
    }

    static func concordance(_ state: AppState, actor: Int, width: Int) -> Model {
        let c = state.corpus
        guard c.actors.actors.indices.contains(actor) else { return welcome(state, width: width) }
        let a = c.actors.actors[actor]
        var lines: [PaneLine] = []
        var targets: [ViewerTarget] = []
        var lineOfItem: [Int] = []
        var header = a.type.rawValue
        if let aff = a.affiliation { header += " · \(aff)" }
        if let side = a.side { header += " · \(side.rawValue)" }
        if a.origin == .discovered, let cue = a.cue { header += " · discovered (“\(cue)”)" }
        lines.append(PaneLine(DisplayWidth.truncate(header, to: width), style: Style(.dim)))
        if let role = a.roles.first { lines.append(PaneLine(DisplayWidth.truncate("Role: \(role.text)", to: width), style: Style(.dim))) }
        if !a.aliases.isEmpty {
            lines.append(PaneLine(DisplayWidth.truncate("Also: " + a.aliases.joined(separator: ", "), to: width), style: Style(.dim)))
        }
        lines.append(PaneLine(""))
        let mentionStyle = ActorPane.style(for: a).adding(.bold)
        // The mentions, then the place uses ("talks in Astana"), each row opening its passage.
        let refs = c.actors.mentionsByActor[actor]
        let placeRefs = c.actors.placesByActor[actor]
        @Sendable func mention(_ n: Int) -> (document: Int, mention: Mention) {
            if n < refs.count { return (refs[n].document, c.actors.mentionsByDocument[refs[n].document][refs[n].mention]) }
            let ref = placeRefs[n - refs.count]
            return (ref.document, c.actors.placesByDocument[ref.document][ref.mention])
        }
        for n in 0..<(refs.count + placeRefs.count) {
            let (d, m) = mention(n)
            targets.append(.passage(document: d, span: m.span, actor: actor))
        }
        // Rows are made when shown: an actor can have tens of thousands of mentions. With `w`,
        // each mention is its whole sentence, the mention marked.
        var rows = PaneLines(lines)
        WrappedItem.append(
            refs.count + placeRefs.count, to: &rows, lineOfItem: &lineOfItem, wrap: state.wrapRows,
            wrapped: { n in
                let (d, m) = mention(n)
                let doc = c.documents[d]
                let sentence = doc.sentences[m.sentence]
                return WrappedItem.rows(
                    tag: sourceCell(doc, width: width), text: doc.text(sentence.range), width: width, item: n,
                    marks: [(m.span.start - sentence.start)..<(m.span.end - sentence.start)],
                    markStyle: n < refs.count ? mentionStyle : placeStyle)
            },
            row: { n in
                let (d, m) = mention(n)
                return concordanceLine(
                    doc: c.documents[d], mention: m, width: width, style: n < refs.count ? mentionStyle : placeStyle, item: n)
            })
        var title = "\(a.name) · \(refs.count.thousandsGrouped()) mention\(refs.count == 1 ? "" : "s")"
        if !placeRefs.isEmpty { title += " · \(placeRefs.count) as a place" }
        // Under a round's scope the concordance is still every mention: it says so.
        if state.scope != nil { title += " · all articles" }
        return Model(title: title, lines: rows, targets: targets, lineOfItem: lineOfItem, focusLine: nil)
    }

    /// How a state or city named as a location is marked: underlined, not in its actor's colour.
    static let placeStyle = Style(.dim, attributes: .underline)

    /// One concordance row: left context | mention | right context, the mention at a fixed column.
    static func concordanceLine(doc: Document, mention m: Mention, width fullWidth: Int, style: Style, item: Int) -> PaneLine {
        // The article first, in its column ("TASS · 4 May 2017 │"), where the pane has room.
        let source = fullWidth >= Self.sourceRowMinimum ? sourceCell(doc, width: fullWidth) : ""
        let offset = DisplayWidth.of(source)
        let width = fullWidth - offset
        let name = oneLine(doc.text(m.span.range))
        let nameWidth = min(DisplayWidth.of(name), max(1, width / 2))
        // The mention starts at one column in every row, whatever its length (as a KWIC
        // concordance reads): two fifths of the width are left context.
        let side = max(0, (width - 2) * 2 / 5)
        let rightSide = max(0, width - side - 2 - nameWidth)
        let sentence = doc.sentences[m.sentence]
        let rawLeft = doc.text(max(sentence.start, m.span.start - 240)..<m.span.start)
        let rawRight = doc.text(m.span.end..<min(sentence.end, m.span.end + 240))
        let left = oneLine(rawLeft)
        let right = oneLine(rawRight)
        // A space between context and mention only where the file has one ("(Army of Islam)",
        // "opposition-held" stay as written); the mention keeps its column either way.
        let spaceBefore = !left.isEmpty && (rawLeft.last?.isWhitespace ?? false)
        let spaceAfter = !right.isEmpty && (rawRight.first?.isWhitespace ?? false)
        let leftWidth = spaceBefore ? side : side + 1
        let leftCell = DisplayWidth.pad(tail(left, width: leftWidth), to: leftWidth, alignment: .trailing) + (spaceBefore ? " " : "")
        let rightCell = (spaceAfter ? " " : "") + DisplayWidth.truncate(right, to: spaceAfter ? rightSide : rightSide + 1)
        let text = leftCell + DisplayWidth.truncate(name, to: nameWidth) + rightCell
        return PaneLine(
            source + DisplayWidth.fitting(text, in: width),
            runs: [
                .init(columns: 0..<offset, style: Style(.dim)),
                .init(columns: (offset + side + 1)..<(offset + side + 1 + nameWidth), style: style),
            ], item: item)
    }

    /// The narrowest pane whose concordance rows name their article (below it the context
    /// needs every column).
    static let sourceRowMinimum = 48

    static func article(_ state: AppState, document d: Int, focus: TextSpan?, actor: Int?, width: Int) -> Model {
        let c = state.corpus
        guard c.documents.indices.contains(d) else { return welcome(state, width: width) }
        let doc = c.documents[d]
        var lines: [PaneLine] = []
        for l in WordWrap.wrap(doc.displayTitle, width: width) { lines.append(PaneLine(l.text, style: Style(.title, attributes: .bold))) }
        for l in WordWrap.wrap(doc.metaLine, width: width) { lines.append(PaneLine(l.text, style: Style(.dim))) }
        lines.append(PaneLine(""))
        // Mentions in their actor's colour and place uses underlined, in text order.
        let mentions =
            (c.actors.mentionsByDocument[d].map { ($0.span, ActorPane.style(for: c.actors.actors[$0.actor])) }
            + c.actors.placesByDocument[d].map { ($0.span, placeStyle) }).sorted { $0.0.start < $1.0.start }
        var focusLine: Int?
        var m = 0
        for (p, paragraph) in doc.paragraphs.enumerated() {
            if p > 0 { lines.append(PaneLine("")) }
            let text = doc.text(paragraph.range)
            for wrapped in WordWrap.wrap(text, width: width) {
                let lo = paragraph.start + wrapped.byteRange.lowerBound
                let hi = paragraph.start + wrapped.byteRange.upperBound
                var runs: [PaneLine.Run] = []
                while m < mentions.count, mentions[m].0.end <= lo { m += 1 }
                var k = m
                while k < mentions.count, mentions[k].0.start < hi {
                    let rel = (mentions[k].0.start - paragraph.start)..<(mentions[k].0.end - paragraph.start)
                    if let cols = wrapped.columns(forBytes: rel) { runs.append(.init(columns: cols, style: mentions[k].1)) }
                    k += 1
                }
                if let focus, focus.start < hi, focus.end > lo {
                    let rel = (focus.start - paragraph.start)..<(focus.end - paragraph.start)
                    if let cols = wrapped.columns(forBytes: rel) {
                        let isMention = actor != nil
                        runs.append(
                            .init(
                                columns: cols,
                                style: Style(
                                    isMention ? .currentMatch : .selection, attributes: isMention ? [.bold, .underline] : [.underline])))
                        if focusLine == nil { focusLine = lines.count }
                    }
                }
                lines.append(PaneLine(wrapped.text, runs: runs))
            }
        }
        if doc.paragraphs.isEmpty { lines.append(PaneLine("(this article has no text)", style: Style(.dim))) }
        return Model(title: doc.id.path, lines: PaneLines(lines), targets: [], lineOfItem: [], focusLine: focusLine)
    }

    static func results(_ state: AppState, width: Int) -> Model {
        let c = state.corpus
        guard let g = state.global else { return welcome(state, width: width) }
        var lines: [PaneLine] = []
        var targets: [ViewerTarget] = []
        var lineOfItem: [Int] = []
        let heading = Style(.title, attributes: .bold)
        if g.count == 0 {
            lines.append(
                PaneLine(
                    g.answered.isEmpty ? "Type to search all text and actors." : "Nothing matches “\(g.answered)”.", style: Style(.dim)))
        }
        if !g.actors.isEmpty { lines.append(PaneLine("Actors", style: heading)) }
        for hit in g.actors {
            let a = c.actors.actors[hit.actor]
            let via = hit.matchedName == a.name ? "" : "  (as “\(hit.matchedName)”)"
            lineOfItem.append(lines.count)
            lines.append(
                PaneLine(
                    DisplayWidth.truncate("\(a.name) · \(a.type.rawValue) · \(c.actors.mentionsByActor[hit.actor].count)\(via)", to: width),
                    runs: [.init(columns: 0..<min(width, DisplayWidth.of(a.name)), style: ActorPane.style(for: a))], item: targets.count))
            targets.append(.actor(hit.actor))
        }
        if !g.passages.isEmpty {
            if !g.actors.isEmpty { lines.append(PaneLine("")) }
            lines.append(PaneLine("Passages", style: heading))
        }
        let passages = g.passages.compactMap { hit in c.documentIndex(of: hit.span.document).map { (d: $0, hit: hit) } }
        let firstPassage = targets.count
        for (d, hit) in passages { targets.append(.passage(document: d, span: hit.matches.first ?? hit.span, actor: nil)) }
        // Rows are made when shown: typing re-runs the search, and a pane shows a third of them.
        var rows = PaneLines(lines)
        WrappedItem.append(
            passages.count, to: &rows, lineOfItem: &lineOfItem, wrap: state.wrapRows,
            wrapped: { n in
                let (d, hit) = passages[n]
                return WrappedItem.rows(
                    tag: sourceCell(c.documents[d], width: width), text: c.text(of: hit.span) ?? hit.snippet, width: width,
                    item: firstPassage + n, words: hit.matches.compactMap { c.text(of: $0) })
            },
            row: { n in
                let (d, hit) = passages[n]
                let tag = sourceCell(c.documents[d], width: width)
                let words = hit.matches.compactMap { c.text(of: $0) }
                let room = max(1, width - DisplayWidth.of(tag))
                let sentence = around(oneLine(c.text(of: hit.span) ?? hit.snippet), word: words.first, width: room)
                let text = DisplayWidth.truncate(tag + sentence, to: width)
                var runs: [PaneLine.Run] = [.init(columns: 0..<DisplayWidth.of(tag), style: Style(.dim))]
                runs += matchColumns(in: text, words: words)
                return PaneLine(text, runs: runs, item: firstPassage + n)
            })
        // A capped list says so: "100 of 21,884".
        let passagesShown =
            g.passages.count < g.passageTotal
            ? "\(g.passages.count.thousandsGrouped()) of \(g.passageTotal.thousandsGrouped()) passages"
            : g.passages.count.thousandsGrouped() + " passage" + (g.passages.count == 1 ? "" : "s")
        let actorsShown = g.actors.isEmpty ? "" : "\(g.actors.count) actor\(g.actors.count == 1 ? "" : "s") · "
        return Model(
            title: "Search “\(g.answered)” · " + actorsShown + passagesShown, lines: rows, targets: targets, lineOfItem: lineOfItem,
            focusLine: nil)
    }

    /// A short label for an article: its file name without extension, at most 14 cells.
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
