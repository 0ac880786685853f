import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

struct CurationStoreTests {
    static func store(_ folder: URL, dataHome: URL) -> CurationStore {
        CurationStore(folder: folder, environment: ["XDG_DATA_HOME": dataHome.path, "HOME": "/nonexistent"])
    }

    @Test func theFileIsUnderTheDataHomeOnePerFolderAndNeverInTheFolder() throws {
        let home = try Fixtures.temporaryFolder("parley-data")
        let a = Self.store(URL(fileURLWithPath: "/tmp/corpus-a"), dataHome: home)
        let b = Self.store(URL(fileURLWithPath: "/tmp/corpus-b"), dataHome: home)
        #expect(a.file.path.hasPrefix(home.path + "/parley/curation/"))
        #expect(a.file != b.file)
        #expect(Self.store(URL(fileURLWithPath: "/tmp/corpus-a/"), dataHome: home).file == a.file)
        let fallback = CurationStore(folder: URL(fileURLWithPath: "/tmp/c"), environment: ["HOME": "/home/u"])
        #expect(fallback.file.path.hasPrefix("/home/u/.local/share/parley/curation/"))
    }

    @Test func whatIsSavedIsLoadedAndNoTemporaryFileStays() throws {
        let home = try Fixtures.temporaryFolder("parley-data")
        let store = Self.store(URL(fileURLWithPath: "/tmp/corpus-x"), dataHome: home)
        #expect(try store.load() == CurationLog())
        var log = CurationLog()
        log.record(.reject(actor: "A"))
        try store.save(log)
        log.record(.rename(actor: "B", name: "C"))
        try store.save(log)
        #expect(try store.load() == log)
        let dir = store.file.deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == [store.file.lastPathComponent])
    }

    @Test func aFileThatIsNotACurationIsRefusedAndLeftAsItIs() throws {
        let home = try Fixtures.temporaryFolder("parley-data")
        let store = Self.store(URL(fileURLWithPath: "/tmp/corpus-y"), dataHome: home)
        try FileManager.default.createDirectory(at: store.file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"corpus\": 3".utf8).write(to: store.file)
        #expect(throws: CurationStore.StoreError.self) { try store.load() }
        #expect(try String(contentsOf: store.file, encoding: .utf8) == "{\"corpus\": 3")
        // A later format is refused too, never misread.
        try Data(#"{"corpus": "/tmp/corpus-y", "log": {"version": 99, "changes": [], "undone": []}}"#.utf8).write(to: store.file)
        do {
            _ = try store.load()
            Issue.record("a later format was read")
        } catch let error as CurationStore.StoreError {
            #expect(error.description.contains("later Parley"))
        }
    }
}
