import Foundation
import ParleyModel

/// The bookmarks (`B`): each with its note, its article and its sentence, opening the passage;
/// then the orphans, whose words are no longer in their article, listed so that none is lost.
extension ViewerPane {
    static func bookmarks(_ state: AppState, width: Int) -> Model {
        let c = state.corpus
        let found = state.locatedBookmarks
        var lines: [PaneLine] = []
        var targets: [ViewerTarget] = []
        var lineOfItem: [Int] = []
        if state.bookmarks.isEmpty { lines.append(PaneLine("No bookmarks yet: b on a passage makes one.", style: Style(.dim))) }
        for (k, b) in found.enumerated() {
            let doc = c.documents[b.document]
            let bookmark = state.bookmarks[b.index]
            let tag = sourceCell(doc, width: width)
            let sentence = doc.sentenceIndex(containing: b.span.start).map { doc.text(doc.sentences[$0].range) } ?? bookmark.passage.quote
            let note = bookmark.note.map { "\($0) — " } ?? ""
            targets.append(.passage(document: b.document, span: b.span, actor: nil))
            lineOfItem.append(lines.count)
            lines.append(
                PaneLine(
                    DisplayWidth.truncate(tag + note + oneLine(sentence), to: width),
                    runs: [
                        .init(columns: 0..<DisplayWidth.of(tag), style: Style(.dim)),
                        .init(
                            columns: DisplayWidth.of(tag)..<(DisplayWidth.of(tag) + DisplayWidth.of(note)),
                            style: Style(.normal, attributes: .bold)),
                    ], item: k))
        }
        let located = Set(found.map(\.index))
        let orphans = state.bookmarks.indices.filter { !located.contains($0) }
        if !orphans.isEmpty {
            lines.append(PaneLine(""))
            lines.append(PaneLine("Orphans: their words are no longer in their article", style: Style(.match, attributes: .bold)))
            for i in orphans {
                let b = state.bookmarks[i]
                let text = "  " + (b.note.map { "\($0) — " } ?? "") + "“\(oneLine(b.passage.quote))” (\(b.passage.span.document.path))"
                lines.append(PaneLine(DisplayWidth.truncate(text, to: width), style: Style(.dim)))
            }
        }
        var title = "Bookmarks · \(found.count)"
        if !orphans.isEmpty { title += " · \(orphans.count) orphan\(orphans.count == 1 ? "" : "s")" }
        return Model(title: title, lines: PaneLines(lines), targets: targets, lineOfItem: lineOfItem, focusLine: nil)
    }
}
