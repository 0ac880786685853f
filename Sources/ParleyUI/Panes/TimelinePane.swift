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
            let date = HumanDate.format(e.date) + (e.hasConflict ? " ≠" : "")
            let row = Columns.row(
                String(format: "%3d  ", e.number) + date,
                [(e.place ?? "", 8, .leading), ("\(e.documents.count)▤", countWidth, .trailing)], width: width)
            var runs: [PaneLine.Run] = []
            if e.hasConflict, let r = columnRange(of: "≠", in: row) {
                runs.append(.init(columns: r, style: Style(.match, attributes: .bold)))
            }
            if e.date == nil, let r = columnRange(of: "—", in: row) { runs.append(.init(columns: r, style: Style(.dim))) }
            lines.append(PaneLine(row, runs: runs, item: i))
        }
        if lines.isEmpty { lines.append(PaneLine("No rounds found in this corpus.", style: Style(.dim))) }
        return Model(lines: lines, lineOfEntry: lineOfEntry)
    }

    /// Display columns of the first occurrence of `needle` in `text`.
    static func columnRange(of needle: String, in text: String) -> Range<Int>? {
        guard let r = text.range(of: needle) else { return nil }
        let start = DisplayWidth.of(text[..<r.lowerBound])
        return start..<(start + DisplayWidth.of(text[r]))
    }
}
