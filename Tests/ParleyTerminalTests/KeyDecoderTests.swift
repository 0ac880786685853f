import CNcursesw
import ParleyUI
import Testing

@testable import ParleyTerminal

@Suite struct KeyDecoderTests {
    @Test func printableCharacters() {
        #expect(KeyDecoder.decode(character: 0x61) == .character("a"))
        #expect(KeyDecoder.decode(character: 0x51) == .character("Q"))
        #expect(KeyDecoder.decode(character: 0x20) == .character(" "))
        #expect(KeyDecoder.decode(character: 0xE9) == .character("é"))
        #expect(KeyDecoder.decode(character: 0x5317) == .character("北"))
        #expect(KeyDecoder.decode(character: 0x1F44D) == .character("👍"))
    }

    @Test func controlCodes() {
        #expect(KeyDecoder.decode(character: 27) == .escape)
        #expect(KeyDecoder.decode(character: 13) == .enter)
        #expect(KeyDecoder.decode(character: 10) == .enter)
        #expect(KeyDecoder.decode(character: 9) == .tab)
        #expect(KeyDecoder.decode(character: 127) == .backspace)
        #expect(KeyDecoder.decode(character: 8) == .backspace)
        #expect(KeyDecoder.decode(character: 1) == .ctrl("a"))
        #expect(KeyDecoder.decode(character: 3) == .ctrl("c"))
        #expect(KeyDecoder.decode(character: 26) == .ctrl("z"))
        #expect(KeyDecoder.decode(character: 0) == .ctrl("@"))
        #expect(KeyDecoder.decode(character: 28) == .ctrl("\\"))
        #expect(KeyDecoder.decode(character: 31) == .ctrl("_"))
        #expect(KeyDecoder.decode(character: 0x9B) == .unknown(0x9B))
        #expect(KeyDecoder.decode(character: 0xD800) == .unknown(0xD800))  // not a scalar
    }

    @Test func keyCodes() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
            (KEY_RESIZE, .resize),
        ]
        for (code, key) in expected {
            #expect(KeyDecoder.decode(keyCode: code) == key)
        }
        for n in Int32(1)...12 {
            #expect(KeyDecoder.decode(keyCode: parley_key_f(n)) == .function(Int(n)))
        }
        #expect(KeyDecoder.decode(keyCode: parley_key_f(13)) == .unknown(parley_key_f(13)))
        #expect(KeyDecoder.decode(keyCode: KEY_F0) == .unknown(KEY_F0))
        #expect(KeyDecoder.decode(keyCode: KEY_MOUSE) == .unknown(KEY_MOUSE))
    }

    @Test func getWchResults() {
        #expect(KeyDecoder.decode(status: OK, value: 0x71) == .character("q"))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(KEY_DOWN)) == .down)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(KEY_RESIZE)) == .resize)
        #expect(KeyDecoder.decode(status: ERR, value: 0) == nil)
    }

    @Test func mouse() {
        #expect(KeyDecoder.decodeMouse(x: 3, y: 4, buttons: UInt(parley_button1_pressed())) == .mouse(MouseEvent(.click, x: 3, y: 4)))
        #expect(KeyDecoder.decodeMouse(x: 0, y: 0, buttons: UInt(parley_button1_clicked())) == .mouse(MouseEvent(.click, x: 0, y: 0)))
        #expect(KeyDecoder.decodeMouse(x: 5, y: 6, buttons: UInt(parley_button4_pressed())) == .mouse(MouseEvent(.wheelUp, x: 5, y: 6)))
        #expect(KeyDecoder.decodeMouse(x: 5, y: 6, buttons: UInt(parley_button5_pressed())) == .mouse(MouseEvent(.wheelDown, x: 5, y: 6)))
        #expect(KeyDecoder.decodeMouse(x: 1, y: 1, buttons: UInt(parley_button1_released())) == nil)
        #expect(KeyDecoder.decodeMouse(x: 1, y: 1, buttons: 0) == nil)
    }
}
