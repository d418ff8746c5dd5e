import Foundation

/// How much each content word of a story says: rare words much, the story's own names little.
///
/// Built once from every paragraph of the story; both quote grouping and event merging
/// compare wordings through it.
public struct StoryTerms: Sendable {
    /// Keyed by each word's `ContentKey`: counting the words of every paragraph by their keys
    /// spares making a `String` of each.
    private var documentFrequency: [ContentKey: Int] = [:]
    /// Words the story almost always capitalizes: names of people, places, bodies.
    private var names: Set<ContentKey> = []
    private let paragraphCount: Int
    private let articleCount: Int
    /// Short forms weighed as their long forms' words.
    private let acronyms: Acronyms

    public init(paragraphs: [String]) {
        var tally = Tally(paragraphs: paragraphs)
        tally.acronyms = Acronyms.findings(in: paragraphs)
        self.init(tallies: [tally])
    }

    /// From the story's paragraphs, each article counted on its own core and the counts added
    /// up: it walks every word of the story, and is built once for everything that needs it.
    public static func of(_ story: Story) -> StoryTerms {
        StoryTerms(tallies: Parallel.map(story.articles, Tally.of))
    }

    /// The terms of the paragraphs (what quotes are weighed by) and of paragraphs and captions
    /// (what events are), from one count: a caption's words counted apart and added are the same
    /// counts as the caption counted after the paragraphs. The two are added up side by side
    /// (one after the other, they would leave a core idle).
    static func paragraphsAndCaptions(of story: Story) -> (paragraphs: StoryTerms, withCaptions: StoryTerms) {
        let tallies = Parallel.map(story.articles) { (paragraphs: Tally.of($0), captions: Tally(paragraphs: $0.captions)) }
        let paragraphs = tallies.map(\.paragraphs)
        return Parallel.both({ StoryTerms(tallies: paragraphs) }, { StoryTerms(tallies: paragraphs + tallies.map(\.captions)) })
    }

    /// From counts made elsewhere: the normalizer's, carried by each article, which the analyzers
    /// gather in their own per-article pass on both cores rather than in a pass of their own.
    init(tallies: [Tally]) {
        var counts: [ContentKey: (paragraphs: Int, proper: Int, total: Int)] = [:]
        var paragraphs = 0
        for tally in tallies {
            paragraphs += tally.paragraphs
            for use in tally.uses {
                // One hash lookup per word, the counts added in place: every word of the story comes here.
                func add(_ known: inout (paragraphs: Int, proper: Int, total: Int)) {
                    known.paragraphs += Int(use.paragraphs)
                    known.proper += Int(use.proper)
                    known.total += Int(use.total)
                }
                add(&counts[ContentKey(value: use.key), default: (0, 0, 0)])
            }
        }
        paragraphCount = paragraphs
        articleCount = tallies.reduce(0) { $0 + $1.articles }
        documentFrequency = counts.mapValues(\.paragraphs)
        names = Set(counts.filter { $0.value.proper * 5 >= $0.value.total * 4 }.keys)
        acronyms = Acronyms(findings: tallies.lazy.flatMap(\.acronyms))
    }

    /// Rounded to a multiple of 2⁻²⁰, so that sums of weights are exact and do not depend on the
    /// order a `Set` yields its words in (which changes from run to run with Swift's hash seed:
    /// an event's summary once flipped between two runs on a last-bit difference).
    func weight(_ term: String) -> Double {
        weight(frequency: documentFrequency[ContentKey(term)])
    }

    private func weight(frequency: Int?) -> Double {
        let exact = log(1 + Double(max(1, paragraphCount)) / Double(max(1, frequency ?? 1)))
        return (exact * 1_048_576).rounded() / 1_048_576
    }

    /// How many of the story's paragraphs hold a word.
    func paragraphsHolding(_ term: String) -> Int {
        documentFrequency[ContentKey(term)] ?? 0
    }

    /// Used by less than a fifth of the paragraphs (or by three at most, in a short story): a word
    /// that can tell one passage from another. Or by no more paragraphs than the story has
    /// articles: once an outlet, as a happening's words are in a story of briefs, where every
    /// article is a paragraph or two and all its words are in a fifth of the paragraphs.
    func isTelling(_ term: String) -> Bool {
        isTelling(frequency: documentFrequency[ContentKey(term)])
    }

    private func isTelling(frequency: Int?) -> Bool {
        (frequency ?? 0) <= max(3, (paragraphCount + 5) / 5, articleCount)
    }

    /// Whether the story almost always capitalizes the word: a name of a person, place or body.
    func isName(_ term: String) -> Bool {
        names.contains(ContentKey(term))
    }

    /// Weighted overlap of two word sets, the larger of Jaccard and discounted containment; 0 unless
    /// they share two telling words (one, when a side has at most two words).
    /// `namesDecide`: whether shared names count among the telling words (who and where, for events).
    func overlap(_ a: Set<String>, _ b: Set<String>, namesDecide: Bool = false) -> Double {
        overlap(weighed(a), weighed(b), namesDecide: namesDecide)
    }

    /// The same, for word sets weighed once: grouping compares each wording with many others, in
    /// turn, so no sets of strings are intersected and no word is looked up again.
    func overlap(_ a: WeighedWords, _ b: WeighedWords, namesDecide: Bool = false) -> Double {
        let deciding: UInt8 = namesDecide ? WeighedWords.telling : WeighedWords.tellingNotName
        var sharedWeight = 0.0
        var decisive = 0
        a.entries.withUnsafeBufferPointer { a in
            b.entries.withUnsafeBufferPointer { b in
                var i = 0
                var j = 0
                while i < a.count, j < b.count {
                    if a[i].key < b[j].key {
                        i += 1
                    } else if a[i].key > b[j].key {
                        j += 1
                    } else {
                        sharedWeight += a[i].weight
                        if a[i].kind & deciding != 0 { decisive += 1 }
                        i += 1
                        j += 1
                    }
                }
            }
        }
        guard decisive >= 2 || (decisive == 1 && min(a.entries.count, b.entries.count) <= 2) else { return 0 }
        let jaccard = sharedWeight / max(0.001, a.total + b.total - sharedWeight)
        let containment = sharedWeight / max(0.001, min(a.total, b.total))
        return max(jaccard, containment * 0.75)
    }

    /// A word set made ready for `overlap`: its words' keys in order, each with its weight and
    /// whether it can decide. Weights are multiples of 2⁻²⁰ (see `weight`), so sums taken in key
    /// order equal sums taken in any other.
    func weighed(_ words: Set<String>) -> WeighedWords {
        weighed(keys: words.map(ContentKey.init))
    }

    /// The same for words given by their keys, each once (see `Words.distinctContentKeys`): the
    /// grouping weighs every wording, and no word's `String` is made or hashed.
    /// A short form counts as its long form's words (see `Acronyms`).
    func weighed(keys: [ContentKey]) -> WeighedWords {
        var total = 0.0
        var entries = acronyms.expanded(keys).map { key -> WeighedWords.Entry in
            let frequency = documentFrequency[key]
            let kind: UInt8 = !isTelling(frequency: frequency) ? 0
                : names.contains(key) ? WeighedWords.telling : WeighedWords.telling | WeighedWords.tellingNotName
            return WeighedWords.Entry(key: key.value, weight: weight(frequency: frequency), kind: kind)
        }
        entries.sort { $0.key < $1.key }
        for entry in entries { total += entry.weight }
        return WeighedWords(entries: entries, total: total)
    }
}

/// See `StoryTerms.weighed(_:)`. One array of entries, not one per field: a big story weighs
/// every wording and event twice, and each array is an allocation made and freed.
struct WeighedWords: Sendable {
    static let telling: UInt8 = 1
    static let tellingNotName: UInt8 = 2

    struct Entry: Sendable {
        let key: UInt64
        let weight: Double
        let kind: UInt8
    }

    /// In key order.
    fileprivate let entries: [Entry]
    fileprivate let total: Double

    /// The keys of the words that can tell one passage from another (`StoryTerms.isTelling`):
    /// what finds candidates to compare with.
    var tellingKeys: [UInt64] {
        entries.compactMap { $0.kind & Self.telling != 0 ? $0.key : nil }
    }
}
