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
        let loaded = try story.loadStory()
        // The sources show at once; quotes, timeline and index are worked out in the background.
        let app = BrowserApp(model: .sourcesOnly(loaded), themeNames: names, theme: chosen)
        let background = BackgroundAnalysis(story: loaded)
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        NcursesSession.run(app, themes: themes, monochrome: noColor, analysis: background.result)
    }
}

/// Builds the full browser model on another thread; `result` is nil until it is done.
final class BackgroundAnalysis: @unchecked Sendable {
    private let lock = NSLock()
    private var model: BrowserModel?

    init(story: Story) {
        Thread.detachNewThread { [self] in
            let analysed = BrowserModel(story: story)
            lock.lock()
            model = analysed
            lock.unlock()
        }
    }

    func result() -> BrowserModel? {
        lock.lock()
        defer { lock.unlock() }
        return model
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
