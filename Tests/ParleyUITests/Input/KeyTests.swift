import Testing

@testable import ParleyUI

@Suite struct KeyTests {
    @Test func keysAreValuesWithReadableNames() {
        let keys: Set<Key> = [.character("q"), .ctrl("c"), .function(5), .mouse(MouseEvent(.click, x: 1, y: 2)), .character("q")]
        #expect(keys.count == 4)
        #expect(Key.character(" ").description == "Space")
        #expect(Key.ctrl("c").description == "Ctrl-C")
        #expect(Key.pageDown.description == "PgDn")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.function(12).description == "F12")
        #expect(Key.mouse(MouseEvent(.wheelDown, x: 3, y: 4)).description == "WheelDown(3,4)")
        #expect(Key.unknown(999).description == "Key(999)")
    }
}
