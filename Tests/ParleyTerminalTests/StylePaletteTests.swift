import ParleyUI
import Testing

@testable import ParleyTerminal

@Suite struct StylePaletteTests {
    @Test func monochromeTellsTheImportantRolesApart() {
        func look(_ role: Style.Role) -> Style.Attributes {
            StylePalette.attributes(for: Style(role), mode: .monochrome)
        }
        #expect(look(.normal) == [])
        #expect(look(.selection).contains(.reverse))
        #expect(look(.focusedSelection) != look(.selection))
        #expect(look(.match) != look(.currentMatch))
        #expect(look(.match) != [])
        #expect(look(.statusBar).contains(.reverse))
        #expect(look(.title).contains(.bold))
        #expect(look(.dim) == .dim)
        #expect(StylePalette.attributes(for: Style(.normal, attributes: .underline), mode: .monochrome) == .underline)
    }

    @Test func coloursStayWithinTheTerminalsRange() {
        for (count, range) in [(8, Int16(-1)...7), (16, Int16(-1)...15), (256, Int16(-1)...15)] {
            for role in Style.Role.allCases {
                let colors = StylePalette.colors(for: role, colorCount: count, defaultColors: true)
                #expect(range.contains(colors.foreground) && range.contains(colors.background), "\(role) with \(count) colours")
                let noDefaults = StylePalette.colors(for: role, colorCount: count, defaultColors: false)
                #expect(noDefaults.foreground >= 0 && noDefaults.background >= 0)
            }
        }
        let normal = StylePalette.colors(for: .normal, colorCount: 256, defaultColors: true)
        #expect(normal.foreground == -1 && normal.background == -1)
        // The two selections and the two matches look different in 8 colours too.
        let selection = StylePalette.colors(for: .selection, colorCount: 8, defaultColors: true)
        let focused = StylePalette.colors(for: .focusedSelection, colorCount: 8, defaultColors: true)
        #expect(selection != focused)
        let match = StylePalette.colors(for: .match, colorCount: 8, defaultColors: true)
        let current = StylePalette.colors(for: .currentMatch, colorCount: 8, defaultColors: true)
        #expect(match != current)
    }
}
