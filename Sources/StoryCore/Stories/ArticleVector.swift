import Foundation

/// An article as weighted terms for telling stories apart: its content words, and — weighted
/// higher, because two events of the same kind share their vocabulary but not their people and
/// places — the capitalized names inside its sentences.
struct ArticleTerms: Sendable {
    /// Term counts: content words as they are, names behind `@`.
    var counts: [String: Double]
    /// The content words in order, for finding copies by their shingles.
    var sequence: [String]

    /// When the article was written: the year it was published, else the latest year it dates
    /// something by (`December 9, 2008`, `in June 2012`). Two events of one kind years apart
    /// are two stories, however alike their words.
    var year: Int?

    /// A name counts this many times a word does: what tells two events of one kind apart.
    static let nameWeight = 8.0

    init(_ article: Article) {
        var counts: [String: Double] = [:]
        var sequence: [String] = []
        var latest: Int?
        let texts = [article.title ?? ""] + article.prose
        for text in texts {
            let words = Words.contentWords(in: text)
            sequence += words
            for word in words { counts[word, default: 0] += 1 }
            for name in Self.names(in: text) { counts["@" + name, default: 0] += Self.nameWeight }
            if article.published == nil, let year = Self.latestYear(in: text) { latest = max(latest ?? year, year) }
        }
        self.counts = counts
        self.sequence = sequence
        year = article.published?.year ?? latest
    }

    /// The latest year a text gives as a date: after a month (`June 2012`, `December 9, 2008`)
    /// or after `in` — not a number that happens to have four digits (`2000 residents`).
    static func latestYear(in text: String) -> Int? {
        // Only a text with a digit in it is tokenized again.
        guard text.utf8.count >= 4, text.contains(where: \.isNumber) else { return nil }
        let tokens = Words.tokens(in: text).map { Words.fold($0) }
        var latest: Int?
        for (index, token) in tokens.enumerated() where token.utf8.count == 4 && index > 0 {
            guard let year = Int(token), (1900...2099).contains(year) else { continue }
            let before = tokens[index - 1]
            let dated = DateParser.monthNumber(before) != nil || before == "in"
                || (index > 1 && Int(before).map { (1...31).contains($0) } == true && DateParser.monthNumber(tokens[index - 2]) != nil)
            if dated { latest = max(latest ?? year, year) }
        }
        return latest
    }

    /// Capitalized words that do not open a sentence, folded: `Reid`, `Malibu`, `Promises`.
    /// Read from the byte tokenizer's words and marks: every article of a folder is read so.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        // Whether the next word opens a sentence: at the start, and after . ! ? (and any closing
        // quotes or brackets after them).
        var opens = true
        var previous: WordToken?
        for token in WordToken.tokenize(ParagraphText(text)) {
            guard token.isWord else {
                let mark = token.text
                if mark == ".", let previous, previous.text.count == 1 || SentenceSplitter.abbreviations.contains(previous.folded) {
                    continue  // "Mr. Reid", "J. Smith": no new sentence
                }
                if sentenceEnds.contains(mark) { opens = true } else if !closers.contains(mark) { opens = false }
                continue
            }
            previous = token
            defer { opens = false }
            guard !opens, token.isCapitalized, token.text.first?.isUppercase == true, token.text.count > 1 else { continue }
            guard !StopWords.english.contains(token.folded) else { continue }
            names.append(token.folded)
        }
        return names
    }

    private static let sentenceEnds: Set<String> = [".", "!", "?"]
    private static let closers: Set<String> = ["\"", "'", "”", "’", ")", "]"]
}

/// Sparse unit vectors of tf-idf weights over a folder's articles.
struct ArticleVectors: Sendable {
    /// Per article: term numbers and weights, sorted by term number.
    let vectors: [[(term: Int32, weight: Double)]]
    /// Per article: its heaviest terms, for finding candidates.
    let telling: [[Int32]]
    /// How many articles hold each term.
    let documentFrequency: [Int]

    /// `background`: articles imagined beside these, holding none of their terms (see `StoryClusterer`).
    init(_ terms: [ArticleTerms], tellingTerms: Int = 30, background: Double = 0) {
        var numbers: [String: Int32] = [:]
        var frequency: [Int] = []
        for article in terms {
            for term in article.counts.keys {
                if let number = numbers[term] {
                    frequency[Int(number)] += 1
                } else {
                    numbers[term] = Int32(frequency.count)
                    frequency.append(1)
                }
            }
        }
        let total = Double(max(1, terms.count))
        var vectors: [[(term: Int32, weight: Double)]] = []
        var telling: [[Int32]] = []
        for article in terms {
            var vector: [(term: Int32, weight: Double)] = article.counts.map { term, count in
                let number = numbers[term]!
                // Smoothed idf: a term in one article of one still weighs, one in every article nearly nothing.
                let idf = log(1 + (total + background) / (Double(frequency[Int(number)]) + (background > 0 ? 1 : 0)))
                return (number, (1 + log(count)) * idf)
            }
            let norm = vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if norm > 0 { vector = vector.map { ($0.term, $0.weight / norm) } }
            telling.append(vector.sorted { $0.weight > $1.weight }.prefix(tellingTerms).map(\.term))
            vectors.append(vector.sorted { $0.term < $1.term })
        }
        self.vectors = vectors
        self.telling = telling
        documentFrequency = frequency
    }

    /// Cosine similarity of two articles.
    func similarity(_ a: Int, _ b: Int) -> Double {
        let left = vectors[a], right = vectors[b]
        var i = 0, j = 0
        var sum = 0.0
        while i < left.count, j < right.count {
            if left[i].term == right[j].term {
                sum += left[i].weight * right[j].weight
                i += 1
                j += 1
            } else if left[i].term < right[j].term {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}
