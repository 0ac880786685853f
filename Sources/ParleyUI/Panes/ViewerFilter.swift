import ParleyModel

/// `&` in the source's lists: only the items whose row holds the text (case and accents
/// folded), the rows around them (headings, the round's date) kept. Stored with the view it
/// was typed in, so opening another round or actor starts unfiltered.
public struct ViewerFilter: Sendable, Hashable {
    public var content: ViewerContent
    public var text: String

    public init(content: ViewerContent, text: String) {
        self.content = content
        self.text = text
    }

    /// `model` with only the matching items, numbered again in order (rows, targets and
    /// where each starts agree); the model itself when the text is empty.
    func apply(to model: ViewerPane.Model) -> ViewerPane.Model {
        let wanted = TextFolding.fold(text)
        guard !wanted.isEmpty, model.isList else { return model }
        let texts = model.lines.texts()
        var keep = [Bool](repeating: false, count: model.targets.count)
        for (k, line) in model.lines.enumerated() {
            if let item = line.item, keep.indices.contains(item), !keep[item], TextFolding.fold(texts[k]).contains(wanted) {
                keep[item] = true
            }
        }
        var renumbered = [Int?](repeating: nil, count: model.targets.count)
        var targets: [ViewerTarget] = []
        for (i, target) in model.targets.enumerated() where keep[i] {
            renumbered[i] = targets.count
            targets.append(target)
        }
        var lines: [PaneLine] = []
        var lineOfItem = [Int](repeating: 0, count: targets.count)
        var placed = Set<Int>()
        for line in model.lines {
            guard let item = line.item else {
                lines.append(line)
                continue
            }
            guard let n = renumbered.indices.contains(item) ? renumbered[item] : nil else { continue }
            if placed.insert(n).inserted { lineOfItem[n] = lines.count }
            var row = line
            row.item = n
            lines.append(row)
        }
        if targets.isEmpty { lines.append(PaneLine("Nothing here holds “\(text)”: Esc clears the filter.", style: Style(.dim))) }
        var filtered = model
        filtered.lines = PaneLines(lines)
        filtered.targets = targets
        filtered.lineOfItem = lineOfItem
        filtered.title += " · &\(text): \(targets.count.thousandsGrouped()) of \(model.targets.count.thousandsGrouped())"
        return filtered
    }
}
