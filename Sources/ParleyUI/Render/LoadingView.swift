import ParleyModel

/// The screen shown while a corpus loads: what is being done, a bar, and how to give up.
public enum LoadingView {
    /// Draws the loading screen for a folder at a size. Pure, like `render`.
    public static func render(_ progress: LoadProgress, folder: String, size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.width > 0, size.height > 0 else { return buffer }
        let width = max(1, min(60, size.width - 4))
        let filled = Int((progress.fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let lines: [(String, Style)] = [
            ("Parley", Style(.title, attributes: .bold)),
            (Sanitizer.sanitize(folder, newlines: .placeholder), Style(.dim)),
            ("", .normal),
            (progress.label + "…", .normal),
            (bar, Style(.chip)),
            ("", .normal),
            ("q quits", Style(.dim)),
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, (line, style)) in lines.enumerated() where top + i < size.height {
            let text = DisplayWidth.truncate(line, to: size.width)
            let x = max(0, (size.width - DisplayWidth.of(text)) / 2)
            _ = buffer.put(text, x: x, y: top + i, style: style)
        }
        return buffer
    }
}
