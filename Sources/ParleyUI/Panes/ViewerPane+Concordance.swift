import Foundation
import ParleyModel

/// An actor's concordance: each mention and place use, its article's name and the words around it.
extension ViewerPane {
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
        // Why each spelling is this actor's, where a rule (not the gazetteer) joined it, and
        // what the user's curation did, each a rule of its own.
        for alias in a.aliases {
            guard let rule = a.joinedBy[alias], rule != "gazetteer" else { continue }
            lines.append(PaneLine(DisplayWidth.truncate("  \(alias): \(rule)", to: width), style: Style(.dim)))
        }
        for note in a.curation { lines.append(PaneLine(DisplayWidth.truncate("✎ \(note)", to: width), style: Style(.dim))) }
        lines.append(PaneLine(""))
        let mentionStyle = ActorPane.style(for: a).adding(.bold)
        // The mentions, then the place uses ("talks in Astana"), each row opening its passage.
        let refs = c.actors.mentionsByActor[actor]
        let placeRefs = c.actors.placesByActor[actor]
        @Sendable func mention(_ n: Int) -> (document: Int, mention: Mention) {
            if n < refs.count { return (refs[n].document, c.mention(refs[n])) }
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
        let leftCell = DisplayWidth.pad(markedTail(left, width: leftWidth), to: leftWidth, alignment: .trailing) + (spaceBefore ? " " : "")
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
}
