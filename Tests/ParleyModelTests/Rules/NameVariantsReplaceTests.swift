import Foundation
import Testing

@testable import ParleyModel

/// The name rules' own literal replace does what Foundation's did, on names of every script.
struct NameVariantsReplaceTests {
    @Test func replacingAllIsFoundationsLiteralReplace() {
        let words = ["lavrentyev", "yevgeny", "mohammed", "mukhammad", "ayyyy", "yy", "", "y", "zhaïnakov", "ölçer", "абвгд", "kh", "khkh"]
        let rules = [("y", "i"), ("yy", "y"), ("kh", "h"), ("mm", "m"), ("ï", "i"), ("б", "b"), ("yev", "ev"), ("zh", "j")]
        for w in words {
            for (from, to) in rules {
                #expect(
                    NameVariants.replacingAll(in: w, from, with: to) == w.replacingOccurrences(of: from, with: to), "\(w): \(from) → \(to)")
            }
        }
    }
}
