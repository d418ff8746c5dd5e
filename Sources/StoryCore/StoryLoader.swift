import Foundation

/// Loads a story from the paths a user gives: collect, read, normalize, and name the articles.
public enum StoryLoader {
    public static func load(paths: [String]) throws(LoadError) -> Story {
        try load(FileCollector.collect(paths), from: paths)
    }

    /// Reads and normalizes files already collected from `paths`; `progress` hears how many of
    /// them have been read so far (from any thread), for the browser's loading line.
    public static func load(
        _ collected: FileCollector.Collected, from paths: [String], progress: (@Sendable (_ read: Int, _ of: Int) -> Void)? = nil
    ) throws(LoadError) -> Story {
        var warnings = collected.warnings
        var documents: [SourceDocument] = []
        let counter = ProgressCounter()
        let total = collected.files.count
        let results = Parallel.map(collected.files) { path in
            let result = DocumentReader.read(path: path)
            if let progress { progress(counter.increment(), total) }
            return result
        }
        for result in results {
            documents += result.documents
            warnings += result.warnings
        }
        let story = assemble(documents: documents, warnings: warnings)
        if story.articles.isEmpty { throw LoadError.nothingRead(collected, paths: paths, warnings: story.warnings) }
        return story
    }

    /// Normalizes documents into a story; articles with no story text become warnings.
    public static func assemble(documents: [SourceDocument], warnings: [LoadWarning] = []) -> Story {
        var warnings = warnings
        var articles: [Article] = []
        for article in Normalizer.normalize(documents) {
            guard !article.paragraphs.isEmpty else {
                warnings.append(LoadWarning(path: article.path, message: "has no story text (only menus, notices or other page furniture); skipped"))
                continue
            }
            var numbered = article
            numbered.id = "a\(articles.count + 1)"
            articles.append(numbered)
        }
        return Story(
            title: StoryTitle.choose(articles), referenceDate: ReferenceDate.compute(articles),
            articles: articles, warnings: warnings)
    }
}

/// The day a story is told from: the day most dated articles were published (the latest on a tie).
public enum ReferenceDate {
    public static func compute(_ articles: [Article]) -> DateStamp? {
        var counts: [DateStamp: Int] = [:]
        for article in articles { if let day = article.published?.dayOnly { counts[day, default: 0] += 1 } }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}

/// The story's title: the article title most typical of all the titles, word by word.
///
/// Each title scores the share of other titles that use each of its words, averaged over its
/// words: linear in the titles, where comparing every pair of them grows with their square.
public enum StoryTitle {
    public static func choose(_ articles: [Article]) -> String? {
        let titles = articles.compactMap(\.title)
        guard titles.count > 1 else { return titles.first }
        let words = titles.map { Set(Words.contentWords(in: $0)) }
        var titlesUsing: [String: Int] = [:]
        for set in words { for word in set { titlesUsing[word, default: 0] += 1 } }
        var best: (title: String, score: Double)?
        for (index, title) in titles.enumerated() where !words[index].isEmpty {
            let shared = words[index].reduce(0.0) { $0 + Double((titlesUsing[$1] ?? 1) - 1) }
            let score = shared / Double(words[index].count + 2)
            if score > (best?.score ?? -1) { best = (title, score) }
        }
        return best?.title ?? titles.first
    }
}

/// A count shared by the threads that read files.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}
