// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Storyline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "storyline", targets: ["storyline"]),
        .library(name: "StoryCore", targets: ["StoryCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // libxml2's HTML parser: a forgiving, real HTML parser for saved pages.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // cmark, the CommonMark reference parser, for Markdown bodies.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Wide-character ncurses; only NcursesTerminal imports it.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "StoryCore",
            dependencies: [
                "CLibXML2",
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        .target(
            name: "StoryUI",
            dependencies: ["StoryCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The shipped colour themes: TOML data in the top-level Themes folder, bundled as resources.
        .target(
            name: "StorylineThemes",
            path: "Themes",
            exclude: [],
            resources: [.copy("default.toml"), .copy("light.toml"), .copy("high-contrast.toml"), .copy("256.toml"), .copy("mono.toml")]
        ),
        .target(name: "NcursesTerminal", dependencies: ["CNcurses", "StoryUI"]),
        .executableTarget(
            name: "storyline",
            dependencies: [
                "StoryCore", "StoryUI", "NcursesTerminal", "StorylineThemes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Demo")]
        ),
        // Release-mode benchmark: `swift run -c release storyline-bench [--articles N] [FOLDER]`.
        .executableTarget(
            name: "storyline-bench",
            dependencies: [
                "StoryCore", "StoryUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The whole pipeline for one input: shared by the fuzzer and the regression tests.
        .target(name: "StoryFuzz", dependencies: ["StoryCore", "StoryUI"]),
        // libFuzzer target when built by `.ci/fuzz`; otherwise replays files: `storyline-fuzz DIR...`.
        .executableTarget(name: "storyline-fuzz", dependencies: ["StoryFuzz"]),
        .testTarget(
            name: "StoryCoreTests",
            dependencies: ["StoryCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "StoryUITests", dependencies: ["StoryUI", "StoryCore", "StorylineThemes"], exclude: ["Golden"]),
        .testTarget(name: "StoryFuzzTests", dependencies: ["StoryFuzz"], exclude: ["Corpus", "Crashers"]),
        // End-to-end: runs the built `storyline` binary, directly and in tmux.
        .testTarget(name: "StorylineTests", dependencies: ["storyline"], exclude: ["Golden"]),
    ]
)
