import ArgumentParser
import Foundation
import NcursesTerminal
import StoryCore
import StoryUI

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the story browser (the default command).")

    @OptionGroup var story: StoryPaths

    @Option(help: "Theme name or TOML file (default: $STORYLINE_THEME, else 'default').")
    var theme: String?

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw StorylineError.usage("the browser needs a terminal; for scripts use 'storyline sources --format json'")
        }
        let loaded = try story.loadStory()
        let app = BrowserApp(story: loaded)
        try NcursesSession.run(app)
    }
}
