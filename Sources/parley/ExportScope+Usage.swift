import ArgumentParser
import ParleyModel

/// A scope the user typed: what the corpus lacks is a usage error (one line, exit 2).
extension ExportScope {
    func validatedEntries(in corpus: Corpus) throws -> [Int] {
        do { return try entries(in: corpus) } catch { throw ValidationError("\(error)") }
    }

    func validatedActor(in corpus: Corpus) throws -> Int? {
        do { return try actorIndex(in: corpus) } catch { throw ValidationError("\(error)") }
    }
}
