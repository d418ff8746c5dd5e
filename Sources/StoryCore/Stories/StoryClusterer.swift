import HeapModule

/// Groups a folder's articles into stories: average-link clustering of their term vectors, over
/// candidate pairs found through shared telling terms (never every pair), merging the closest
/// stories first while their articles are, on average, alike enough.
public enum StoryClusterer {
    /// Average similarity two stories need to be one.
    public static let threshold = 0.15
    /// A term held by more articles than this is too common to propose candidates.
    static let candidateTermLimit = 400
    /// Each article is compared with at most this many candidates (those sharing most terms).
    static let candidatesPerArticle = 100

    /// Similarity at which two articles are copies of one text (a wire story reprinted, edited).
    public static let copyThreshold = 0.8

    /// Stories as lists of article indices, largest first (ties: first article first), and the
    /// pairs of articles so alike that one copies the other.
    ///
    /// Copies are found first (`CopyFinder`) and each family takes part in the clustering as one
    /// article: five hundred reprints of one page cost one, and weigh as one independent source.
    ///
    /// `background`: unrelated articles imagined beside these when weighing terms. With none, a
    /// term every article holds weighs nothing, which tells stories apart in a mixed folder but
    /// splits a folder of one story into its aspects; with many, shared terms keep their weight.
    public static func cluster(
        _ articles: [Article], threshold: Double = threshold, background: Double = 0
    ) -> (stories: [[Int]], copies: [(Int, Int)]) {
        let terms = Parallel.map(articles) { ArticleTerms($0) }
        let vectors = ArticleVectors(terms)
        let copies = CopyFinder.pairs(terms.map(\.sequence)) { vectors.similarity($0, $1) >= copyThreshold }
        let families = Families(copies, count: articles.count)
        let representatives = families.representatives
        let repVectors = ArticleVectors(representatives.map { terms[$0] }, background: background)
        let stories = cluster(repVectors, count: representatives.count, threshold: threshold, years: representatives.map { terms[$0].year })
            .map { members in members.flatMap { families.members(of: representatives[$0]) }.sorted() }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return (stories, copies)
    }

    /// The pairs of articles that copy one text, without grouping them into stories.
    public static func copies(_ articles: [Article]) -> [(Int, Int)] {
        let terms = Parallel.map(articles) { ArticleTerms($0) }
        let vectors = ArticleVectors(terms)
        return CopyFinder.pairs(terms.map(\.sequence)) { vectors.similarity($0, $1) >= copyThreshold }
    }

    /// How much of their similarity two articles written years apart keep: alike enough, they
    /// are still one story (a trial and the crime it tries), but two events of one kind, a few
    /// years apart, no longer merge on the words they share.
    static let yearsApartShare = 0.65
    /// Years apart from which two articles are weighed down.
    static let yearsApart = 2

    static func cluster(_ vectors: ArticleVectors, count: Int, threshold: Double, years: [Int?] = []) -> [[Int]] {
        guard count > 1 else { return count == 1 ? [[0]] : [] }
        // Candidate pairs: articles sharing one of their telling terms, through postings of
        // terms not too common.
        var postings: [Int32: [Int]] = [:]
        for (article, terms) in vectors.telling.enumerated() {
            for term in terms where vectors.documentFrequency[Int(term)] <= candidateTermLimit { postings[term, default: []].append(article) }
        }
        var links: [Int: [Int: Double]] = [:]  // cluster → neighbour → summed similarity
        var shared = [Int32](repeating: 0, count: count)
        for (article, terms) in vectors.telling.enumerated() {
            // The articles sharing most telling terms with this one, at most `candidatesPerArticle`
            // of them, are compared: a story's articles share many, chance neighbours one or two.
            var touched: [Int] = []
            for term in terms {
                for other in postings[term] ?? [] where other > article {
                    if shared[other] == 0 { touched.append(other) }
                    shared[other] += 1
                }
            }
            if touched.count > candidatesPerArticle {
                touched.sort { shared[$0] != shared[$1] ? shared[$0] > shared[$1] : $0 < $1 }
            }
            for other in touched.prefix(candidatesPerArticle) {
                var similarity = vectors.similarity(article, other)
                if years.indices.contains(other), let a = years[article], let b = years[other], abs(a - b) >= yearsApart { similarity *= yearsApartShare }
                guard similarity > 0 else { continue }
                links[article, default: [:]][other] = similarity
                links[other, default: [:]][article] = similarity
            }
            for other in touched { shared[other] = 0 }
        }
        let pairLinks = links
        var members: [Int: [Int]] = Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, [$0]) })
        var heap = Heap<Candidate>()
        for (a, neighbours) in links {
            for (b, sum) in neighbours where a < b && sum >= threshold { heap.insert(Candidate(average: sum, a: a, b: b)) }
        }
        while let best = heap.popMax() {
            guard best.average >= threshold, let left = members[best.a], let right = members[best.b] else {
                if best.average < threshold { break }
                continue
            }
            // Stale: the pair's average changed since it was queued.
            let sum = links[best.a]?[best.b] ?? 0
            guard abs(sum / Double(left.count * right.count) - best.average) < 1e-12 else { continue }
            // `b` joins `a`: its links are added to `a`'s.
            members[best.a] = left + right
            members[best.b] = nil
            let moved = links.removeValue(forKey: best.b) ?? [:]
            links[best.a]?[best.b] = nil
            for (other, value) in moved where other != best.a {
                links[best.a, default: [:]][other, default: 0] += value
                links[other]?[best.b] = nil
                links[other, default: [:]][best.a] = links[best.a]![other]
            }
            let size = Double(left.count + right.count)
            for (other, value) in links[best.a] ?? [:] {
                guard let others = members[other] else { continue }
                let average = value / (size * Double(others.count))
                if average >= threshold { heap.insert(Candidate(average: average, a: min(best.a, other), b: max(best.a, other))) }
            }
        }
        // An article left alone joins the story it is most like, on average, when that is at
        // least half the threshold: a live blog or a long feature dilutes its similarity to the
        // reports of the story it follows.
        var firstLinks: [Int: [Int: Double]] = [:]
        for (a, neighbours) in pairLinks { firstLinks[a] = neighbours }
        let owner = Dictionary(members.flatMap { id, list in list.map { ($0, id) } }, uniquingKeysWith: { a, _ in a })
        for (id, list) in members where list.count == 1 {
            var sums: [Int: Double] = [:]
            for (other, similarity) in firstLinks[list[0]] ?? [:] { if let cluster = owner[other], cluster != id { sums[cluster, default: 0] += similarity } }
            let best = sums.compactMap { cluster, sum in members[cluster].map { (cluster, sum / Double($0.count)) } }
                .filter { members[$0.0]!.count > 1 }.max { $0.1 < $1.1 }
            if let (cluster, average) = best, average >= threshold / 2 {
                members[cluster]! += list
                members[id] = nil
            }
        }
        return members.values.map { $0.sorted() }
    }

    struct Candidate: Comparable {
        var average: Double
        var a: Int
        var b: Int

        static func < (lhs: Candidate, rhs: Candidate) -> Bool {
            lhs.average != rhs.average ? lhs.average < rhs.average : (lhs.a, lhs.b) > (rhs.a, rhs.b)
        }
    }
}

/// Articles joined by copy pairs, each family with the first of its members standing for it.
struct Families {
    private var parent: [Int]
    private var membersOf: [Int: [Int]] = [:]

    init(_ pairs: [(Int, Int)], count: Int) {
        parent = Array(0..<count)
        for (a, b) in pairs {
            let (x, y) = (root(a), root(b))
            if x != y { parent[max(x, y)] = min(x, y) }
        }
        for item in 0..<count { membersOf[root(item), default: []].append(item) }
    }

    private mutating func root(_ item: Int) -> Int {
        var item = item
        while parent[item] != item {
            parent[item] = parent[parent[item]]
            item = parent[item]
        }
        return item
    }

    /// The first member of each family, and each article of its own, in order.
    var representatives: [Int] { membersOf.keys.sorted() }

    func members(of representative: Int) -> [Int] { membersOf[representative] ?? [representative] }
}
