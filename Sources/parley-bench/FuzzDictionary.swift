import ArgumentParser
import Foundation
import ParleyModel
import ParleyUI

/// `parley-bench fuzz-dictionary loader|dashboard`: a libFuzzer dictionary of the tokens that
/// reach the targets' deep paths, made from what the code reads, so that it keeps up with it:
/// for the loader every word, phrase and value of the lexicon files (ordinals, month names,
/// titles, round nouns...), the world gazetteer's short names, the front-matter, catalog and
/// gazetteer keys, and bytes the decoder treats apart (BOM, invalid UTF-8, CR); for the
/// dashboard every bound key as its byte (`KeyBytes`) and key sequences that open the views.
/// `scripts/fuzz` writes them before each run.
struct FuzzDictionary: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fuzz-dictionary", shouldDisplay: false)

    enum Target: String, ExpressibleByArgument { case loader, dashboard }

    @Argument var target: Target

    func run() throws {
        let entries = target == .loader ? Self.loaderEntries() : Self.dashboardEntries()
        var seen = Set<[UInt8]>()
        var out = "# Made by parley-bench fuzz-dictionary \(target.rawValue); do not edit.\n"
        for e in entries where !e.isEmpty && e.count <= 64 && seen.insert(e).inserted {
            out += "\"" + Self.escaped(e) + "\"\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func loaderEntries() -> [[UInt8]] {
        var texts: [String] = []
        for file in Lexicons.builtIn.files {
            for c in file.classes {
                for w in c.words { texts += [w.text, w.text.prefix(1).uppercased() + w.text.dropFirst()] }
                texts += c.phrases.map(\.text)
                texts += c.values.map(\.text)
            }
        }
        // Short names the matcher knows (states, bodies, capitals), not every alias.
        for e in Gazetteer.world().entries where e.name.split(separator: " ").count <= 2 {
            texts.append(e.name)
            texts += e.demonyms.prefix(1)
            texts += e.capital.map { [$0] } ?? []
        }
        texts += ["---\n", "...\n", "title: ", "outlet: ", "date: ", "url: ", "place: ", "\"2019-12-11\"", "2017-05", "actors:\n"]
        texts += ["- name: ", "  type: person\n", "aliases: [", "]", "affiliation: ", "side: guarantor", "capital: ", "capital-names: "]
        texts += ["demonyms: ", "metonyms: ", "outlet: true", "&a ", "*a", "!!str ", "{", "}", "? ", ": ", "\t", "#"]
        texts += [
            "round", "rounds", "talks", "Astana-8", "21st", "twenty-first", " of talks", "U.N.", "al-", "'s", "n't", "\u{201C}", "\u{2014}",
        ]
        var bytes = texts.map { Array($0.utf8) }
        bytes += [[0xEF, 0xBB, 0xBF], [0xFF], [0xC3], [0xE2, 0x80], [0x0D, 0x0A], [0x0D], [0x00], [0x1B, 0x5B], [0xEF, 0xBF, 0xBD]]
        return bytes
    }

    static func dashboardEntries() -> [[UInt8]] {
        var out: [[UInt8]] = []
        for binding in KeyMap.standard.bindings + KeyMap.standard.promptBindings {
            for key in binding.keys { if let b = KeyBytes.byte(key) { out.append([b]) } }
        }
        // Sequences that open views and prompts and answer them.
        for s in [
            "/talks\r", "/Russia\r", "s", "\t\t", "M", "c", "B", "b\r", "m\r", "r\r", "x", "u", "U", "E", "?", "\u{1B}", "1", "2", "3",
            "gG",
        ] {
            out.append(Array(s.utf8))
        }
        return out
    }

    /// A dictionary entry's bytes in libFuzzer's quoting: printable ASCII as is, `\\`, `\"`
    /// and every other byte as `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var s = ""
        for b in bytes {
            switch b {
            case 0x5C: s += "\\\\"
            case 0x22: s += "\\\""
            case 0x20..<0x7F: s += String(UnicodeScalar(b))
            default: s += String(format: "\\x%02X", b)
            }
        }
        return s
    }
}
