import Foundation
import ParleyModel

/// The global search's results: actors, then passages, a capped list saying of how many.
extension ViewerPane {
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
                    DisplayWidth.truncate("\(a.name) · \(a.type.rawValue) · \(c.mentionCount(of: hit.actor))\(via)", to: width),
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
}
