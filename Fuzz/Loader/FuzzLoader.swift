import ParleyModel

/// libFuzzer target: arbitrary bytes as an article (loaded, then the whole extraction), as a
/// `catalog.yaml` or as an `actors.yaml`. The first byte picks which. Built by `scripts/fuzz`.
// The gazetteer compiled once per process (its matcher over 1,300 names), not once per input.
let pipeline = AnalysisPipeline(gazetteer: Gazetteer.world())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch data[0] % 4 {
    case 0:
        _ = Catalog.parse(String(decoding: bytes, as: UTF8.self), file: "catalog.yaml")
    case 1:
        _ = try? Gazetteer.parse(String(decoding: bytes, as: UTF8.self), file: "actors.yaml", layer: .corpus)
    default:
        let (doc, _) = CorpusLoader.loadDocument(bytes: bytes, relative: "fuzz.txt", catalogEntry: nil)
        guard let doc else { return 0 }
        let corpus = Corpus(documents: [doc], pipeline: pipeline)
        // Every span the model keeps must lie inside the file.
        for m in corpus.actors.mentionsByDocument[0] { precondition(m.span.end <= bytes.count && m.span.start < m.span.end) }
        for e in corpus.timeline.entries {
            for span in e.evidence + e.dateClaims.flatMap({ [$0.span, $0.sentence] }) {
                precondition(span.end <= bytes.count && span.start <= span.end)
            }
        }
        for c in corpus.timeline.unresolved { precondition(c.sentence.end <= bytes.count) }
        _ = corpus.search.search(String(decoding: bytes.prefix(40), as: UTF8.self), limit: 5)
    }
    return 0
}

// SwiftPM links executables with `--defsym main=FuzzLoader_main` (so that tests can link them);
// libFuzzer's own main is then not used, so this entry hands control to its driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

@_cdecl("FuzzLoader_main")
public func fuzzerEntry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var vector = argv
    return runFuzzerDriver(&count, &vector) { data, size in fuzzLoader(data, size) }
}
