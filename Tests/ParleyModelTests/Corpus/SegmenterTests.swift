import ParleyModel
import ParleyTestSupport
import Testing

struct SegmenterTests {
    func sentences(_ text: String) -> [String] {
        let doc = Document(id: "t.txt", text: text)
        return doc.sentences.map { doc.text($0.range) }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(
            sentences("U.N. Special Envoy Staffan de Mistura arrived. The U.S. sent its ambassador. Talks began on Dec. 30 in Astana.")
                == ["U.N. Special Envoy Staffan de Mistura arrived.", "The U.S. sent its ambassador.", "Talks began on Dec. 30 in Astana."])
        #expect(sentences("Envoy J. Smith spoke. Mr. Jones left.") == ["Envoy J. Smith spoke.", "Mr. Jones left."])
    }

    @Test func anInitialBeforeACommonStarterEndsTheSentence() {
        #expect(sentences("It was sent by the U.S. The talks went on.") == ["It was sent by the U.S.", "The talks went on."])
    }

    @Test func quotesAndQuestionMarks() {
        #expect(
            sentences("“The suspension will continue,” he said. Why? Nobody knows!") == [
                "“The suspension will continue,” he said.", "Why?", "Nobody knows!",
            ])
    }

    @Test func blankLinesMakeParagraphsAndHardWrappedLinesRunOn() {
        let doc = Document(id: "t.txt", text: "Talks opened in Astana\nwith three guarantors.\n\nA second paragraph.")
        #expect(doc.paragraphs.count == 2)
        #expect(doc.text(doc.sentences[0].range) == "Talks opened in Astana\nwith three guarantors.")
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() {
        let doc = Document(id: "t.txt", text: "First line.\nSecond line.\nHeadline without stop\nBody.")
        #expect(doc.paragraphs.count == 4)
        #expect(doc.sentences.map(\.paragraph) == [0, 1, 2, 3])
    }

    @Test func sentenceSpansAreExact() {
        let m = MarkedText("⟦Astana hosts talks.⟧ ⟦Russia, Iran and Turkey attend.⟧\n\n⟦“Yes,” he said.⟧")
        let doc = Document(id: "t.txt", text: m.text)
        #expect(doc.sentences.map(\.range) == m.ranges)
    }
}
