/// The stories in a folder of articles, and the families of copies among them (an agency story
/// carried by several outlets, one press release).
public struct StoryGroups: Sendable {
    public struct Group: Sendable, Equatable {
        /// `st1`, `st2`… largest first.
        public var id: String
        public var label: String
        /// Indices into the story's articles, in order.
        public var articles: [Int]
    }

    public var groups: [Group]
    /// For each article that has copies: its family id (`f1`…); articles of their own have none.
    public var families: [Int: String]

    /// A folder that holds one story (see `holdsSeveral`) is clustered as the commands' check
    /// weighs it, generously: its aspects (the crash, the trial, the victim's family) stay one
    /// story, and only an article that fits none stands apart.
    /// `several`: the answer of `holdsSeveral`, when the caller has already asked it.
    public static func find(_ story: Story, several: Bool? = nil) -> StoryGroups {
        let (clusters, copies) = several ?? holdsSeveral(story)
            ? StoryClusterer.cluster(story.articles)
            : StoryClusterer.cluster(story.articles, threshold: generous.threshold, background: generous.background)
        let groups = clusters.enumerated().map { number, members in
            let articles = members.map { story.articles[$0] }
            let label = StoryTitle.choose(articles) ?? articles.first?.title ?? articles.first?.lead ?? articles.first?.displayName ?? ""
            return Group(id: "st\(number + 1)", label: label, articles: members)
        }
        return StoryGroups(groups: groups, families: Self.families(copies, count: story.articles.count))
    }

    /// Whether the articles make several stories even when weighed generously (shared terms
    /// keeping their weight, a lower bar): what commands ask before narrowing a folder to its
    /// largest story, so that a folder of one story is not cut into its aspects.
    ///
    /// Asked of every command's folder, so it reads at most `sampled` articles, spread evenly:
    /// a story too small to show in such a sample is not one a command would narrow to.
    public static func holdsSeveral(_ story: Story, sampled: Int = 300) -> Bool {
        guard story.articles.count > 3 else { return false }
        let step = max(1, story.articles.count / sampled)
        let sample = stride(from: 0, to: story.articles.count, by: step).prefix(sampled).map { story.articles[$0] }
        let coarse = StoryClusterer.cluster(sample, threshold: generous.threshold, background: generous.background).stories
        return coarse.filter { $0.count > 1 }.count > 1
    }

    /// The generous weighing: shared terms keep their weight (a thousand unrelated articles
    /// imagined beside the folder), and a lower bar.
    static let generous = (threshold: 0.1, background: 1000.0)

    /// Copies joined into families, numbered in article order; articles of their own have none.
    public static func families(_ copies: [(Int, Int)], count: Int) -> [Int: String] {
        let families = Families(copies, count: count)
        var names: [Int: String] = [:]
        var numbered = 0
        for representative in families.representatives {
            let members = families.members(of: representative)
            guard members.count > 1 else { continue }
            numbered += 1
            for member in members { names[member] = "f\(numbered)" }
        }
        return names
    }

    /// The group a user names: its id, else a unique prefix of its label (case and accents ignored).
    public func group(named name: String) -> Group? {
        if let exact = groups.first(where: { $0.id == name }) { return exact }
        let wanted = Words.fold(name)
        let matching = groups.filter { Words.fold($0.label).hasPrefix(wanted) }
        return matching.count == 1 ? matching[0] : nil
    }

    /// The story of one group: its articles (keeping their ids), title and reference day.
    public func story(_ group: Group, of story: Story) -> Story {
        let articles = group.articles.map { story.articles[$0] }
        return Story(title: StoryTitle.choose(articles), referenceDate: ReferenceDate.compute(articles), articles: articles, warnings: story.warnings)
    }
}
