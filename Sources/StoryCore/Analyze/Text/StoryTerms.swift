import Foundation

/// How much each content word of a story says: rare words much, the story's own names little.
///
/// Built once from every paragraph of the story; both quote grouping and event merging
/// compare wordings through it.
public struct StoryTerms: Sendable {
    /// Keyed by each word's `ContentKey`: counting the words of every paragraph by their keys
    /// spares making a `String` of each (counting was a tenth of a timeline run).
    private var documentFrequency: [ContentKey: Int] = [:]
    /// Words the story almost always capitalizes: names of people, places, bodies.
    private var names: Set<ContentKey> = []
    private let paragraphCount: Int

    public init(paragraphs: [String]) {
        self.init(tallies: [Tally(paragraphs: paragraphs)])
    }

    /// From the story's paragraphs, each article counted on its own
    /// core and the counts added up: built serially, once per analysis, it took ~1 s at 2,000
    /// articles, and the browser built it three times.
    public static func of(_ story: Story) -> StoryTerms {
        StoryTerms(tallies: Parallel.map(story.articles) { Tally(paragraphs: $0.paragraphs) })
    }

    /// From counts made elsewhere: the analyzers count each article's words in the same pass on
    /// both cores as their own per-article work, rather than in a pass of their own after it.
    init(tallies: [Tally]) {
        var counts: [ContentKey: Tally.Count] = [:]
        var paragraphs = 0
        for tally in tallies {
            paragraphs += tally.paragraphs
            counts.merge(tally.counts) { $0.adding($1) }
        }
        paragraphCount = paragraphs
        documentFrequency = counts.mapValues(\.paragraphs)
        names = Set(counts.filter { $0.value.proper * 5 >= $0.value.total * 4 }.keys)
    }

    /// Word counts of some paragraphs: in how many each content word appears, and how often
    /// it is capitalized where a sentence does not make it so.
    struct Tally {
        struct Count {
            var paragraphs = 0
            /// Capitalized, and all, uses that do not open a paragraph.
            var proper = 0
            var total = 0
            /// The last paragraph counted, so a word counts once per paragraph.
            var lastParagraph = -1

            mutating func note(paragraph: Int, opening: Bool, capitalized: Bool) {
                if lastParagraph != paragraph {
                    paragraphs += 1
                    lastParagraph = paragraph
                }
                guard !opening else { return }
                total += 1
                if capitalized { proper += 1 }
            }

            func adding(_ other: Count) -> Count {
                Count(paragraphs: paragraphs + other.paragraphs, proper: proper + other.proper, total: total + other.total)
            }
        }

        /// One entry per word, updated in place: a set per paragraph and two dictionaries made
        /// building the terms ~1 s of a 2,000-article load.
        var counts: [ContentKey: Count] = [:]
        var paragraphs: Int

        init(paragraphs texts: [String]) {
            paragraphs = texts.count
            for (number, paragraph) in texts.enumerated() {
                Words.forEachContentKey(in: paragraph) { term, index, capitalized in
                    counts[term, default: Count()].note(paragraph: number, opening: index == 0, capitalized: capitalized)
                }
            }
        }
    }

    /// Rounded to a multiple of 2⁻²⁰, so that sums of weights are exact and do not depend on the
    /// order a `Set` yields its words in (which changes from run to run with Swift's hash seed:
    /// an event's summary once flipped between two runs on a last-bit difference).
    func weight(_ term: String) -> Double {
        let exact = log(1 + Double(max(1, paragraphCount)) / Double(max(1, documentFrequency[ContentKey(term)] ?? 1)))
        return (exact * 1_048_576).rounded() / 1_048_576
    }

    /// Used by less than a fifth of the paragraphs (or by three at most, in a short story): a word
    /// that can tell one passage from another.
    func isTelling(_ term: String) -> Bool {
        (documentFrequency[ContentKey(term)] ?? 0) <= max(3, (paragraphCount + 5) / 5)
    }

    /// Whether the story almost always capitalizes the word: a name of a person, place or body.
    func isName(_ term: String) -> Bool {
        names.contains(ContentKey(term))
    }

    /// Weighted overlap of two word sets, the larger of Jaccard and discounted containment; 0 unless
    /// they share two telling words (one, when a side has at most two words).
    /// `namesDecide`: whether shared names count among the telling words (who and where, for events).
    func overlap(_ a: Set<String>, _ b: Set<String>, namesDecide: Bool = false) -> Double {
        let shared = a.intersection(b)
        let decisive = shared.filter { isTelling($0) && (namesDecide || !isName($0)) }
        guard decisive.count >= 2 || (decisive.count == 1 && min(a.count, b.count) <= 2) else { return 0 }
        let sharedWeight = shared.reduce(0) { $0 + weight($1) }
        let weightA = a.reduce(0) { $0 + weight($1) }
        let weightB = b.reduce(0) { $0 + weight($1) }
        let jaccard = sharedWeight / max(0.001, weightA + weightB - sharedWeight)
        let containment = sharedWeight / max(0.001, min(weightA, weightB))
        return max(jaccard, containment * 0.75)
    }
}
