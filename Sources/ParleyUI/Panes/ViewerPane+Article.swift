import Foundation
import ParleyModel

/// An article, word-wrapped to the pane, its mentions coloured and the passage in focus marked.
extension ViewerPane {
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
}
