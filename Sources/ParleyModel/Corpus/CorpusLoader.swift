import Foundation

/// Reads a folder of articles: every `.txt` and `.md` below it, its `catalog.yaml` and its
/// `actors.yaml`. Problems with single files become warnings; the other files still load.
public enum CorpusLoader {
    /// What a folder holds, before extraction.
    public struct Loaded: Sendable {
        public var root: URL
        public var documents: [Document]
        /// The text of the folder's `actors.yaml`, if it has one.
        public var actorsYAML: String?
        public var warnings: [LoadWarning]
    }

    public static let articleExtensions: Set<String> = ["txt", "md"]

    public static func load(folder: URL, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Loaded {
        let root = try checkFolder(folder)

        var warnings: [LoadWarning] = []
        let files = listArticles(in: root, warnings: &warnings)

        var catalogText: String?
        let catalogURL = root.appendingPathComponent("catalog.yaml")
        if FileManager.default.fileExists(atPath: catalogURL.path) {
            catalogText = readText(catalogURL, name: "catalog.yaml", warnings: &warnings)
        }
        var actorsYAML: String?
        let actorsURL = root.appendingPathComponent("actors.yaml")
        if FileManager.default.fileExists(atPath: actorsURL.path) {
            actorsYAML = readText(actorsURL, name: "actors.yaml", warnings: &warnings)
        }

        // Files are independent, so they are read and segmented on all cores. The catalog is
        // parsed as one more item of the same work (a catalog of thousands of entries takes as
        // long as reading a thousand articles) and applied once both are done.
        var results = [(Document?, [LoadWarning])](repeating: (nil, []), count: files.count)
        let catalogYAML = catalogText
        let parsed = Slot<(entries: [String: DocumentMetadata], warnings: [LoadWarning])>()
        let done = Counter()
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: files.count + 1) { i in
                guard i > 0 else {
                    if let catalogYAML { parsed.value = Catalog.parse(catalogYAML, file: "catalog.yaml") }
                    return
                }
                let file = files[i - 1]
                out.value[i - 1] = loadDocument(path: file.path, relative: file.relative, catalogEntry: nil)
                if let progress { progress(done.increment(), files.count) }
            }
        }
        let catalog = parsed.value?.entries ?? [:]
        if let parsed = parsed.value {
            warnings += parsed.warnings
            let listed = Set(files.map(\.relative))
            for name in catalog.keys.sorted() where !listed.contains(name) {
                warnings.append(LoadWarning(file: "catalog.yaml", message: "lists '\(name)', which is not an article in the folder"))
            }
        }
        var documents: [Document] = []
        documents.reserveCapacity(files.count)
        for (doc, w) in results {
            warnings += w
            guard var doc else { continue }
            // Front matter first: the catalog fills only what an article does not say itself.
            if let entry = catalog[doc.id.path] { doc.metadata = doc.metadata.filled(from: entry) }
            // The dateline last: it fills what neither the article's head nor the catalog says.
            if let line = Dateline.read(doc.text, from: doc.bodyStart) {
                doc.metadata = doc.metadata.filled(from: DocumentMetadata(date: line.date, place: line.place))
            }
            documents.append(doc)
        }
        return Loaded(root: root, documents: documents, actorsYAML: actorsYAML, warnings: warnings)
    }

    /// The folder as the loader reads it (standardised), if it is a readable folder.
    static func checkFolder(_ folder: URL) throws -> URL {
        let root = folder.standardizedFileURL
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) else {
            throw CorpusError.notFound(folder.path)
        }
        guard isDir.boolValue else { throw CorpusError.notADirectory(folder.path) }
        guard FileManager.default.isReadableFile(atPath: root.path) else {
            throw CorpusError.unreadable(folder.path, reason: "permission denied")
        }
        return root
    }

    /// The largest article read, in bytes. Offsets are kept in 32 bits (tokens, spans,
    /// sentences: a large corpus holds millions), so a file must stay below 4 GiB; 1 GiB is
    /// far beyond any article, and a larger file is skipped with a warning before it is read.
    public static let maxFileBytes = 1 << 30

    /// Loads one article. A nil document means the file was skipped; the warnings say why.
    public static func loadDocument(path: String, relative: String, catalogEntry: DocumentMetadata?) -> (Document?, [LoadWarning]) {
        switch FileBytes.contents(ofPath: path, maxBytes: maxFileBytes) {
        case .success(let bytes):
            return loadDocument(bytes: bytes, relative: relative, catalogEntry: catalogEntry)
        case .failure(.tooLarge(let size)):
            return (nil, [tooLarge(relative, size)])
        case .failure(.notRegular):
            return (nil, [LoadWarning(file: relative, message: "is not a regular file; skipped")])
        case .failure(.system(let reason)):
            return (nil, [LoadWarning(file: relative, message: "cannot be read (\(reason)); skipped")])
        }
    }

    /// Makes a document of a file's bytes (the part of loading after reading; the fuzzer's entry).
    public static func loadDocument(
        bytes: [UInt8], relative: String, catalogEntry: DocumentMetadata?,
        maxBytes: Int = maxFileBytes
    ) -> (Document?, [LoadWarning]) {
        guard bytes.count <= maxBytes else { return (nil, [tooLarge(relative, bytes.count)]) }
        var warnings: [LoadWarning] = []
        let decoded: TextDecoder.Decoded
        switch TextDecoder.decode(bytes) {
        case .success(let d): decoded = d
        case .failure(.utf16):
            return (
                nil,
                [
                    LoadWarning(
                        file: relative, byteOffset: 0,
                        message: "is UTF-16 (byte-order mark); only UTF-8 is read: convert it with `iconv -f UTF-16 -t UTF-8`; skipped")
                ]
            )
        case .failure(.binary(let nul)):
            return (nil, [LoadWarning(file: relative, byteOffset: nul, message: "holds NUL bytes, so it is not a text article; skipped")])
        }
        if let first = decoded.invalidOffsets.first {
            let n = decoded.invalidOffsets.count
            warnings.append(
                LoadWarning(
                    file: relative, byteOffset: first,
                    message: "invalid UTF-8 (\(n) byte\(n == 1 ? "" : "s") shown as a placeholder; spans still count file bytes)"))
        }
        let text = decoded.text
        var bodyStart = text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var metadata = DocumentMetadata()
        if let fm = FrontMatter.locate(in: text, start: bodyStart) {
            let (meta, w) = FrontMatter.metadata(yaml: fm.yaml, file: relative)
            metadata = meta
            warnings += w
            bodyStart = fm.bodyStart
        }
        if let catalogEntry { metadata = metadata.filled(from: catalogEntry) }
        let doc = Document(id: DocumentID(relative), text: text, metadata: metadata, bodyStart: bodyStart)
        if doc.tokens.isEmpty {
            warnings.append(LoadWarning(file: relative, message: "has no text (empty or white space only)"))
        }
        return (doc, warnings)
    }

    static func tooLarge(_ relative: String, _ size: Int) -> LoadWarning {
        LoadWarning(file: relative, message: "is \(size) bytes; articles of up to \(maxFileBytes) bytes (1 GiB) are read; skipped")
    }

    /// Every article file below `root`, sorted by relative path. Hidden entries are skipped,
    /// symbolic links followed once (a link back up the tree is reported, not looped over).
    /// Paths stay strings: a URL per file cost more than reading the file.
    static func listArticles(in root: URL, warnings: inout [LoadWarning]) -> [(path: String, relative: String)] {
        var found: [(String, String)] = []
        var visited: Set<String> = [realPath(root.path)]
        func walk(_ dir: String, prefix: String) {
            let listing: [(name: String, type: UInt8)]
            switch entries(of: dir) {
            case .success(let found): listing = found.sorted { $0.name < $1.name }
            case .failure(let failure):
                warnings.append(
                    LoadWarning(file: prefix.isEmpty ? "." : prefix, message: "folder cannot be read (\(failure.reason)); skipped"))
                return
            }
            for (name, type) in listing where !name.hasPrefix(".") {
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                let relative = prefix + name
                let ext = pathExtension(name)
                // The folder's listing says which entries are plain files: no stat for those.
                if type == regularFileType {
                    if articleExtensions.contains(ext) { found.append((path, relative)) }
                    continue
                }
                var info = stat()
                guard stat(path, &info) == 0 else {
                    var link = stat()
                    if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK,
                        articleExtensions.contains(ext) || ext.isEmpty
                    {
                        warnings.append(LoadWarning(file: relative, message: "is a broken or looping symbolic link; skipped"))
                    }
                    continue
                }
                if info.st_mode & S_IFMT == S_IFDIR {
                    let real = realPath(path)
                    if visited.contains(real) {
                        warnings.append(LoadWarning(file: relative, message: "links back to a folder already read; skipped"))
                        continue
                    }
                    visited.insert(real)
                    walk(path, prefix: relative + "/")
                } else if articleExtensions.contains(ext) {
                    found.append((path, relative))
                }
            }
        }
        walk(root.path, prefix: "")
        return found
    }

    /// `d_type` of a regular file in a folder listing (`DT_REG`).
    static let regularFileType: UInt8 = 8

    struct ListingFailure: Error { var reason: String }

    /// A folder's entries with the type its listing gives (`DT_UNKNOWN`, 0, where the file
    /// system does not say).
    static func entries(of dir: String) -> Result<[(name: String, type: UInt8)], ListingFailure> {
        guard let handle = opendir(dir) else { return .failure(ListingFailure(reason: FileBytes.reason(errno))) }
        defer { closedir(handle) }
        var found: [(name: String, type: UInt8)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            found.append((name, entry.pointee.d_type))
        }
        return .success(found)
    }

    /// The extension of a file name, lower-cased ("" for none).
    static func pathExtension(_ name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// The path with every symbolic link resolved, or the path itself if it cannot be.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func readText(_ url: URL, name: String, warnings: inout [LoadWarning]) -> String? {
        do {
            let data = try Data(contentsOf: url)
            switch TextDecoder.decode([UInt8](data)) {
            case .success(let d):
                if let first = d.invalidOffsets.first {
                    warnings.append(LoadWarning(file: name, byteOffset: first, message: "invalid UTF-8 replaced"))
                }
                return d.text
            case .failure:
                warnings.append(LoadWarning(file: name, message: "is not UTF-8 text; ignored"))
                return nil
            }
        } catch {
            warnings.append(LoadWarning(file: name, message: "cannot be read (\(reason(error))); ignored"))
            return nil
        }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}
