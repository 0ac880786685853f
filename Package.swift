// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyModel", targets: ["ParleyModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The shared model: corpus, extraction, knowledge, search. Pure Swift + Foundation + Yams.
        .target(
            name: "ParleyModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/world-actors.yaml")]
        ),
        // The command line: thin commands over the model.
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test helpers (marked text, fixtures, the built-in corpus) as an ordinary target.
        .target(name: "ParleyTestSupport", dependencies: ["ParleyModel"]),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel", "ParleyTestSupport"]),
        .testTarget(name: "parleyTests", dependencies: ["parley", "ParleyModel", "ParleyTestSupport"]),
    ]
)
