import Testing

@testable import ParleyUI

@Suite struct ScreenBufferTests {
    @Test func blankBufferLines() {
        let buffer = ScreenBuffer(size: Size(width: 3, height: 2))
        #expect(buffer.lines == ["   ", "   "])
    }

    @Test func putWritesTextAndReturnsNextColumn() {
        var buffer = ScreenBuffer(size: Size(width: 8, height: 1))
        let end = buffer.put("北京ab", x: 1, y: 0)
        #expect(end == 7)
        #expect(buffer.lines == [" 北京ab "])
        #expect(buffer[1, 0].grapheme == "北")
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].grapheme == "京")
    }

    @Test func putClipsAtRectEdges() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 3))
        let clip = Rect(x: 3, y: 1, width: 4, height: 1)
        buffer.put("abcdefghij", x: 2, y: 1, clip: clip)
        buffer.put("outside", x: 0, y: 0, clip: clip)
        buffer.put("outside", x: 0, y: 2, clip: clip)
        #expect(buffer.lines == ["          ", "   bcde   ", "          "])
    }

    @Test func wideCharacterAtTheLastColumnBecomesASpace() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        buffer.put("ab北", x: 2, y: 0)
        #expect(buffer.lines == ["  ab "])
        #expect(buffer[4, 0] == Cell(" "))

        var clipped = ScreenBuffer(size: Size(width: 6, height: 1))
        clipped.put("xx北", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(clipped.lines == ["xx    "])
        #expect(!clipped[3, 0].isContinuation)
    }

    @Test func wideCharacterStraddlingTheLeftEdgeBecomesASpace() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1), filledWith: Cell("."))
        buffer.put("北a", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 4, height: 1))
        #expect(buffer.lines == [". a.."])
        buffer.put("北", x: -1, y: 0)
        #expect(buffer.lines == ["  a.."])
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
        buffer.put("北京", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines == [" x京"])
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.lines == [" xy "])
        buffer.put("和", x: 1, y: 0)
        buffer.put("平", x: 2, y: 0)
        #expect(buffer.lines == ["  平"])
    }

    @Test func controlCharactersArePlaceholdersAndZeroWidthIsSkipped() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        buffer.put("\u{1B}[1m\na\u{200B}b", x: 0, y: 0)
        #expect(buffer.lines == ["␛[1m␊ab   "])
    }

    @Test func fillAndStyle() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 2))
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 5), with: "#", style: Style(.chip))
        #expect(buffer.lines == [" ## ", " ## "])
        #expect(buffer[1, 1].style == Style(.chip))
        buffer.fill(buffer.bounds, with: "北")  // not one cell wide: spaces
        #expect(buffer.lines == ["    ", "    "])
        buffer.put("北", x: 0, y: 0)
        buffer.setStyle(Style(.match), in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(buffer[0, 0].style == buffer[1, 0].style)
    }

    @Test func box() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 3))
        buffer.drawBox(buffer.bounds, title: "和平 talks")
        #expect(buffer.lines == ["┌─ 和平 t…─┐", "│          │", "└──────────┘"])
        var tiny = ScreenBuffer(size: Size(width: 1, height: 1))
        tiny.drawBox(tiny.bounds, title: "x")
        #expect(tiny.lines == [" "])
    }

    @Test func diffOfEqualBuffersIsEmpty() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 2))
        buffer.put("hello", x: 0, y: 1)
        #expect(buffer.changes(from: buffer).isEmpty)
    }

    @Test func diffReturnsOnlyChangedCells() {
        var old = ScreenBuffer(size: Size(width: 10, height: 3))
        old.put("peace talks", x: 0, y: 1)
        var new = old
        new.put("P", x: 0, y: 1)
        new.put("T", x: 6, y: 1)
        new.put("!", x: 9, y: 2)
        let runs = new.changes(from: old)
        #expect(
            runs == [
                ScreenBuffer.Run(y: 1, x: 0, cells: [Cell("P")]),
                ScreenBuffer.Run(y: 1, x: 6, cells: [Cell("T")]),
                ScreenBuffer.Run(y: 2, x: 9, cells: [Cell("!")]),
            ])
        var styled = old
        styled.setStyle(Style(.match), in: Rect(x: 2, y: 1, width: 2, height: 1))
        #expect(styled.changes(from: old).map { [$0.y, $0.x, $0.cells.count] } == [[1, 2, 2]])
    }

    @Test func diffKeepsWideCharactersWhole() {
        var old = ScreenBuffer(size: Size(width: 6, height: 1))
        old.put("ab北cd", x: 0, y: 0)
        var new = old
        new.put("京", x: 2, y: 0)
        #expect(new.changes(from: old) == [ScreenBuffer.Run(y: 0, x: 2, cells: [Cell("京"), .continuation(style: .normal)])])
        // Replacing the right half of a wide character redraws from its left half.
        var half = old
        half.put("x", x: 3, y: 0)
        let runs = half.changes(from: old)
        #expect(runs.count == 1)
        #expect(runs[0].x == 2)
        #expect(runs[0].cells.map(\.grapheme) == [" ", "x"])
    }

    @Test func diffAfterResizeCoversEverything() {
        let old = ScreenBuffer(size: Size(width: 3, height: 2))
        let new = ScreenBuffer(size: Size(width: 4, height: 3))
        let runs = new.changes(from: old)
        #expect(runs.count == 3)
        #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 4 })
    }

    @Test func randomPutsKeepInvariantsAtRandomSizes() {
        var rng = SplitMix64(seed: 0x5EED_0004)
        var sizes = [Size(width: 1, height: 1), Size(width: 2, height: 1), Size(width: 1, height: 3)]
        for _ in 0..<300 {
            sizes.append(Size(width: Int.random(in: 1...40, using: &rng), height: Int.random(in: 1...8, using: &rng)))
        }
        for size in sizes {
            var buffer = ScreenBuffer(size: size)
            for _ in 0..<12 {
                let text = SampleText.random(using: &rng)
                let point = Point(x: Int.random(in: -3...size.width, using: &rng), y: Int.random(in: -1...size.height, using: &rng))
                let clip =
                    Bool.random(using: &rng)
                    ? nil
                    : Rect(
                        x: Int.random(in: -2...size.width, using: &rng), y: Int.random(in: -2...size.height, using: &rng),
                        width: Int.random(in: 0...size.width + 2, using: &rng), height: Int.random(in: 0...size.height + 2, using: &rng))
                let before = buffer
                buffer.put(text, at: point, style: Style(.person), clip: clip)
                checkInvariants(buffer)
                // Nothing changes outside the clip, except the other half of a wide
                // character whose one half the write covered, which becomes a space.
                let area = (clip ?? buffer.bounds).intersection(buffer.bounds)
                for y in 0..<size.height {
                    for x in 0..<size.width where !area.contains(x: x, y: y) && buffer[x, y] != before[x, y] {
                        let leftHalfOfCovered = x + 1 < size.width && before[x + 1, y].isContinuation && area.contains(x: x + 1, y: y)
                        let rightHalfOfCovered = before[x, y].isContinuation && area.contains(x: x - 1, y: y)
                        #expect(
                            leftHalfOfCovered || rightHalfOfCovered,
                            "(\(x), \(y)) changed: \(text.debugDescription) at \(point) clip \(String(describing: clip)) in \(size)")
                        #expect(buffer[x, y].grapheme == " ")
                    }
                }
            }
        }
    }

    @Test func textOfSimpleScalarsIsPlacedAsClustersWouldBe() {
        // A zero-width space at the end sends the same text down the cluster path (it is not
        // simple, and it takes no cell), so both paths must leave the same cells.
        let alphabet: [String] = ["a", " ", "│", "…", "◆", "◽", "é", "—", "“", "→", "␛", "\u{FFFD}", "▤", "─"]
        var rng = SplitMix64(seed: 0x5EED_0006)
        for _ in 0..<500 {
            let size = Size(width: Int.random(in: 1...24, using: &rng), height: 2)
            let text = (0..<Int.random(in: 0...20, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
                .joined()
            let point = Point(x: Int.random(in: -4...size.width, using: &rng), y: Int.random(in: 0...1, using: &rng))
            let clip = Rect(
                x: Int.random(in: -2...size.width, using: &rng), y: 0, width: Int.random(in: 0...size.width + 2, using: &rng), height: 2)
            var base = ScreenBuffer(size: size)
            base.put("日本語 wide", at: Point(x: 0, y: point.y))
            var byScalars = base
            var byClusters = base
            let end = byScalars.put(text, at: point, clip: clip)
            #expect(DisplayWidth.isSimple(text))
            #expect(byClusters.put(text + "\u{200B}", at: point, clip: clip) == end)
            #expect(byScalars == byClusters, "\(text.debugDescription) at \(point) in \(size)")
            checkInvariants(byScalars)
        }
    }

    @Test func randomDiffsCoverExactlyTheChanges() {
        var rng = SplitMix64(seed: 0x5EED_0005)
        for _ in 0..<300 {
            let size = Size(width: Int.random(in: 1...30, using: &rng), height: Int.random(in: 1...5, using: &rng))
            var old = ScreenBuffer(size: size)
            for _ in 0..<5 {
                old.put(
                    SampleText.random(using: &rng), x: Int.random(in: 0..<size.width, using: &rng),
                    y: Int.random(in: 0..<size.height, using: &rng))
            }
            var new = old
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                new.put(
                    SampleText.random(using: &rng, maxPieces: 3), x: Int.random(in: 0..<size.width, using: &rng),
                    y: Int.random(in: 0..<size.height, using: &rng), style: Style(.match))
            }
            let runs = new.changes(from: old)
            var covered = Set<Int>()
            for run in runs {
                #expect(!run.cells.isEmpty)
                #expect(!new[run.x, run.y].isContinuation && !old[run.x, run.y].isContinuation)
                let end = run.x + run.cells.count
                #expect(end <= size.width)
                if end < size.width {
                    #expect(!new[end, run.y].isContinuation && !old[end, run.y].isContinuation)
                }
                for (offset, cell) in run.cells.enumerated() {
                    #expect(cell == new[run.x + offset, run.y])
                    covered.insert(run.y * size.width + run.x + offset)
                }
            }
            for y in 0..<size.height {
                for x in 0..<size.width where new[x, y] != old[x, y] {
                    #expect(covered.contains(y * size.width + x))
                }
            }
            // Runs only reach unchanged cells to keep wide characters whole.
            for index in covered where new.cells[index] == old.cells[index] {
                let x = index % size.width
                let y = index / size.width
                let nearWide = [x - 1, x, x + 1].contains {
                    $0 >= 0 && $0 < size.width && (new[$0, y].isContinuation || old[$0, y].isContinuation)
                }
                #expect(nearWide, "unchanged cell (\(x), \(y)) in a run")
            }
        }
    }

    private func checkInvariants(_ buffer: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        let size = buffer.size
        #expect(buffer.lines.count == size.height, sourceLocation: sourceLocation)
        for (y, line) in buffer.lines.enumerated() {
            #expect(DisplayWidth.of(line) == size.width, "line \(y) \(line.debugDescription) in \(size)", sourceLocation: sourceLocation)
            #expect(Sanitizer.isSafe(line), sourceLocation: sourceLocation)
            for x in 0..<size.width {
                let cell = buffer[x, y]
                if cell.isContinuation {
                    #expect(
                        x > 0 && DisplayWidth.of(buffer[x - 1, y].grapheme) == 2 && !buffer[x - 1, y].isContinuation,
                        sourceLocation: sourceLocation)
                } else {
                    let width = DisplayWidth.of(cell.grapheme)
                    #expect(cell.grapheme.count == 1, sourceLocation: sourceLocation)
                    if width == 2 {
                        #expect(x + 1 < size.width && buffer[x + 1, y].isContinuation, sourceLocation: sourceLocation)
                    } else {
                        #expect(width == 1, "\(cell.grapheme.debugDescription)", sourceLocation: sourceLocation)
                    }
                }
            }
        }
    }
}
