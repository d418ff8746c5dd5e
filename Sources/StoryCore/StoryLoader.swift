/// Loads a story from the paths a user gives: collect, read, normalize, and name the articles.
public enum StoryLoader {
    public static func load(paths: [String]) throws(LoadError) -> Story {
        let collected = try FileCollector.collect(paths)
        var warnings = collected.warnings
        var documents: [SourceDocument] = []
        for result in Parallel.map(collected.files, DocumentReader.read(path:)) {
            documents += result.documents
            warnings += result.warnings
        }
        let story = assemble(documents: documents, warnings: warnings)
        if story.articles.isEmpty {
            throw .noArticles(paths.count == 1 ? "'\(paths[0])'" : "the \(paths.count) paths given")
        }
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

/// The story's title: the article title that shares the most words with the other titles.
public enum StoryTitle {
    public static func choose(_ articles: [Article]) -> String? {
        let titles = articles.compactMap(\.title)
        guard titles.count > 1 else { return titles.first }
        let words = titles.map { Set(Words.contentWords(in: $0)) }
        var best: (title: String, score: Double)?
        for (index, title) in titles.enumerated() {
            var score = 0.0
            for (other, otherWords) in words.enumerated() where other != index {
                let union = words[index].union(otherWords).count
                if union > 0 { score += Double(words[index].intersection(otherWords).count) / Double(union) }
            }
            if score > (best?.score ?? -1) { best = (title, score) }
        }
        return best?.title
    }
}
