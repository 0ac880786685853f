/// The tables `parley export --format csv` writes, as header and rows of text: one row per
/// item, spans as file, start, end (UTF-8 bytes into the file as stored).
public enum ExportTables {
    public enum Table: String, Sendable, CaseIterable {
        case rounds, actors, mentions, participation
    }

    /// `actors`: the actors a table of actors or mentions lists (nil: all); participation is
    /// kept to them too.
    public static func table(_ table: Table, _ corpus: Corpus, entries: [Int], actors chosen: [Int]?) -> (
        header: [String], rows: [[String]]
    ) {
        let all = corpus.timeline.entries
        let actors = corpus.actors.actors
        switch table {
        case .rounds:
            let header = [
                "track", "round", "date", "display_date", "status", "place", "articles", "participants", "absent", "file", "start", "end",
                "sentence",
            ]
            let rows = entries.map { i -> [String] in
                let e = all[i]
                let cited = TimelineJSExport.citedSentences(e).first
                return [
                    e.track, String(e.number), e.date?.edtf ?? "", e.humanDate, e.status?.name ?? "", e.place ?? "",
                    String(e.documents.count),
                    e.participation.filter(\.present).map { actors[$0.actor].name }.joined(separator: "; "),
                    e.participation.filter { !$0.present }.map { actors[$0.actor].name }.joined(separator: "; "),
                ] + spanCells(cited, corpus)
            }
            return (header, rows)
        case .actors:
            let header = [
                "name", "type", "side", "affiliation", "origin", "outlet", "mentions", "rounds", "aliases", "file", "start", "end", "cue",
            ]
            let ids = chosen ?? Array(actors.indices)
            let rows = ids.map { a -> [String] in
                let x = actors[a]
                return [
                    x.name, x.type.rawValue, x.side?.rawValue ?? "", x.affiliation ?? "", x.origin.rawValue, x.isOutlet ? "yes" : "",
                    String(corpus.mentionCount(of: a)), corpus.rounds(of: a).map { "\($0.track) \($0.number)" }.joined(separator: "; "),
                    x.aliases.joined(separator: "; "),
                ] + spanCells(x.cueSpan, corpus)
            }
            return (header, rows)
        case .mentions:
            let header = ["actor", "use", "kind", "file", "start", "end", "text"]
            let ids = chosen ?? Array(actors.indices)
            var rows: [[String]] = []
            for a in ids {
                for (m, use) in corpus.mentionsAndPlaces(of: a) {
                    rows.append([actors[a].name, use.rawValue, m.kind.rawValue] + spanCells(m.span, corpus))
                }
            }
            return (header, rows)
        case .participation:
            let header = ["track", "round", "actor", "present", "status", "file", "start", "end", "text", "sentence_start", "sentence_end"]
            var rows: [[String]] = []
            let wanted = chosen.map(Set.init)
            for i in entries {
                let e = all[i]
                for p in e.participation where wanted?.contains(p.actor) ?? true {
                    rows.append(
                        [e.track, String(e.number), actors[p.actor].name, p.present ? "yes" : "no", p.status?.name ?? ""]
                            + spanCells(p.span, corpus) + [String(p.sentence.start), String(p.sentence.end)])
                }
            }
            return (header, rows)
        }
    }

    /// file, start, end, and the bytes' text; empty cells where there is no span.
    static func spanCells(_ span: TextSpan?, _ corpus: Corpus) -> [String] {
        guard let span else { return ["", "", "", ""] }
        return [span.document.path, String(span.start), String(span.end), corpus.text(of: span) ?? ""]
    }
}
