import Foundation
import Testing

@testable import ParleyModel

/// A saved span found again after its file changed, by its quote and context.
struct AnchoredSpanTests {
    static let text = "The envoy Omar Said met Omar Said's deputy. Later Omar Said left."
    static func doc(_ t: String) -> Document { Document(id: "a.txt", text: t) }
    static func anchor(_ needle: String, occurrence: Int = 0) -> AnchoredSpan {
        let bytes = Array(text.utf8)
        let starts = AnchoredSpan.occurrences(of: Array(needle.utf8), in: bytes)
        let s = starts[occurrence]
        return AnchoredSpan(TextSpan(document: "a.txt", start: s, end: s + needle.utf8.count), in: doc(text))
    }

    @Test func anUnchangedFileGivesTheSameRange() {
        let a = Self.anchor("Omar Said", occurrence: 1)
        #expect(a.quote == "Omar Said")
        #expect(a.before.hasSuffix("met "))
        #expect(a.locate(in: Self.doc(Self.text)) == .exact(a.span))
    }

    @Test func anEditBeforeItMovesItAndItIsFoundByItsContext() {
        let a = Self.anchor("Omar Said", occurrence: 2)
        let edited = "UPDATED: " + Self.text
        guard case .moved(let s) = a.locate(in: Self.doc(edited)) else {
            Issue.record("not found again")
            return
        }
        #expect(s.start == a.span.start + 9)
        #expect(Array(edited.utf8)[s.start..<s.end].elementsEqual(Array("Omar Said".utf8)))
    }

    @Test func aQuoteThatIsGoneIsLost() {
        let a = Self.anchor("Omar Said", occurrence: 0)
        #expect(a.locate(in: Self.doc("The envoy left.")) == .lost)
        #expect(a.locate(in: nil) == .lost)
    }

    @Test func aQuoteOccurringOftenWithItsContextGoneIsLostNotGuessed() {
        let a = Self.anchor("Omar Said", occurrence: 1)
        // Three copies, none beside the words that stood around the saved one.
        #expect(a.locate(in: Self.doc("X Omar Said Y. Z Omar Said W. Q Omar Said R.")) == .lost)
        // One copy beside none of its context: another passage, not this one.
        #expect(a.locate(in: Self.doc("Only Omar Said is here.")) == .lost)
        // Its words after it kept, those before it edited: found.
        let edited = Self.text.replacingOccurrences(of: "The envoy Omar Said met ", with: "The envoy Omar Said greeted ")
        guard case .moved(let s) = a.locate(in: Self.doc(edited)) else {
            Issue.record("a copy beside the context after it should be found")
            return
        }
        #expect(s.start == a.span.start + 4)
    }

    @Test func contextIsCutAtWholeCharacters() {
        let t = String(repeating: "é", count: 40) + "Name" + String(repeating: "ü", count: 40)
        let start = 80
        let a = AnchoredSpan(TextSpan(document: "a.txt", start: start, end: start + 4), in: Self.doc(t))
        #expect(a.quote == "Name")
        #expect(a.before.allSatisfy { $0 == "é" })
        #expect(a.after.allSatisfy { $0 == "ü" })
    }
}
