import Foundation

/// Runs a command to the end and measures it: wall time, CPU time and peak memory of the
/// child (from `wait4`'s resource usage, which covers exactly that process tree's waited child).
struct ChildProcess {
    struct Result {
        var status: Int32
        var seconds: Double
        var cpuSeconds: Double
        var peakRSSBytes: Int
        var stdout: Data
    }

    /// `arguments[0]` is the program; stdout is captured (or sent to /dev/null: a daemon such as
    /// tmux's server would hold the pipe open), stderr goes to /dev/null unless `keepStderr`.
    static func run(_ arguments: [String], environment: [String: String] = [:], captureOutput: Bool = true, keepStderr: Bool = false) throws
        -> Result
    {
        let out = Pipe()
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, out.fileHandleForWriting.fileDescriptor, 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        // The pipe's own descriptors stay out of the child, or a daemon it starts keeps it open.
        posix_spawn_file_actions_addclose(&actions, out.fileHandleForWriting.fileDescriptor)
        posix_spawn_file_actions_addclose(&actions, out.fileHandleForReading.fileDescriptor)
        if !keepStderr { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let start = Timings.now()
        let rc = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard rc == 0 else { throw BenchError("cannot run \(arguments[0]): \(String(cString: strerror(rc)))") }
        try out.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Timings.now() - start
        let cpu =
            Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus, seconds: seconds, cpuSeconds: cpu, peakRSSBytes: Int(usage.ru_maxrss) * 1024, stdout: data)
    }
}

/// A benchmark step that could not be run.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
