import Foundation
import ParleyModel

/// Who says what about a round (`c`): the tallies where the articles disagree, then each
/// article's dates, places, presences and absences, each row opening the words that say it.
extension ViewerPane {
    static func accounts(_ state: AppState, entry: Int, width: Int) -> Model {
        let c = state.corpus
        guard c.timeline.entries.indices.contains(entry) else { return welcome(state, width: width) }
        let e = c.timeline.entries[entry]
        let r = RoundAccounts(c, entry: entry)
        var lines: [PaneLine] = []
        var targets: [ViewerTarget] = []
        var lineOfItem: [Int] = []
        let conflict = Style(.match, attributes: .bold)
        let heading = Style(.title, attributes: .bold)
        for line in r.summary(c) {
            for l in WordWrap.wrap(line.text, width: width) {
                lines.append(PaneLine(l.text, style: line.disputed ? conflict : Style(.dim)))
            }
        }
        let kindWidth = 8
        let statusWidth = 10
        for a in r.accounts {
            let doc = c.documents[a.document]
            lines.append(PaneLine(""))
            lines.append(PaneLine(DisplayWidth.truncate(sourceName(doc) + " · " + oneLine(doc.displayTitle), to: width), style: heading))
            if a.isEmpty {
                lines.append(PaneLine("  names the round; says nothing of its date, place or who took part", style: Style(.dim)))
            }
            func row(_ kind: String, _ value: String, _ status: ClaimStatus?, _ span: TextSpan, disputed: Bool) {
                let item = targets.count
                targets.append(.passage(document: a.document, span: span, actor: nil))
                lineOfItem.append(lines.count)
                let head =
                    "  " + DisplayWidth.pad(kind, to: kindWidth) + DisplayWidth.pad(status?.name ?? "", to: statusWidth)
                    + (disputed ? "≠ " : "")
                let text = head + oneLine(value)
                lines.append(
                    PaneLine(
                        DisplayWidth.truncate(text, to: width),
                        runs: [.init(columns: 0..<min(width, DisplayWidth.of(head)), style: disputed ? conflict : Style(.dim))], item: item)
                )
            }
            let split = Set(r.splits.map(\.actor))
            for d in a.dates { row("date", HumanDate.format(d.value), d.status, d.span, disputed: r.datesDisagree) }
            for p in a.places { row("place", p.place.text, p.status, p.place.span, disputed: r.placesDisagree) }
            for p in a.participation {
                row(p.present ? "present" : "absent", c.actors.actors[p.actor].name, p.status, p.span, disputed: split.contains(p.actor))
            }
        }
        let title = "\(e.track) round \(e.number) · who says what · \(r.accounts.count) article\(r.accounts.count == 1 ? "" : "s")"
        return Model(title: title, lines: PaneLines(lines), targets: targets, lineOfItem: lineOfItem, focusLine: nil)
    }
}
