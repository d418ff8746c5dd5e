import ArgumentParser
import Foundation
import StoryCore

@main
struct Storyline: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Read one news story across many outlets.",
        discussion: """
            Give it the articles of one story (plain text, Markdown, HTML, JSON, or folders of them).
            With no path, the browser opens a bundled demo story.
            """,
        version: version,
        subcommands: [BrowseCommand.self, SourcesCommand.self, QuotesCommand.self, TimelineCommand.self, SearchCommand.self, CompareCommand.self, ReadCommand.self, StoriesCommand.self, ExportCommand.self],
        defaultSubcommand: BrowseCommand.self
    )

    /// Errors are one line, `storyline: error: …`; usage errors exit 2, failures 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as StorylineError {
            Console.error(error.message)
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)  // --help, --version
            }
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            let text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
            Console.error("\(text); see 'storyline --help'")
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// An error the user can act on, with the exit status SPEC.md gives it.
struct StorylineError: Error {
    let message: String
    let exitCode: Int32

    static func usage(_ message: String) -> StorylineError { StorylineError(message: message, exitCode: 2) }
    static func failure(_ message: String) -> StorylineError { StorylineError(message: message, exitCode: 1) }
}
