import ParleyModel

/// The plain message shown below the smallest usable size.
enum TooSmallView {
    static func draw(into buffer: inout ScreenBuffer) {
        let size = buffer.size
        guard size.width > 0, size.height > 0 else { return }
        let need = Layout.minimum
        let lines = ["Terminal too small", "need \(need.width)×\(need.height), have \(size.width)×\(size.height)", "q quits"]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let text = DisplayWidth.truncate(line, to: size.width)
            let x = max(0, (size.width - DisplayWidth.of(text)) / 2)
            _ = buffer.put(text, x: x, y: top + i, style: i == 0 ? Style(.title, attributes: .bold) : .normal)
        }
    }
}
