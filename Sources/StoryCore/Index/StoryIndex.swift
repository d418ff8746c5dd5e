import Foundation

/// The in-memory index over a story's text: every title and paragraph, its words folded
/// (case and diacritics) and stemmed, with the statements, speakers and dated events in it.
/// Built once per load; the browser queries it on every keystroke.
public struct StoryIndex: Sendable {
    /// A searchable unit: an article's title (`paragraph` -1) or one of its paragraphs.
    struct Document: Sendable {
        var article: Int
        var paragraph: Int
        var text: String
        var characters: [Character]
        /// Each word: its stem and where it stands in `characters`.
        var words: [(stem: String, range: Range<Int>)]
        var hasQuote: Bool
        var speakers: Set<String>
        var dates: [StoryDate]
    }

    let story: Story
    private(set) var documents: [Document] = []
    /// stem → documents and the word positions in each.
    private var postings: [String: [(document: Int, positions: [Int])]] = [:]
    /// Folded surface forms in order, each with its stem: for `prefix*` queries.
    private var surfaces: [(form: String, stem: String)] = []
    private var averageLength = 1.0
    private let speakerNames: [String: String]
    /// Folded names an `outlet:` filter matches, per article: its outlet, id and file name.
    private let articleNames: [[String]]

    public init(story: Story, quotes: QuoteAnalysis? = nil, timeline: [TimelineEvent] = []) {
        self.story = story
        var names: [String: String] = [:]
        for speaker in quotes?.speakers ?? [] { names[speaker.id] = ([speaker.name] + speaker.aliases).map { Words.fold($0) }.joined(separator: "|") }
        speakerNames = names
        articleNames = story.articles.map { article in
            [article.displayName, article.id, article.path.split(separator: "/").last.map(String.init) ?? ""].map { Words.fold($0) }
        }
        var speakersAt: [String: Set<String>] = [:]
        for statement in quotes?.statements ?? [] {
            for mention in statement.mentions { speakersAt["\(mention.article)#\(mention.paragraph)", default: []].insert(statement.speaker ?? "") }
        }
        var datesAt: [String: [StoryDate]] = [:]
        for event in timeline { for mention in event.mentions where !mention.fromCaption { datesAt["\(mention.article)#\(mention.paragraph)", default: []].append(mention.date) } }

        var surfaceStems: [String: String] = [:]
        for (articleIndex, article) in story.articles.enumerated() {
            var units: [(Int, String)] = article.title.map { [(-1, $0)] } ?? []
            units += article.paragraphs.enumerated().map { ($0.offset, $0.element) }
            for (paragraph, text) in units {
                let characters = Array(text)
                let words = WordToken.tokenize(characters).filter(\.isWord).map { token -> (String, Range<Int>) in
                    let stem = Stemmer.stem(token.folded)
                    surfaceStems[token.folded] = stem
                    return (stem, token.range)
                }
                let key = "\(article.id)#\(paragraph)"
                let speakers = speakersAt[key] ?? []
                documents.append(Document(
                    article: articleIndex, paragraph: paragraph, text: text, characters: characters, words: words,
                    hasQuote: !speakers.isEmpty, speakers: speakers, dates: datesAt[key] ?? []))
            }
        }
        var total = 0
        for (index, document) in documents.enumerated() {
            total += document.words.count
            var positions: [String: [Int]] = [:]
            for (position, word) in document.words.enumerated() { positions[word.stem, default: []].append(position) }
            for (stem, list) in positions { postings[stem, default: []].append((index, list)) }
        }
        averageLength = Double(max(1, total)) / Double(max(1, documents.count))
        surfaces = surfaceStems.map { ($0.key, $0.value) }.sorted { $0.form < $1.form }
    }

    // MARK: Search

    /// The best matches for `query`, most relevant first, with snippets and the offsets to highlight.
    public func search(_ query: SearchQuery, limit: Int = 20) -> (total: Int, hits: [SearchHit]) {
        var candidates: Set<Int>?
        var matchedStems: [Set<String>] = []
        var phrases: [[String]] = []
        for term in query.terms {
            let stems: Set<String>
            switch term {
            case .word(let word): stems = [Stemmer.stem(Words.fold(word))]
            case .prefix(let prefix): stems = expand(prefix: Words.fold(prefix))
            case .phrase(let words):
                let phrase = words.map { Stemmer.stem(Words.fold($0)) }
                phrases.append(phrase)
                stems = [phrase[0]]
                let containing = documentsWithPhrase(phrase)
                candidates = candidates.map { $0.intersection(containing) } ?? containing
                matchedStems.append(Set(phrase))
                continue
            }
            let containing = Set(stems.flatMap { (postings[$0] ?? []).map(\.document) })
            candidates = candidates.map { $0.intersection(containing) } ?? containing
            matchedStems.append(stems)
        }
        var result = candidates ?? Set(documents.indices)
        for word in query.excluded {
            let stem = Stemmer.stem(Words.fold(word))
            result.subtract((postings[stem] ?? []).map(\.document))
        }
        if query.outlet != nil || query.speaker != nil || query.date != nil {
            let filters = (outlet: query.outlet.map { Words.fold($0) }, speaker: query.speaker.map { Words.fold($0) }, date: query.date)
            result = result.filter { passesFilters(documents[$0], filters) }
        }
        if query.terms.isEmpty { result = result.filter { documents[$0].paragraph >= 0 } }

        let scores = score(result, matchedStems)
        let scored = result.map { ($0, scores[$0] ?? 0) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let hits = scored.prefix(limit).map { index, score in
            hit(documents[index], score: score, stems: matchedStems.reduce(into: Set<String>()) { $0.formUnion($1) }, phrases: phrases)
        }
        return (scored.count, Array(hits))
    }

    private func expand(prefix: String) -> Set<String> {
        guard !prefix.isEmpty else { return [] }
        var low = 0
        var high = surfaces.count
        while low < high {
            let mid = (low + high) / 2
            if surfaces[mid].form < prefix { low = mid + 1 } else { high = mid }
        }
        var stems: Set<String> = []
        var index = low
        while index < surfaces.count, surfaces[index].form.hasPrefix(prefix) {
            stems.insert(surfaces[index].stem)
            index += 1
        }
        return stems
    }

    private func documentsWithPhrase(_ phrase: [String]) -> Set<Int> {
        guard let first = postings[phrase[0]] else { return [] }
        var found: Set<Int> = []
        for (document, positions) in first {
            let words = documents[document].words
            for start in positions where start + phrase.count <= words.count {
                if (0..<phrase.count).allSatisfy({ words[start + $0].stem == phrase[$0] }) {
                    found.insert(document)
                    break
                }
            }
        }
        return found
    }

    private func passesFilters(_ document: Document, _ filters: (outlet: String?, speaker: String?, date: String?)) -> Bool {
        if let wanted = filters.outlet {
            guard articleNames[document.article].contains(where: { $0.hasPrefix(wanted) || $0.contains(wanted) }) else { return false }
        }
        if let wanted = filters.speaker {
            guard document.speakers.contains(where: { speakerNames[$0]?.contains(wanted) == true }) else { return false }
        }
        if let date = filters.date {
            guard document.dates.contains(where: { $0.iso.hasPrefix(date) || date.hasPrefix($0.iso) }) else { return false }
        }
        return true
    }

    /// BM25 over the matched stems, read from the postings (term frequencies are their position
    /// counts); titles count double and paragraphs with a quotation a little more.
    private func score(_ documentsFound: Set<Int>, _ matched: [Set<String>]) -> [Int: Double] {
        let k1 = 1.2
        let b = 0.75
        var totals: [Int: Double] = [:]
        for stems in matched {
            var best: [Int: Double] = [:]
            for stem in stems {
                guard let list = postings[stem] else { continue }
                let count = Double(list.count)
                let idf: Double = log(1 + (Double(documents.count) - count + 0.5) / (count + 0.5))
                for (document, positions) in list where documentsFound.contains(document) {
                    let frequency = Double(positions.count)
                    let norm: Double = k1 * (1 - b + b * Double(documents[document].words.count) / averageLength)
                    let value: Double = idf * frequency * (k1 + 1) / (frequency + norm)
                    best[document] = max(best[document] ?? 0, value)
                }
            }
            for (document, value) in best { totals[document, default: 0] += value }
        }
        var result: [Int: Double] = [:]
        for document in documentsFound {
            var total = matched.isEmpty ? 1 : totals[document] ?? 0
            if documents[document].paragraph < 0 { total *= 2 }
            if documents[document].hasQuote { total *= 1.2 }
            result[document] = (total * 1000).rounded() / 1000
        }
        return result
    }

    private func hit(_ document: Document, score: Double, stems: Set<String>, phrases: [[String]]) -> SearchHit {
        var ranges = document.words.filter { stems.contains($0.stem) }.map(\.range)
        ranges.sort { $0.lowerBound < $1.lowerBound }
        let (snippet, offset) = Snippet.around(document.characters, first: ranges.first?.lowerBound ?? 0, width: 180)
        let matches = ranges.compactMap { range -> [Int]? in
            let start = range.lowerBound - offset
            let end = range.upperBound - offset
            return start >= 0 && end <= snippet.count ? [start, end] : nil
        }
        let article = story.articles[document.article]
        return SearchHit(article: article.id, paragraph: document.paragraph, score: score, snippet: snippet, matches: matches)
    }
}

/// One search result: a paragraph (or title, paragraph -1) with the matched words marked.
public struct SearchHit: Sendable, Equatable {
    public var article: String
    public var paragraph: Int
    public var score: Double
    public var snippet: String
    /// Character offsets `[start, end]` of each match in `snippet`.
    public var matches: [[Int]]
}

/// A window of a paragraph around its first match, cut at word boundaries.
enum Snippet {
    static func around(_ characters: [Character], first: Int, width: Int) -> (String, offset: Int) {
        guard characters.count > width else { return (String(characters), 0) }
        var start = max(0, first - width / 3)
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        var end = min(characters.count, start + width)
        while end < characters.count, !characters[end].isWhitespace { end += 1 }
        var text = String(characters[start..<end])
        var offset = start
        if start > 0 {
            text = "…" + text
            offset -= 1
        }
        if end < characters.count { text += "…" }
        return (text, offset)
    }
}
