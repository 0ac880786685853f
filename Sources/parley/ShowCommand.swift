import ArgumentParser
import Foundation
import ParleyModel

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print an article, or the passage at a byte offset in it.")

    @OptionGroup var options: CorpusOptions

    @Argument(help: "The article: its path relative to the corpus folder, or a path to the file (absolute, or from here).")
    var file: String

    // Unconditional, so that "--at -5" reaches the check below instead of reading as an option.
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Show the sentence holding this byte offset, with its paragraph.", valueName: "byte"))
    var at: Int?

    func validate() throws {
        if let at, at < 0 { throw ValidationError("--at takes a byte offset of 0 or more (got \(at))") }
    }

    /// The corpus's name for `file`: as given where the corpus has it, else the path of the
    /// file it names (absolute or from the working directory) relative to the corpus folder.
    static func documentID(_ file: String, in corpus: Corpus) -> DocumentID {
        if corpus.document(DocumentID(file)) != nil { return DocumentID(file) }
        let path = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
        let root = corpus.root.standardizedFileURL.resolvingSymlinksInPath().path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? DocumentID(String(path.dropFirst(prefix.count))) : DocumentID(file)
    }

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
        guard let doc = corpus.document(Self.documentID(file, in: corpus)) else {
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
