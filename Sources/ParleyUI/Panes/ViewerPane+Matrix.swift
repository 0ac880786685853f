import Foundation
import ParleyModel

/// Actors × rounds (`M`): a row per actor of the actor list, a column per round of the track,
/// ● present, ✕ absent, ○ named in an article on the round; the selected cell's column is
/// marked, ←/→ move it, Enter lists the sentences behind the cell.
extension ViewerPane {
    /// The widest the name column gets.
    static let matrixNameWidth = 24

    static func matrix(_ state: AppState, width: Int) -> Model {
        let m = state.matrix
        let c = state.corpus
        let title =
            "Actors × \(m.track.isEmpty ? "rounds" : m.track + " rounds") · \(m.rows.count.thousandsGrouped()) actors · by \(m.sort.rawValue)"
        guard !m.columns.isEmpty, !m.rows.isEmpty else {
            let why = m.columns.isEmpty ? "No rounds: the timeline is empty." : "No actor here takes part in or is named in these rounds."
            return Model(title: title, lines: PaneLines([PaneLine(why, style: Style(.dim))]), targets: [], lineOfItem: [], focusLine: nil)
        }
        let numbers = m.columns.map { String(c.timeline.entries[$0].number) }
        let cellWidth = max(3, (numbers.map(\.count).max() ?? 1) + 1)
        // Names as wide as the room every round's column leaves them (up to 24), and at least a
        // third of the pane where the rounds do not all fit.
        let room = width - 1 - numbers.count * cellWidth
        let nameWidth = room >= 12 ? min(matrixNameWidth, room) : max(6, min(matrixNameWidth, width / 3))
        let fit = max(1, (width - nameWidth - 1) / cellWidth)
        let selected = min(max(0, state.matrixColumn), m.columns.count - 1)
        // The columns shown: all where they fit, else a window that keeps the selected one in it.
        let first = max(0, min(selected - fit / 2, m.columns.count - fit))
        let shown = first..<min(m.columns.count, first + fit)
        @Sendable func columnStart(_ k: Int) -> Int { nameWidth + 1 + (k - first) * cellWidth }
        let marked = Style(.title, attributes: [.bold, .underline])

        var header =
            DisplayWidth.pad(
                shown.count < m.columns.count ? "rounds \(numbers[shown.first!])–\(numbers[shown.last!]) of \(numbers.count)" : "round",
                to: nameWidth) + " "
        for k in shown { header += DisplayWidth.pad(numbers[k], to: cellWidth, alignment: .trailing) }
        let headerRuns: [PaneLine.Run] = [.init(columns: columnStart(selected)..<(columnStart(selected) + cellWidth), style: marked)]
        let legend = "● present  ✕ absent  ○ named · ←/→ round · Enter its sentences · o order"
        var lines = PaneLines([
            PaneLine(DisplayWidth.truncate(legend, to: width), style: Style(.dim)),
            PaneLine(DisplayWidth.truncate(header, to: width), runs: headerRuns, style: Style(.dim)),
        ])
        let targets = m.rows.map { ViewerTarget.actor($0) }
        let offset = 2
        let lineOfItem = m.rows.indices.map { $0 + offset }
        lines.append(count: m.rows.count) { r in
            let a = c.actors.actors[m.rows[r]]
            var text = DisplayWidth.pad(DisplayWidth.truncate(oneLine(a.name), to: nameWidth), to: nameWidth) + " "
            for k in shown { text += DisplayWidth.pad(m.cells[r][k].mark, to: cellWidth, alignment: .trailing) }
            let cell = columnStart(selected)..<(columnStart(selected) + cellWidth)
            return PaneLine(
                text,
                runs: [
                    .init(columns: 0..<min(nameWidth, DisplayWidth.of(a.name)), style: ActorPane.style(for: a)),
                    .init(columns: cell, style: Style(.normal, attributes: .bold)),
                ], item: r)
        }
        return Model(title: title, lines: lines, targets: targets, lineOfItem: lineOfItem, focusLine: nil)
    }

    /// The sentences behind one cell: what makes the actor present or absent in the round, or
    /// the sentences of the round's articles that name it.
    static func matrixCell(_ state: AppState, actor: Int, entry: Int, width: Int) -> Model {
        let c = state.corpus
        guard c.actors.actors.indices.contains(actor), c.timeline.entries.indices.contains(entry) else {
            return welcome(state, width: width)
        }
        let e = c.timeline.entries[entry]
        let cellMatrix = ActorRoundMatrix(c, track: e.track, actors: [actor])
        let column = cellMatrix.columns.firstIndex(of: entry)
        let cell = column.flatMap { k in cellMatrix.rows.isEmpty ? nil : cellMatrix.cells[0][k] } ?? .nothing
        let spans = column.map { cellMatrix.evidence(row: 0, column: $0) } ?? []
        let a = c.actors.actors[actor]
        let what: String
        switch cell {
        case .present: what = "took part"
        case .absent: what = "stayed away"
        case .mentioned: what = "named in an article on the round, neither present nor absent"
        case .nothing: what = "not named in the round's articles"
        }
        var lines = PaneLines([
            PaneLine(DisplayWidth.truncate("\(cell.mark) \(a.name) · \(what)", to: width), style: Style(.title, attributes: .bold)),
            PaneLine(""),
        ])
        var targets: [ViewerTarget] = []
        var lineOfItem: [Int] = []
        let evidence = spans.compactMap { span in c.documentIndex(of: span.document).map { (d: $0, span: span) } }
        for (d, span) in evidence { targets.append(.passage(document: d, span: span, actor: nil)) }
        appendSentences(evidence, to: &lines, lineOfItem: &lineOfItem, state: state, width: width)
        let title = "\(a.name) · \(e.track) round \(e.number) · \(evidence.count) sentence\(evidence.count == 1 ? "" : "s")"
        return Model(title: title, lines: lines, targets: targets, lineOfItem: lineOfItem, focusLine: nil)
    }
}
