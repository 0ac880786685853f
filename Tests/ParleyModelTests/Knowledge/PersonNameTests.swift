import ParleyModel
import Testing

struct PersonNameTests {
    /// The one-pass test agrees with the full edit distance, over random short words from a
    /// small alphabet (so that near misses are common) and a few non-ASCII ones.
    @Test func withinOneEditAgreesWithEditDistance() {
        var rng = SeededRandom(seed: 7)
        let letters = Array("abcd")
        func word() -> String { String((0..<rng.below(6)).map { _ in letters[rng.below(letters.count)] }) }
        for _ in 0..<5_000 {
            let a = word()
            let b = word()
            #expect(PersonName.isWithinOneEdit(a, b) == (PersonName.editDistance(a, b) <= 1), "\(a) / \(b)")
        }
        #expect(PersonName.isWithinOneEdit("önal", "onal"))
        #expect(!PersonName.isWithinOneEdit("önal", "ona"))
        #expect(PersonName.isWithinOneEdit("lavrentiev", "lavrentev"))
    }
}
