import ArgumentParser
import ParleyModel

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print an article, or the passage at a byte offset in it.")

    @OptionGroup var options: CorpusOptions

    @Argument(help: "The article's path relative to the corpus folder.")
    var file: String

    @Option(name: .long, help: ArgumentHelp("Show the sentence holding this byte offset, with its paragraph.", valueName: "byte"))
    var at: Int?

    struct Report: Codable {
        var document: String
        var title: String?
        var outlet: String?
        var date: String?
        /// Where the article was filed, from its dateline.
        var place: String?
        var bytes: Int
        var sentence: SpanJSON?
        var paragraph: SpanJSON?
        var mentions: [Mention]
        struct Mention: Codable {
            var actor: String
            var type: String
            var span: SpanJSON
        }
    }

    func run() throws {
        let corpus = try options.load()
        guard let doc = corpus.document(DocumentID(file)) else {
            let names = corpus.documents.prefix(5).map(\.id.path).joined(separator: ", ")
            throw ValidationError("no article '\(file)' in the corpus (articles are named by path, e.g. \(names))")
        }
        if let at, at < 0 || at > doc.byteCount {
            throw ValidationError("--at \(at) is outside '\(file)' (0...\(doc.byteCount))")
        }
        let sentenceIndex = at.flatMap { doc.sentenceIndex(containing: $0) }
        let sentence = sentenceIndex.map { doc.sentences[$0] }
        let paragraph = sentence.map { doc.paragraphs[$0.paragraph] }
        let d = corpus.documentIndex(of: doc.id)!
        let scope = paragraph?.range ?? 0..<doc.byteCount
        let mentions = corpus.actors.mentionsByDocument[d].filter { scope.contains($0.span.start) }
        if options.json {
            return try Output.json(
                Report(
                    document: doc.id.path, title: doc.metadata.title, outlet: doc.metadata.outlet, date: doc.metadata.date?.edtf,
                    place: doc.metadata.place, bytes: doc.byteCount, sentence: sentence.map { SpanJSON(doc.span($0.range), in: corpus) },
                    paragraph: paragraph.map { SpanJSON(doc.span($0.range), in: corpus) },
                    mentions: mentions.map { m in
                        let a = corpus.actors.actors[m.actor]
                        return .init(actor: a.name, type: a.type.rawValue, span: SpanJSON(m.span, in: corpus))
                    }))
        }
        Output.line(Output.safe(doc.displayTitle))
        Output.line(
            Output.safe(doc.metaLine))
        Output.line()
        if let sentence, let paragraph {
            // The passage in its paragraph, the sentence itself marked with » «.
            let before = doc.text(paragraph.start..<sentence.start)
            let inside = doc.text(sentence.range)
            let after = doc.text(sentence.end..<paragraph.end)
            Output.line(Output.safe(before + "»" + inside + "«" + after, keepNewlines: true))
            Output.line()
            Output.line("sentence: bytes \(sentence.start)-\(sentence.end)")
        } else {
            Output.line(Output.safe(doc.text(doc.bodyStart..<doc.byteCount), keepNewlines: true))
        }
        if !mentions.isEmpty {
            Output.line()
            Output.line("Actors named here:")
            var seen = Set<Int>()
            for m in mentions where seen.insert(m.actor).inserted {
                let a = corpus.actors.actors[m.actor]
                Output.line(Output.safe("  \(a.name) (\(a.type.rawValue))"))
            }
        }
    }
}
