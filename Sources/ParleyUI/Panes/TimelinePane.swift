import ParleyModel

/// The round timeline as rows: a heading per track, then its rounds in order with date,
/// place, number of articles and a mark where articles disagree on the date.
public enum TimelinePane {
    public struct Model: Sendable {
        public var lines: [PaneLine]
        /// The row of each timeline entry.
        public var lineOfEntry: [Int]
    }

    /// The rows at a width; they depend on nothing else, so they are built once per width.
    public static func model(_ state: AppState, width: Int) -> Model {
        state.timelineCache.value(for: width) { build(state.corpus, width: width) }
    }

    static func build(_ corpus: Corpus, width: Int) -> Model {
        var lines: [PaneLine] = []
        var lineOfEntry: [Int] = []
        var track: String?
        // Articles per round, with their mark: wide enough for the most (hundreds in a large corpus).
        let countWidth = Columns.countWidth(corpus.timeline.entries.map(\.documents.count).max() ?? 0, atLeast: 2) + 1
        for (i, e) in corpus.timeline.entries.enumerated() {
            if e.track != track {
                track = e.track
                lines.append(PaneLine(DisplayWidth.pad("\(e.track) talks", to: width), style: Style(.title, attributes: .bold)))
            }
            lineOfEntry.append(lines.count)
            // What the date is, in the column before it: `~` only planned, `▸` under way, `×`
            // put off or called off; held rounds have none. The round's view says it in words.
            let date = HumanDate.format(e.date) + (e.hasConflict ? " ≠" : "")
            let row = Columns.row(
                String(format: "%3d ", e.number) + Self.mark(e) + date,
                [(e.place ?? "", 8, .leading), ("\(e.documents.count)▤", countWidth, .trailing)], width: width)
            var runs: [PaneLine.Run] = []
            if e.hasConflict, let r = columnRange(of: "≠", in: row) {
                runs.append(.init(columns: r, style: Style(.match, attributes: .bold)))
            }
            if e.date == nil, let r = columnRange(of: "—", in: row) { runs.append(.init(columns: r, style: Style(.dim))) }
            if e.date != nil, e.dateStatus == .planned || e.status == .planned || e.status == .postponed || e.status == .cancelled {
                // A date that is only a plan is dimmed with its mark.
                let start = DisplayWidth.of(String(format: "%3d ", e.number))
                runs.append(.init(columns: start..<(start + 1 + DisplayWidth.of(date)), style: Style(.dim)))
            }
            lines.append(PaneLine(row, runs: runs, item: i))
        }
        if lines.isEmpty { lines.append(PaneLine("No rounds found in this corpus.", style: Style(.dim))) }
        return Model(lines: lines, lineOfEntry: lineOfEntry)
    }

    /// The one-column mark of what a round's date is: "~" planned (its date claims say so, or
    /// the round itself is only planned, whatever tense its date was given in), "▸" under way,
    /// "×" postponed or cancelled, " " held or unknown.
    static func mark(_ e: TimelineEntry) -> String {
        switch e.status {
        case .postponed, .cancelled: return "×"
        default: break
        }
        switch e.dateStatus {
        case .planned: return "~"
        case .underWay: return "▸"
        default: return e.status == .planned ? "~" : " "
        }
    }

    /// Display columns of the first occurrence of `needle` in `text`.
    static func columnRange(of needle: String, in text: String) -> Range<Int>? {
        guard let r = text.range(of: needle) else { return nil }
        let start = DisplayWidth.of(text[..<r.lowerBound])
        return start..<(start + DisplayWidth.of(text[r]))
    }
}
