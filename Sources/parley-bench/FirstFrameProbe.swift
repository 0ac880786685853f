import Foundation

/// Times the dashboard from launch to its first complete frame, in a 200×60 tmux window.
/// The dashboard writes the wall-clock time of that frame to `PARLEY_FIRST_FRAME_FILE`
/// (an undocumented switch for this probe), so polling the file adds nothing to the figure.
struct FirstFrameProbe {
    let parley: String
    let folder: URL
    let tmux: String
    /// The cache folder the dashboard is given (`XDG_CACHE_HOME`).
    let cacheHome: URL

    init?(parley: String, folder: URL, cacheHome: URL) {
        guard
            let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { return nil }
        self.parley = parley
        self.folder = folder
        self.tmux = tmux
        self.cacheHome = cacheHome
    }

    /// Seconds from launch to the first frame, or nil when no frame came within a minute.
    func measure(arguments: [String]) throws -> Double? {
        // A new server each time: a server being shut down must not take the next session.
        let socket = "parley-bench-\(getpid())-\(UUID().uuidString.prefix(8))"
        let stamp = FileManager.default.temporaryDirectory.appendingPathComponent("parley-first-frame-\(getpid())")
        try? FileManager.default.removeItem(at: stamp)
        defer {
            _ = try? ChildProcess.run([tmux, "-L", socket, "kill-server"], captureOutput: false)
            try? FileManager.default.removeItem(at: stamp)
        }
        let command =
            "PARLEY_FIRST_FRAME_FILE='\(stamp.path)' XDG_CACHE_HOME='\(cacheHome.path)' '\(parley)' --corpus '\(folder.path)' "
            + arguments.joined(separator: " ")
        let start = Date().timeIntervalSince1970
        let launched = try ChildProcess.run(
            [tmux, "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "60", command], captureOutput: false)
        guard launched.status == 0 else { throw BenchError("tmux could not start the dashboard") }
        let deadline = Timings.now() + 60
        while Timings.now() < deadline {
            if let text = try? String(contentsOf: stamp, encoding: .utf8),
                let t = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return t - start
            }
            usleep(10_000)
        }
        return nil
    }
}
