import ArgumentParser
import Foundation
import StoryCore

/// The paths every command reads, and how a story is loaded from them.
struct StoryPaths: ParsableArguments {
    @Argument(help: "Article files or folders (read recursively). Default: the bundled demo story.")
    var paths: [String] = []

    func loadStory() throws -> Story {
        let resolved = paths.isEmpty ? [try DemoStory.path()] : paths
        do {
            let story = try StoryLoader.load(paths: resolved)
            for warning in story.warnings {
                FileHandle.standardError.write(Data("storyline: warning: \(warning.path): \(warning.message)\n".utf8))
            }
            return story
        } catch .missingPath(let path) {
            let looksLikeCommand = !path.contains("/") && !path.contains(".")
            throw StorylineError.usage(
                looksLikeCommand
                    ? "'\(path)' is neither a command nor a file or folder; see 'storyline --help'"
                    : "no such file or folder: '\(path)'; check the path")
        } catch {
            throw StorylineError.failure(error.description)
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct FormatOption: ParsableArguments {
    @Option(help: "Output format: text for people, json for scripts.")
    var format: OutputFormat = .text
}

/// The fictional story shipped with Storyline, so the browser shows something with no arguments.
enum DemoStory {
    static func path() throws -> String {
        guard let url = Bundle.module.url(forResource: "Demo", withExtension: nil) else {
            throw StorylineError.failure("the bundled demo story is missing from this build; give article paths instead")
        }
        return url.path
    }
}
