import ArgumentParser
import Foundation
import StoryCore
import StoryUI

/// Measures Storyline's pipeline on a folder of articles or on a generated story.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline-bench",
        abstract: "Time ingest, normalize, analyze, index, first frame, queries and frames; report peak memory.")

    @Argument(help: "A folder of articles. Default: a generated story.")
    var folder: String?

    @Option(help: "Articles to generate when no folder is given.")
    var articles = 2000

    @Option(help: "Seed for the generated story.")
    var seed: UInt64 = 1

    @Option(help: "Output: text or json.")
    var format = "text"

    @Flag(help: "Generate a story of wire copies reprinted with small edits, not of separate reports.")
    var reprints = false

    @Option(help: "Generate this many stories of one kind (each its own people, places and month, most of them wire copies) and time finding them: 'stories' and the browser's story list.")
    var stories: Int?

    func run() throws {
        var path = folder
        var bytes = 0
        if let stories, folder == nil {
            let target = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-bench-stories-\(stories)-\(articles)-\(seed)")
            try? FileManager.default.removeItem(at: target)
            var generator = StoryGenerator(seed: seed)
            bytes = try generator.write(stories: stories, count: articles, into: target)
            try measureStories(target.path, bytes: bytes)
            return
        }
        if path == nil {
            let kind = reprints ? "reprints-" : ""
            let target = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-bench-\(kind)\(articles)-\(seed)")
            try? FileManager.default.removeItem(at: target)
            var generator = StoryGenerator(seed: seed)
            bytes = try generator.write(count: articles, into: target, reprints: reprints)
            path = target.path
        }
        guard let path else { return }
        var timings = Timings()
        let clock = timings.clock
        let started = timings.started
        func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T { try timings.time(name, body) }
        // The browser's first frame: drawn at once, saying how far reading has got (the browser
        // reads on other threads and fills the panes in as each stage completes).
        var firstApp = BrowserApp(model: .loading)
        firstApp.loadingMessage = "reading 0 of many files…"
        _ = firstApp.render(width: 160, height: 45)
        let firstFrame = milliseconds(clock.now - started)
        let collected = try time("ingest_ms") { () throws -> (docs: [SourceDocument], warnings: [LoadWarning]) in
            let files = try FileCollector.collect([path])
            // On both cores, as the browser and the commands read.
            var documents: [SourceDocument] = []
            var warnings = files.warnings
            for result in Parallel.map(files.files, DocumentReader.read(path:)) {
                documents += result.documents
                warnings += result.warnings
            }
            if folder != nil {
                for file in files.files { bytes += (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0 }
            }
            return (documents, warnings)
        }
        let story = time("normalize_ms") { StoryLoader.assemble(documents: collected.docs, warnings: collected.warnings) }
        let sourcesApp = BrowserApp(model: .sourcesOnly(story))
        _ = sourcesApp.render(width: 160, height: 45)
        let sourcesFrame = milliseconds(clock.now - started)
        let (quotes, events, terms) = time("analyze_ms") { StoryAnalysis.run(story) }
        let index = time("index_ms") { StoryIndex(story: story, quotes: quotes, timeline: events) }
        _ = index
        let model = BrowserModel(story: story, quotes: quotes, events: events, index: index, terms: terms)
        var app = BrowserApp(model: model)
        app.resize(width: 160, height: 45)
        _ = app.render(width: 160, height: 45)
        var results = timings.results
        results.append(("first_frame_ms", firstFrame))
        results.append(("sources_frame_ms", sourcesFrame))
        results.append(("analysed_frame_ms", milliseconds(clock.now - started)))

        let queries = ["fire", "ilves", "\"fire chief\"", "evacuat*", "homes -power", "reyna outlet:ledger", "kovic aircraft", "zzz"]
        var queryTimes: [Double] = []
        for _ in 0..<25 {
            for query in queries {
                let start = clock.now
                _ = app.model.index.search(SearchQuery(query), limit: 20)
                queryTimes.append(microseconds(clock.now - start))
            }
        }
        // The same session of keys, each time in a browser just opened (nothing drawn before is
        // kept), so that the 99th percentile is one of many frames rather than the slowest of one run.
        var frameTimes: [Double] = []
        let keys: [Key] = Array(repeating: .character("j"), count: 40) + [.tab] + Array(repeating: .character("j"), count: 40)
            + [.character("/")] + "wildfire".map { .character($0) } + [.enter, .character("n"), .character("n")]
        for _ in 0..<Self.sessions {
            var session = BrowserApp(model: model)
            session.resize(width: 160, height: 45)
            _ = session.render(width: 160, height: 45)
            for key in keys {
                let start = clock.now
                session.handle(key)
                _ = session.render(width: 160, height: 45)
                frameTimes.append(microseconds(clock.now - start))
            }
        }
        results += [
            ("query_p50_us", percentile(queryTimes, 50)), ("query_p99_us", percentile(queryTimes, 99)),
            ("frame_p50_us", percentile(frameTimes, 50)), ("frame_p99_us", percentile(frameTimes, 99)),
            ("peak_rss_mb", peakMemoryMB()), ("articles", Double(story.articles.count)), ("bytes", Double(bytes)),
        ]
        if format == "json" {
            let body = results.map { "  \"\($0.0)\": \(formatNumber($0.1))" }.joined(separator: ",\n")
            print("{\n\(body)\n}")
        } else {
            for (name, value) in results { print(name.padding(toLength: 20, withPad: " ", startingAt: 0) + formatNumber(value)) }
        }
    }

    /// How many times the session of keys is played for the frame figures.
    static let sessions = 5

    private func milliseconds(_ duration: Duration) -> Double { Timings.milliseconds(duration) }

    private func microseconds(_ duration: Duration) -> Double { milliseconds(duration) * 1000 }

    private func percentile(_ values: [Double], _ p: Int) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, sorted.count * p / 100)]
    }

    private func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    private func formatNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.1f", value)
    }
}

extension Bench {
    /// A folder of many stories: reading, finding the stories, and the browser's first story list.
    func measureStories(_ path: String, bytes: Int) throws {
        var timings = Timings()
        func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T { try timings.time(name, body) }
        let story = try time("ingest_normalize_ms") { try StoryLoader.load(paths: [path]) }
        let groups = time("stories_ms") { StoryGroups.find(story) }
        var app = BrowserApp(model: .loading)
        app.resize(width: 160, height: 45)
        app.adoptLibrary(story, groups)
        _ = app.render(width: 160, height: 45)
        var results = timings.results
        results.append(("story_list_frame_ms", timings.sinceStart()))
        let families = Set(groups.families.values).count
        results += [
            ("peak_rss_mb", peakMemoryMB()), ("articles", Double(story.articles.count)), ("stories_found", Double(groups.groups.count)),
            ("stories_of_2_or_more", Double(groups.groups.filter { $0.articles.count > 1 }.count)),
            ("families", Double(families)), ("bytes", Double(bytes)),
        ]
        for (name, value) in results { print(name.padding(toLength: 22, withPad: " ", startingAt: 0) + formatNumber(value)) }
    }
}

/// Named timings in milliseconds, in the order taken, and the time since the first.
struct Timings {
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    var results: [(String, Double)] = []

    init() { started = clock.now }

    mutating func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = clock.now
        let value = try body()
        results.append((name, Self.milliseconds(clock.now - start)))
        return value
    }

    func sinceStart() -> Double { Self.milliseconds(clock.now - started) }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
