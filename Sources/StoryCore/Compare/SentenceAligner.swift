/// How a sentence of one article relates to the other's.
public enum PairRelation: String, Sendable {
    case same
    case paraphrase
    case leftOnly = "left-only"
    case rightOnly = "right-only"
}

/// One row of a side-by-side comparison.
public struct SentencePair: Sendable, Equatable {
    public var relation: PairRelation
    public var left: String?
    public var right: String?
    /// From 0 to 1: 1 for the same words, 0 for a sentence only one side has.
    public var similarity: Double
    /// Word-level differences from left to right, for `same` and `paraphrase` pairs.
    public var changes: [WordDiff.Change]
}

/// Aligns the sentences of two articles: the same sentence with small edits, the same statement
/// reworded or moved, and what only one side has. Candidates come from an inverted index over
/// telling words; the result keeps the left article's order, with the right's own sentences
/// placed after the nearest sentence they follow.
public enum SentenceAligner {
    public static func align(_ left: Article, _ right: Article, story: Story) -> [SentencePair] {
        align(left, right, terms: StoryTerms.of(story))
    }

    /// The same, with the story's word weights already at hand (the browser keeps them).
    public static func align(_ left: Article, _ right: Article, terms: StoryTerms) -> [SentencePair] {
        let a = sentences(of: left)
        let b = sentences(of: right)
        let wordsA = a.map { Set(Words.contentWords(in: $0)) }
        let wordsB = b.map { Set(Words.contentWords(in: $0)) }
        var index: [String: [Int]] = [:]
        for (j, words) in wordsB.enumerated() { for word in words where terms.isTelling(word) { index[word, default: []].append(j) } }

        // The same sentence in both is always a pair, whatever its words: taken first, in order.
        var firstOfB: [String: [Int]] = [:]
        for (j, sentence) in b.enumerated() { firstOfB[normalized(sentence), default: []].append(j) }
        var identical: [Int: Int] = [:]
        for (i, sentence) in a.enumerated() {
            let key = normalized(sentence)
            guard !key.isEmpty, var js = firstOfB[key], !js.isEmpty else { continue }
            identical[i] = js.removeFirst()
            firstOfB[key] = js
        }

        // Every plausible pair, scored; then the best pairs taken first, each sentence used once.
        // A sentence's candidates are those sharing the most telling words with it, and a word in
        // hundreds of sentences tells none of them apart: so the pairs compared stay in proportion
        // to the sentences, however long the two articles are.
        var scored: [(i: Int, j: Int, score: Double, wordShare: Double)] = []
        for (i, words) in wordsA.enumerated() where identical[i] == nil {
            var shared: [Int: Int] = [:]
            for word in words where terms.isTelling(word) {
                guard let postings = index[word], postings.count <= Self.commonWord else { continue }
                for j in postings { shared[j, default: 0] += 1 }
            }
            let candidates = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(Self.candidates).map(\.key)
            for j in candidates {
                let changes = WordDiff.changes(from: a[i], to: b[j])
                let share = WordDiff.similarity(changes)
                // A short sentence inside a long one (`Howard said.`) is not its rewording: the
                // share of words they hold in common counts less the more their lengths differ.
                let lengths = (Double(min(words.count, wordsB[j].count)), Double(max(words.count, wordsB[j].count, 1)))
                let overlap = terms.overlap(words, wordsB[j], namesDecide: true) * min(1, 2 * lengths.0 / lengths.1)
                // A run of four words or more in both (`in the most secure way possible`) is one wording
                // quoted twice; a name's words do not count (`told jurors in Albany County Court`).
                let run = changes.map { change -> Int in
                    if case .same(let text) = change { return text.split(separator: " ").filter { $0.first?.isUppercase != true }.count } else { return 0 }
                }.max() ?? 0
                let score = max(share, overlap, run >= 4 ? 0.4 + 0.02 * Double(min(run, 10)) : 0)
                if share >= 0.5 || overlap >= 0.3 || run >= 4 { scored.append((i, j, score, share)) }
            }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : ($0.i, $0.j) < ($1.i, $1.j) }
        var matchOf: [Int: (j: Int, score: Double, share: Double)] = identical.mapValues { ($0, 1, 1) }
        var taken = Set(identical.values)
        for pair in scored where matchOf[pair.i] == nil && !taken.contains(pair.j) {
            matchOf[pair.i] = (pair.j, pair.score, pair.wordShare)
            taken.insert(pair.j)
        }

        var pairs: [SentencePair] = []
        var emitted: Set<Int> = []
        func emitRightOnly(upTo limit: Int) {
            for j in 0..<limit where !taken.contains(j) && !emitted.contains(j) {
                emitted.insert(j)
                pairs.append(SentencePair(relation: .rightOnly, left: nil, right: b[j], similarity: 0, changes: []))
            }
        }
        for i in a.indices {
            guard let match = matchOf[i] else {
                pairs.append(SentencePair(relation: .leftOnly, left: a[i], right: nil, similarity: 0, changes: []))
                continue
            }
            emitRightOnly(upTo: match.j)
            let relation: PairRelation = match.share >= 0.75 ? .same : .paraphrase
            pairs.append(SentencePair(
                relation: relation, left: a[i], right: b[match.j], similarity: (match.score * 100).rounded() / 100,
                changes: WordDiff.changes(from: a[i], to: b[match.j])))
        }
        emitRightOnly(upTo: b.count)
        return pairs
    }

    /// A sentence's words, folded, for finding the same sentence on both sides.
    private static func normalized(_ sentence: String) -> String {
        Words.tokens(in: sentence).map { Words.fold($0) }.joined(separator: " ")
    }

    /// The most sentences one sentence is compared with.
    static let candidates = 32
    /// A word in more sentences than this does not help find a sentence's match.
    static let commonWord = 256

    /// An article's sentences in reading order, quotations kept whole.
    static func sentences(of article: Article) -> [String] {
        article.prose.flatMap { paragraph -> [String] in
            let text = ParagraphText(paragraph)
            let quotes = QuoteScanner.scan([text]).map(\.outer)
            return text.sentences(protected: quotes).map(text.text)
        }
    }
}
