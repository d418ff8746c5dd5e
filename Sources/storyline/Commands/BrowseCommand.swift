import ArgumentParser
import Foundation
import NcursesTerminal
import StoryCore
import StorylineThemes
import StoryUI

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the story browser (the default command).")

    @OptionGroup var story: StoryPaths

    @Option(help: "Theme: a shipped name (\(ShippedThemes.names.joined(separator: ", "))) or a TOML file. Default: $STORYLINE_THEME, else 'default'.")
    var theme: String?

    func run() throws {
        let (themes, names, chosen) = try ThemeLoader.load(requested: theme ?? ProcessInfo.processInfo.environment["STORYLINE_THEME"])
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw StorylineError.usage("the browser needs a terminal; for scripts use 'storyline sources|quotes|timeline|search|compare --format json'")
        }
        let (collected, paths) = try story.collect()
        // The browser opens at once and says how far reading has got; the sources fill in when
        // the files are read, then quotes, timeline and index when they are worked out.
        let background = BackgroundLoad(collected: collected, paths: paths)
        var app = BrowserApp(model: .loading, themeNames: names, theme: chosen)
        app.loadingMessage = background.currentLine()
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let failure = NcursesSession.run(app, themes: themes, monochrome: noColor, updates: background.next, analyse: background.analyse)
        // Warnings wait until the terminal is back: written during the session they would tear the screen.
        StoryPaths.report(background.warnings)
        if let failure { throw StorylineError.failure(failure) }
    }
}

/// Reads the story, then analyses it, on another thread; `next` hands the browser each stage once.
final class BackgroundLoad: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var read = 0
    private var finishedReading = false
    private var pending: [BrowserUpdate] = []
    private var storyWarnings: [LoadWarning] = []

    init(collected: FileCollector.Collected, paths: [String]) {
        total = collected.files.count
        Thread.detachNewThread { [self] in
            do {
                let story = try StoryLoader.load(collected, from: paths) { done, _ in self.locked { self.read = max(self.read, done) } }
                locked {
                    finishedReading = true
                    storyWarnings = story.warnings
                }
                // A folder of several stories opens on their list; each is analysed when opened.
                let groups = StoryGroups.holdsSeveral(story) ? StoryGroups.find(story, several: true) : nil
                if let groups, groups.groups.filter({ $0.articles.count > 1 }).count > 1 {
                    locked { pending.append(.stories(story, groups)) }
                    return
                }
                locked { pending.append(.model(.sourcesOnly(story))) }
                let analysed = BrowserModel(story: story)
                locked { pending.append(.model(analysed)) }
            } catch {
                locked {
                    finishedReading = true
                    pending.append(.failed(String(describing: error)))
                }
            }
        }
    }

    var warnings: [LoadWarning] { locked { storyWarnings } }

    /// Analyses a story opened from the list on another thread; `next` hands the result over.
    func analyse(_ story: Story) {
        Thread.detachNewThread { [self] in
            let analysed = BrowserModel(story: story)
            locked { pending.append(.model(analysed)) }
        }
    }

    func next() -> BrowserUpdate {
        locked {
            if !pending.isEmpty { return pending.removeFirst() }
            return finishedReading ? .nothing : .progress(progressLine())
        }
    }

    /// The status line for how far reading has got, read under the lock (the loader thread writes `read`).
    func currentLine() -> String { locked { progressLine() } }

    /// With the lock held.
    private func progressLine() -> String {
        read < total ? "reading \(read) of \(total) files…" : "putting \(total) files in order…"
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}

/// The shipped themes, and a theme file the user names; a broken one is a usage error naming it.
enum ThemeLoader {
    static func load(requested: String?) throws -> (themes: [String: Theme], names: [String], chosen: String) {
        var themes: [String: Theme] = [:]
        var names: [String] = []
        for name in ShippedThemes.names {
            guard let text = ShippedThemes.text(named: name) else { continue }
            do {
                themes[name] = try ThemeParser.parse(text, source: "\(name).toml")
                names.append(name)
            } catch {
                throw StorylineError.failure(error.description)
            }
        }
        guard let requested, !requested.isEmpty else { return (themes, names, "default") }
        if themes[requested] != nil { return (themes, names, requested) }
        guard FileManager.default.fileExists(atPath: requested) else {
            throw StorylineError.usage("no theme '\(requested)'; use one of \(names.joined(separator: ", ")) or a path to a .toml file")
        }
        guard let text = try? String(contentsOfFile: requested, encoding: .utf8) else {
            throw StorylineError.usage("theme \(requested): cannot be read as UTF-8 text")
        }
        do {
            let theme = try ThemeParser.parse(text, source: requested)
            themes[requested] = theme
            names.insert(requested, at: 0)
            return (themes, names, requested)
        } catch {
            throw StorylineError.usage(error.description)
        }
    }
}
