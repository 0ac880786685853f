// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .executable(name: "parley-bench", targets: ["parley-bench"]),
        .library(name: "ParleyModel", targets: ["ParleyModel"]),
        .library(name: "ParleyUI", targets: ["ParleyUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // The shared model: corpus, extraction, knowledge, search. Pure Swift + Foundation + Yams.
        .target(
            name: "ParleyModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [
                .copy("Resources/world-actors.yaml"), .copy("Resources/lexicon"), .copy("Resources/rules"), .copy("Resources/normalise"),
            ]
        ),
        // Pure UI: screen buffer, display width, sanitising, word wrap, keys. No terminal calls.
        .target(name: "ParleyUI", dependencies: ["ParleyModel"]),
        // Wide-character ncurses; headers from libncurses-dev (scripts/ensure-deps installs them).
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        // The only code that talks to the terminal: setup/teardown, keys, drawing, signals, colour.
        .target(name: "ParleyTerminal", dependencies: ["ParleyUI", "CNcursesw"]),
        // The command line: thin commands over the model.
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyModel",
                "ParleyUI",
                "ParleyTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // CSV written and read by RFC 4180 (`--csv`, `export --format csv`).
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The benchmark: generated corpora, load, search, keys, first frame (`make bench`).
        .executableTarget(
            name: "parley-bench",
            dependencies: ["ParleyModel", "ParleyUI", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Test helpers (marked text, fixtures, the built-in corpus) as an ordinary target.
        .target(name: "ParleyTestSupport", dependencies: ["ParleyModel", "ParleyUI"]),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel", "ParleyTestSupport"]),
        .testTarget(name: "ParleyUITests", dependencies: ["ParleyUI", "ParleyTestSupport"]),
        .testTarget(name: "ParleyTerminalTests", dependencies: ["ParleyTerminal", "ParleyUI", "CNcursesw"]),
        .testTarget(
            name: "parleyTests", dependencies: ["parley", "ParleyModel", "ParleyTestSupport", .product(name: "CSV", package: "CSV.swift")]),
    ]
)

// libFuzzer targets, only when `scripts/fuzz` builds them (PARLEY_FUZZ=1, with -sanitize=fuzzer):
// they have no main of their own, so an ordinary build would fail to link them. `make test`
// compiles their modules (`--target`, no link), so that they keep up with the model.
if ProcessInfo.processInfo.environment["PARLEY_FUZZ"] != nil {
    package.products += [
        .executable(name: "parley-fuzz-loader", targets: ["FuzzLoader"]),
        .executable(name: "parley-fuzz-dashboard", targets: ["FuzzDashboard"]),
    ]
    package.targets += [
        .executableTarget(
            name: "FuzzLoader", dependencies: ["ParleyModel"], path: "Fuzz/Loader",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(
            name: "FuzzDashboard", dependencies: ["ParleyModel", "ParleyUI"], path: "Fuzz/Dashboard",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
}
