import CNcursesw
import ParleyUI

/// Turns what ncurses' `get_wch` and `getmouse` return into ``ParleyUI/Key`` values.
///
/// Pure functions of the raw codes, so they are tested without a terminal.
public enum KeyDecoder {
    /// Decodes one `get_wch` result: `status` is its return value (`OK`, `KEY_CODE_YES` or
    /// `ERR`) and `value` the character or key code it stored. `ERR` (no input) gives `nil`.
    /// `KEY_MOUSE` gives `.unknown(KEY_MOUSE)`: the caller must fetch the event with
    /// `getmouse` and use ``decodeMouse(x:y:buttons:)``.
    public static func decode(status: Int32, value: UInt32) -> Key? {
        switch status {
        case OK: return decode(character: value)
        case KEY_CODE_YES: return decode(keyCode: Int32(bitPattern: value))
        default: return nil
        }
    }

    /// Decodes a character read by `get_wch` (status `OK`).
    ///
    /// Control codes: 9 is Tab, 10 and 13 Enter, 27 Escape, 8 and 127 Backspace (terminals
    /// send either for the Backspace key), 0 is Ctrl-@ (Ctrl-Space), 1–26 otherwise Ctrl plus
    /// a lower-case letter, 28–31 Ctrl-\ Ctrl-] Ctrl-^ Ctrl-_. C1 codes and values that are
    /// not Unicode scalars are `.unknown`.
    public static func decode(character value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + value))))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        case 0x80...0x9F: return .unknown(Int32(bitPattern: value))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int32(bitPattern: value)) }
            return .character(Character(scalar))
        }
    }

    /// Decodes a key code read by `get_wch` (status `KEY_CODE_YES`).
    public static func decode(keyCode code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        default:
            let functionKey = Int(code - KEY_F0)
            if (1...12).contains(functionKey) && code == parley_key_f(Int32(functionKey)) {
                return .function(functionKey)
            }
            return .unknown(code)
        }
    }

    /// Decodes a mouse event from `getmouse`: column `x`, row `y` and the `bstate` button
    /// mask. A press or click of button 1 is a click, a press of button 4 or 5 a wheel turn;
    /// anything else (releases, other buttons) gives `nil`.
    public static func decodeMouse(x: Int32, y: Int32, buttons: UInt) -> Key? {
        let state = mmask_t(truncatingIfNeeded: buttons)
        let kind: MouseEvent.Kind
        if state & parley_button4_pressed() != 0 {
            kind = .wheelUp
        } else if state & parley_button5_pressed() != 0 {
            kind = .wheelDown
        } else if state & (parley_button1_clicked() | parley_button1_pressed()) != 0 {
            kind = .click
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
    }
}
