/// The story's articles as independent sources: each family of copies (an agency story carried
/// by several outlets, one press release) counts once, with its other members as reprints.
public struct SourceFamilies: Sendable, Equatable {
    /// For each article id with copies, its family id (`f1`…).
    public let family: [String: String]

    public init(family: [String: String]) {
        self.family = family
    }

    /// Found from the articles' shared text (see `CopyFinder`).
    public init(_ story: Story) {
        let byIndex = StoryGroups.families(StoryClusterer.copies(story.articles), count: story.articles.count)
        self.init(story, byIndex: byIndex)
    }

    /// From families already found, by article position.
    public init(_ story: Story, byIndex: [Int: String]) {
        var family: [String: String] = [:]
        for (index, name) in byIndex where story.articles.indices.contains(index) { family[story.articles[index].id] = name }
        self.family = family
    }

    public static let none = SourceFamilies(family: [:])

    /// The source an article speaks for: its family, or itself.
    public func source(of article: String) -> String { family[article] ?? article }

    /// How many independent sources some articles are, and how many of them reprint another.
    public func count(_ articles: some Sequence<String>) -> (sources: Int, reprints: Int) {
        let distinct = Set(articles)
        let sources = Set(distinct.map(source(of:))).count
        return (sources, distinct.count - sources)
    }
}
