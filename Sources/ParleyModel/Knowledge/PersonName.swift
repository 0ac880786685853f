/// Comparing people's names: "Bashar al-Assad" = "Bashar Assad", "Mohammed Alloush" ~
/// "Mohammad Alloush" (by `NameVariants`), and the short forms a later mention may use
/// ("Alloush", "de Mistura").
public enum PersonName {
    /// Folded name words without particles: the identity of a spelling.
    public static func key(_ name: String) -> String {
        words(name).joined(separator: " ")
    }

    static func words(_ name: String) -> [String] { NameVariants.builtIn.words(name) }

    /// One person's two spellings, by the table of `person-names.yaml` (`NameVariants`).
    public static func areVariants(_ a: String, _ b: String) -> Bool {
        NameVariants.builtIn.areVariants(a, b)
    }

    /// `areVariants` of two names already split into `words`.
    static func areVariants(_ wa: [String], _ wb: [String]) -> Bool {
        NameVariants.builtIn.areVariants(wa, wb)
    }

    /// Later forms of a full name: the surname ("Alloush"), and with its particle ("de Mistura").
    public static func shortForms(_ name: String) -> [String] {
        let tokens = Tokenizer.tokenize(name).filter { $0.kind == .word }
        guard tokens.count >= 2, let last = tokens.last, last.folded.count >= 3, last.isCapitalized else { return [] }
        let lastText = String(name.utf8Slice(last.range))
        var forms = [lastText]
        if tokens.count >= 3, Lexicons.builtIn.nameParticles.contains(tokens[tokens.count - 2].word) {
            let p = tokens[tokens.count - 2]
            forms.append(String(name.utf8Slice(p.start..<last.end)))
        }
        return forms
    }

    /// Levenshtein distance over characters; names are short.
    /// `editDistance(a, b) <= 1`, in one pass without allocating when both are ASCII (search
    /// asks it of every actor name at each key).
    public static func isWithinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = a.utf8
        let y = b.utf8
        guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else { return editDistance(a, b) <= 1 }
        guard abs(x.count - y.count) <= 1 else { return false }
        var i = x.startIndex
        var j = y.startIndex
        var edits = 0
        while i != x.endIndex, j != y.endIndex {
            if x[i] == y[j] {
                x.formIndex(after: &i)
                y.formIndex(after: &j)
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count {
                x.formIndex(after: &i)
            } else if y.count > x.count {
                y.formIndex(after: &j)
            } else {
                x.formIndex(after: &i)
                y.formIndex(after: &j)
            }
        }
        let rest = x.distance(from: i, to: x.endIndex) + y.distance(from: j, to: y.endIndex)
        return edits + rest <= 1
    }

    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = prev
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}
