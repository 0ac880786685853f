import Foundation
import ParleyModel

/// The viewer's first screen: what the corpus holds and how to read it.
extension ViewerPane {
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
}
