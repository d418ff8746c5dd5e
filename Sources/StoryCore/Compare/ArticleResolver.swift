/// Finds the article a user names by id, file name or outlet; a unique prefix is enough.
public enum ArticleResolver {
    public enum Failure: Error, Equatable {
        case unknown(String, choices: [String])
        case ambiguous(String, matches: [String])
    }

    public static func resolve(_ name: String, in articles: [Article]) throws(Failure) -> Article {
        let wanted = Words.fold(name)
        func keys(_ article: Article) -> [String] {
            let file = article.path.split(separator: "/").last.map(String.init) ?? article.path
            return [article.id, file, article.outlet ?? ""].filter { !$0.isEmpty }.map { Words.fold($0) }
        }
        let exact = articles.filter { keys($0).contains(wanted) }
        if exact.count == 1 { return exact[0] }
        // A prefix of the id, the file name, or of any word of the outlet (`coastal` for The Coastal Herald).
        let prefixed = exact.isEmpty
            ? articles.filter { keys($0).contains { $0.hasPrefix(wanted) || $0.contains(" " + wanted) } } : exact
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.isEmpty { throw .unknown(name, choices: articles.map(describe)) }
        throw .ambiguous(name, matches: prefixed.map(describe))
    }

    /// `a2 (The Herald, herald.txt)`.
    public static func describe(_ article: Article) -> String {
        let file = article.path.split(separator: "/").last.map(String.init) ?? article.path
        return article.outlet.map { "\(article.id) (\($0), \(file))" } ?? "\(article.id) (\(file))"
    }
}
