import Foundation
import ParleyModel

/// Shared fixtures: the built-in corpus, throwaway folders, and small in-memory corpora.
public enum Fixtures {
    /// The repository's `seeds/` folder, found from this source file.
    public static var seedsFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
    }

    /// The built-in corpus, loaded once for all tests.
    public static let seeds: Corpus = {
        do { return try Corpus.load(folder: seedsFolder) } catch { fatalError("cannot load seeds: \(error)") }
    }()

    /// A fresh empty folder under the temporary directory.
    public static func temporaryFolder(_ name: String = "parley-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the seeds folder in a temporary folder, to change without touching the repo.
    public static func copyOfSeeds() throws -> URL {
        let target = try temporaryFolder("parley-seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path) {
            try FileManager.default.copyItem(at: seedsFolder.appendingPathComponent(name), to: target.appendingPathComponent(name))
        }
        return target
    }

    /// Writes files (relative path -> contents) into a new folder and returns it.
    public static func folder(_ files: [String: String]) throws -> URL {
        let root = try temporaryFolder()
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        return root
    }

    /// One in-memory document analysed with the world gazetteer plus an optional corpus layer.
    public static func corpus(_ texts: [String], date: String? = nil, actorsYAML: String? = nil) throws -> Corpus {
        let docs = texts.enumerated().map { i, t in
            Document(id: DocumentID("doc\(i).txt"), text: t, metadata: DocumentMetadata(date: date.flatMap(PartialDate.init(edtf:))))
        }
        var gazetteer = Gazetteer.world()
        if let actorsYAML {
            gazetteer = try Gazetteer.parse(actorsYAML, file: "actors.yaml", layer: .corpus).0.layered(over: gazetteer)
        }
        return Corpus(documents: docs, gazetteer: gazetteer)
    }
}
