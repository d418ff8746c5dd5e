import ArgumentParser
import Foundation
import StoryCore

/// The paths every command reads, and how a story is loaded from them.
struct StoryPaths: ParsableArguments {
    @Argument(help: "Article files or folders (read recursively). Default: the bundled demo story.")
    var paths: [String] = []

    @Option(help: "In a folder of several stories, work on this one: its id or a unique start of its label ('storyline stories' lists them). Default: the largest.")
    var story: String?

    /// The story to work on: the one `--story` names, else the largest when the folder holds
    /// several (said in one line on standard error), else every article.
    func loadStory() throws -> Story {
        try loadStoryAndCopies(copies: false).story
    }

    /// The story, and its wire copies (`families`): found while the folder's stories were, when
    /// it was narrowed to one of them, else looked for in the story.
    func loadStoryAndFamilies() throws -> (story: Story, families: SourceFamilies) {
        let (story, families) = try loadStoryAndCopies(copies: true)
        return (story, families ?? SourceFamilies(story))
    }

    private func loadStoryAndCopies(copies: Bool) throws -> (story: Story, families: SourceFamilies?) {
        let all = try loadAll()
        guard all.articles.count > 1 else { return (all, nil) }
        let several = story == nil ? StoryGroups.holdsSeveral(all) : nil
        guard several != false else { return (all, nil) }
        let found = StoryGroups.find(all, several: several)
        // Families never cross stories: the folder's, by article id, serve any one story of it.
        let families = copies ? SourceFamilies(all, byIndex: found.families) : nil
        if let story { return (found.story(try Self.group(named: story, in: found), of: all), families) }
        // Stray articles (stories of one) do not make a folder several stories.
        let stories = found.groups.filter { $0.articles.count > 1 }
        guard stories.count > 1 else { return (all, families) }
        Console.note("\(found.groups.count) stories in this folder; showing the largest, \(stories[0].id) '\(stories[0].label)' (\(stories[0].articles.count) articles); use --story ID for another ('storyline stories' lists them)")
        return (found.story(stories[0], of: all), families)
    }

    /// The story `--story` names, or a usage error saying how to list them.
    static func group(named name: String, in found: StoryGroups) throws -> StoryGroups.Group {
        guard let group = found.group(named: name) else {
            throw StorylineError.usage("no story '\(name)' among \(found.groups.count) stories; 'storyline stories' lists their ids and labels")
        }
        return group
    }

    /// Every article the paths hold, as one story.
    func loadAll() throws -> Story {
        let (collected, resolved) = try collect()
        do {
            let story = try StoryLoader.load(collected, from: resolved)
            Self.report(story.warnings)
            return story
        } catch {
            if case .noArticles(_, let warnings) = error { Self.report(warnings) }
            throw StorylineError.failure(error.description)
        }
    }

    /// The files the paths name, found at once, so that a wrong path is reported before anything else.
    func collect() throws -> (FileCollector.Collected, paths: [String]) {
        let resolved = paths.isEmpty ? [try DemoStory.path()] : paths
        do {
            return (try FileCollector.collect(resolved), resolved)
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

    static func report(_ warnings: [LoadWarning]) {
        for warning in warnings {
            Console.warning(warning.path, warning.message)
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
