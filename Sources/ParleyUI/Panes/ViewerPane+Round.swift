import Foundation
import ParleyModel

/// A round: its date, place, status and participants, the sentences of evidence, and the claims of each article grouped by status.
extension ViewerPane {
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
        appendSentences(evidence, to: &lines, lineOfItem: &lineOfItem, state: state, width: width)
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
        @Sendable func row(_ n: Int) -> PaneLine {
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
        if state.wrapRows {
            // `w`: each claim's sentence whole under its column, as the evidence's.
            for n in made.indices {
                guard case .claim(let d, let sentence, let label, let item) = made[n] else {
                    lines.append(row(n))
                    continue
                }
                let doc = c.documents[d]
                lineOfItem.append(lines.count)
                lines.append(
                    WrappedItem.rows(
                        tag: "  \(label) · " + sourceCell(doc, width: width), text: doc.text(sentence.range), width: width, item: item))
            }
        } else {
            let base = lines.count
            for n in made.indices { if case .claim = made[n] { lineOfItem.append(base + n) } }
            lines.append(count: made.count) { n in row(n) }
        }
        return Model(title: "\(e.track) round \(e.number)", lines: lines, targets: targets, lineOfItem: lineOfItem, focusLine: nil)
    }
}
