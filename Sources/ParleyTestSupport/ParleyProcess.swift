import Foundation

/// Runs the built `parley` executable, as a user or a script would.
public enum ParleyProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var stdoutData: Data
    }

    /// The `parley` binary beside the test bundle (both live in the build's products folder).
    public static var executable: URL {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // The test runner may sit inside an .xctest bundle folder.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("parley").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("parley")
    }

    /// A data folder of the tests' own, empty unless a test writes to it (curation is kept
    /// under `$XDG_DATA_HOME`); a test that curates passes its own.
    public static let isolatedDataHome: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-tests-data-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Runs the built `parley`. With `asUser`, it runs as that user id (through `setpriv`, when
    /// the tests run as root), so that file permissions mean what they say.
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil,
        asUser: uid_t? = nil
    ) throws -> Result {
        let process = Process()
        if let asUser {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(asUser)", "--regid=\(asUser)", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        // Tables fit COLUMNS when it is set: the tests' output is a pipe's unless a test says.
        env["COLUMNS"] = nil
        // A user's curation of the built-in corpus must not change what the tests see.
        env["XDG_DATA_HOME"] = isolatedDataHome.path
        env["XDG_STATE_HOME"] = isolatedDataHome.appendingPathComponent("state").path
        env["XDG_CACHE_HOME"] = isolatedDataHome.appendingPathComponent("cache").path
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so that a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }
}
