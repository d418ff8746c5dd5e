import Foundation

/// The in-memory index over a story's text: every title and paragraph, its words folded
/// (case and diacritics) and stemmed, with the statements, speakers and dated events in it.
/// Built once per load; the browser queries it on every keystroke.
///
/// A class: built once, then only read, and shared by the browser and every query without copying
/// (as a struct, copies of the model that holds it overflowed the small stacks of test threads).
public final class StoryIndex: @unchecked Sendable {
    /// A searchable unit: an article's title (`paragraph` -1) or one of its paragraphs.
    struct Document: Sendable {
        var article: Int
        var paragraph: Int
        var text: String
        /// The stem of each word, in order, as a key: what phrases are checked on (numbers along a
        /// paragraph compare far more cheaply than strings). Where words stand in the text is worked
        /// out only for the hits shown.
        var stems: [ContentKey]
        var hasQuote: Bool
        var speakers: Set<String>
        var dates: [StoryDate]
    }

    let story: Story
    private(set) var documents: [Document] = []
    /// stem → the documents holding it and how often. Kept flat (no positions: a phrase is checked
    /// on its documents' stems) so that a common word's list is one run of memory to score, not an
    /// array of positions per entry to chase for a word like `fire`.
    ///
    /// Keyed by the stem's 64-bit key (as the stems of documents are, see `ContentKey`), in two
    /// halves split by a bit of the key, each filled on its own core: joining every article's
    /// counts into one table keyed by `String` is a long serial step on a big story.
    private var postings: [[ContentKey: [Posting]]] = []

    struct Posting {
        var document: Int32
        var frequency: Int32
    }
    /// Folded surface forms in order, each with its stem: for `prefix*` queries.
    private var surfaces: [(form: String, stem: String)] = []
    private var averageLength = 1.0
    /// Per document, kept apart from `documents` so the scoring loop reads plain numbers:
    /// BM25's length factor and the title/quotation boost.
    private var lengthFactors: [Double] = []
    private var boosts: [Double] = []
    private let speakerNames: [String: String]
    /// Folded names an `outlet:` filter matches, per article: its outlet, id and file name.
    /// Per article, its outlet, id and file name, folded and joined by NUL: one byte search per article.
    private let articleNames: [String]

    public init(story: Story, quotes: QuoteAnalysis? = nil, timeline: [TimelineEvent] = []) {
        self.story = story
        var names: [String: String] = [:]
        for speaker in quotes?.speakers ?? [] { names[speaker.id] = ([speaker.name] + speaker.aliases).map { Words.fold($0) }.joined(separator: "|") }
        speakerNames = names
        articleNames = story.articles.map { article in
            [article.displayName, article.id, article.path.split(separator: "/").last.map(String.init) ?? ""].map { Words.fold($0) }
                .joined(separator: "\u{0}")
        }
        var speakersAt: [String: Set<String>] = [:]
        for statement in quotes?.statements ?? [] {
            for mention in statement.mentions { speakersAt["\(mention.article)#\(mention.paragraph)", default: []].insert(statement.speaker ?? "") }
        }
        var datesAt: [String: [StoryDate]] = [:]
        for event in timeline { for mention in event.mentions where !mention.fromCaption { datesAt["\(mention.article)#\(mention.paragraph)", default: []].append(mention.date) } }

        // Each article's documents, stems and word counts on both cores; then joined in order.
        let speakersByParagraph = speakersAt
        let datesByParagraph = datesAt
        let perArticle = Parallel.map(Array(story.articles.enumerated())) { articleIndex, article in
            var part = ArticlePart()
            // Each spelling is folded and stemmed once; looked up as a `String` made from its bytes
            // (a `Substring` key hashes far more slowly, and every word of the story is looked up).
            var stemOf: [String: ContentKey] = [:]
            var units: [(Int, String)] = article.title.map { [(-1, $0)] } ?? []
            units += article.paragraphs.enumerated().map { ($0.offset, $0.element) }
            for (paragraph, text) in units {
                var stems: [ContentKey] = []
                var bytesOfText = text
                bytesOfText.withUTF8 { bytes in
                    Words.forEachWordRange(bytes) { range in
                        let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                        if let known = stemOf[token] { stems.append(known); return }
                        let folded = Words.fold(token)
                        let stem = Stemmer.searchStem(folded)
                        let key = ContentKey(stem)
                        stemOf[token] = key
                        part.surfaceStems[folded] = stem
                        stems.append(key)
                    }
                }
                let key = "\(article.id)#\(paragraph)"
                let speakers = speakersByParagraph[key] ?? []
                part.documents.append(Document(
                    article: articleIndex, paragraph: paragraph, text: text, stems: stems,
                    hasQuote: !speakers.isEmpty, speakers: speakers, dates: datesByParagraph[key] ?? []))
                part.counts.append(Self.counted(stems))
            }
            return part
        }
        var surfaceStems: [String: String] = [:]
        var total = 0
        for part in perArticle {
            surfaceStems.merge(part.surfaceStems) { known, _ in known }
            documents += part.documents
            total += part.documents.reduce(0) { $0 + $1.stems.count }
        }
        // Each half of the postings walks every document's counts and keeps the stems of its half.
        postings = Parallel.map([0, 1]) { half in
            var table: [ContentKey: [Posting]] = [:]
            var index: Int32 = 0
            for part in perArticle {
                for counts in part.counts {
                    for (stem, count) in counts where Self.half(of: stem) == half {
                        table[stem, default: []].append(Posting(document: index, frequency: count))
                    }
                    index += 1
                }
            }
            return table
        }
        averageLength = Double(max(1, total)) / Double(max(1, documents.count))
        lengthFactors = documents.map { 1.2 * (0.25 + 0.75 * Double($0.stems.count) / averageLength) }
        boosts = documents.map { ($0.paragraph < 0 ? 2 : 1) * ($0.hasQuote ? 1.2 : 1) }
        surfaces = surfaceStems.map { ($0.key, $0.value) }.sorted { $0.form < $1.form }
    }

    /// Which half of the postings holds a stem: a bit from the well-mixed top of its key.
    private static func half(of stem: ContentKey) -> Int {
        Int(truncatingIfNeeded: stem.value >> 47) & 1
    }

    /// How often each stem occurs in a document, by sorting its keys (no hashing).
    private static func counted(_ stems: [ContentKey]) -> [(ContentKey, Int32)] {
        var counts: [(ContentKey, Int32)] = []
        for stem in stems.sorted(by: { $0.value < $1.value }) {
            if let last = counts.last, last.0 == stem { counts[counts.count - 1].1 += 1 } else { counts.append((stem, 1)) }
        }
        return counts
    }

    private func postings(of stem: String) -> [Posting]? {
        let key = ContentKey(stem)
        return postings[Self.half(of: key)][key]
    }

    /// What one article adds to the index, worked out apart from the others.
    private struct ArticlePart: Sendable {
        var documents: [Document] = []
        /// Per document, how often each stem occurs.
        var counts: [[(ContentKey, Int32)]] = []
        var surfaceStems: [String: String] = [:]
    }

    // MARK: Search

    /// The best matches for `query`, most relevant first, with snippets and the offsets to highlight.
    ///
    /// One pass over each query word's postings counts the words a paragraph matches and adds up
    /// its BM25 score in flat arrays; only the hits shown are sorted and given snippets. This keeps
    /// a keystroke's query proportional to the postings it reads, not to the size of the story.
    public func search(_ query: SearchQuery, limit: Int = 20) -> (total: Int, hits: [SearchHit]) {
        let (total, top, stems, phrases) = ranked(query, limit: limit)
        return (total, top.map { hit(documents[$0.0], score: $0.1, stems: stems, phrases: phrases) })
    }

    /// Where the best matches are, in rank order, without snippets: what the browser's `n`/`N`
    /// walk needs on every keystroke (building 200 snippets would cost more than the search).
    public func locate(_ query: SearchQuery, limit: Int = 200) -> [(article: String, paragraph: Int)] {
        ranked(query, limit: limit).top.map { (story.articles[documents[$0.0].article].id, documents[$0.0].paragraph) }
    }

    /// Every paragraph that matches, in the order of the story (articles as given, paragraphs in
    /// order), unranked: what the browser steps through with `n`. Titles are left out.
    public func places(_ query: SearchQuery) -> [(article: Int, paragraph: Int)] {
        places(matched(query).found.map(\.document))
    }

    /// Both at once, from one pass over the postings: every matching paragraph in story order and
    /// the best `limit` hits with their snippets — what the browser shows on each keystroke.
    public func placesAndHits(_ query: SearchQuery, limit: Int) -> (places: [(article: Int, paragraph: Int)], hits: [SearchHit]) {
        let found = matched(query)
        let (_, top, stems, phrases) = ranked(found, limit: limit)
        return (places(found.found.map(\.document)), top.map { hit(documents[$0.0], score: $0.1, stems: stems, phrases: phrases) })
    }

    private func places(_ found: [Int]) -> [(article: Int, paragraph: Int)] {
        found.sorted().compactMap { number in
            let document = documents[number]
            return document.paragraph >= 0 ? (document.article, document.paragraph) : nil
        }
    }

    private func ranked(_ query: SearchQuery, limit: Int) -> (total: Int, top: [(Int, Double)], stems: Set<String>, phrases: [[String]]) {
        ranked(matched(query), limit: limit)
    }

    private func ranked(
        _ matched: (found: [Scored], groups: Int, stems: Set<String>, phrases: [[String]]), limit: Int
    ) -> (total: Int, top: [(Int, Double)], stems: Set<String>, phrases: [[String]]) {
        let (found, groupCount, stems, phrases) = matched
        func finalScore(_ hit: Scored) -> Double {
            ((groupCount == 0 ? 1 : hit.score) * boosts[hit.document] * 1000).rounded() / 1000
        }
        let ranked = found.map { ($0.document, finalScore($0)) }
        // Only the hits shown are put in order: a common word matches most of a big story.
        let better: ((Int, Double), (Int, Double)) -> Bool = { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var top: [(Int, Double)] = []
        top.reserveCapacity(limit + 1)
        for candidate in ranked {
            if top.count == limit, let last = top.last, !better(candidate, last) { continue }
            let place = top.firstIndex { better(candidate, $0) } ?? top.count
            top.insert(candidate, at: place)
            if top.count > limit { top.removeLast() }
        }
        return (ranked.count, top, stems, phrases)
    }

    /// The documents matching every term and filter, each with its BM25 score.
    private func matched(_ query: SearchQuery) -> (found: [Scored], groups: Int, stems: Set<String>, phrases: [[String]]) {
        var groups: [[String: [Int]?]] = []  // per query term: stems, with the documents a phrase allows
        var phrases: [[String]] = []
        for term in query.terms {
            switch term {
            case .word(let word): groups.append([Stemmer.searchStem(Words.fold(word)): nil])
            case .prefix(let prefix): groups.append(Dictionary(uniqueKeysWithValues: expand(prefix: Words.fold(prefix)).map { ($0, nil) }))
            case .phrase(let words):
                let phrase = words.map { Stemmer.searchStem(Words.fold($0)) }
                phrases.append(phrase)
                groups.append([phrase[0]: documentsWithPhrase(phrase)])
            }
        }
        var found: [Scored]
        if groups.isEmpty {
            found = documents.indices.filter { documents[$0].paragraph >= 0 }.map { Scored(document: $0, score: 1) }
        } else if groups.count == 1, groups[0].count == 1, let (stem, allowed) = groups[0].first {
            // One word or phrase: its postings are the matches, each document once, in order —
            // no arrays the size of the story to make and clear (most of a rare word's query).
            found = []
            scoredPostings(of: stem, allowed: allowed) { found.append(Scored(document: $0, score: $1)) }
        } else {
            found = matchedEveryGroup(groups)
        }
        var excluded = Set<Int>()
        for word in query.excluded { excluded.formUnion((postings(of: Stemmer.searchStem(Words.fold(word))) ?? []).map { Int($0.document) }) }
        if !excluded.isEmpty { found.removeAll { excluded.contains($0.document) } }
        if let outlet = query.outlet.map({ Words.fold($0) }) {
            // Decided once per article, not per paragraph.
            // Byte search: Foundation's `contains` here would be most of an `outlet:` query.
            let allowed = articleNames.map { Words.has($0, outlet) }
            found = found.filter { allowed[documents[$0.document].article] }
        }
        if query.speaker != nil || query.date != nil {
            let filters = (outlet: String?.none, speaker: query.speaker.map { Words.fold($0) }, date: query.date)
            found = found.filter { passesFilters(documents[$0.document], filters) }
        }
        let stems = groups.reduce(into: Set<String>()) { $0.formUnion($1.keys) }.union(phrases.flatMap { $0 })
        return (found, groups.count, stems, phrases)
    }

    struct Scored {
        var document: Int
        var score: Double
    }

    /// Each document holding `stem` (among `allowed`, when a phrase narrows them) with its BM25
    /// term score, in document order.
    private func scoredPostings(of stem: String, allowed: [Int]?, _ body: (Int, Double) -> Void) {
        guard let list = postings(of: stem) else { return }
        let count = Double(list.count)
        let idf: Double = log(1 + (Double(documents.count) - count + 0.5) / (count + 0.5))
        // A phrase allows some documents, in order like the postings: the two lists are walked together.
        var nextAllowed = 0
        for posting in list {
            let document = Int(posting.document)
            if let allowed {
                while nextAllowed < allowed.count, allowed[nextAllowed] < document { nextAllowed += 1 }
                guard nextAllowed < allowed.count, allowed[nextAllowed] == document else { continue }
            }
            let frequency = Double(posting.frequency)
            body(document, idf * frequency * 2.2 / (frequency + lengthFactors[document]))
        }
    }

    /// Documents matching every group (a word, a phrase, or the words a prefix starts), each
    /// group scored by its best stem and the groups' scores summed.
    private func matchedEveryGroup(_ groups: [[String: [Int]?]]) -> [Scored] {
        var matchedCount = [Int](repeating: 0, count: documents.count)
        var scores = [Double](repeating: 0, count: documents.count)
        var groupBest = [Double](repeating: -1, count: documents.count)
        var touched: [Int] = []
        for group in groups {
            var inGroup: [Int] = []
            for (stem, allowed) in group {
                scoredPostings(of: stem, allowed: allowed) { document, value in
                    if groupBest[document] < 0 { inGroup.append(document) }
                    if value > groupBest[document] { groupBest[document] = value }
                }
            }
            for document in inGroup {
                if matchedCount[document] == 0 { touched.append(document) }
                matchedCount[document] += 1
                scores[document] += groupBest[document]
                groupBest[document] = -1
            }
        }
        return touched.filter { matchedCount[$0] == groups.count }.map { Scored(document: $0, score: scores[$0]) }
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

    /// Documents holding the stems in this order. Anchored on the phrase's rarest word, so
    /// `"fire chief"` walks the postings of `chief`, not of the `fire` every article mentions.
    private func documentsWithPhrase(_ phrase: [String]) -> [Int] {
        let lists = phrase.map { postings(of: $0) }
        let keys = phrase.map(ContentKey.init)
        guard !lists.contains(where: { $0 == nil }),
              let anchor = lists.indices.min(by: { lists[$0]!.count < lists[$1]!.count })
        else { return [] }
        var found: [Int] = []  // in document order, as the postings are
        for posting in lists[anchor]! {
            let document = Int(posting.document)
            let stems = documents[document].stems
            for position in stems.indices where stems[position] == keys[anchor] {
                let start = position - anchor
                guard start >= 0, start + phrase.count <= stems.count else { continue }
                if (0..<phrase.count).allSatisfy({ stems[start + $0] == keys[$0] }) {
                    found.append(document)
                    break
                }
            }
        }
        return found
    }

    private func passesFilters(_ document: Document, _ filters: (outlet: String?, speaker: String?, date: String?)) -> Bool {
        if let wanted = filters.outlet {
            guard Words.has(articleNames[document.article], wanted) else { return false }
        }
        if let wanted = filters.speaker {
            guard document.speakers.contains(where: { speakerNames[$0].map { Words.has($0, wanted) } == true }) else { return false }
        }
        if let date = filters.date {
            guard document.dates.contains(where: { $0.iso.hasPrefix(date) || date.hasPrefix($0.iso) }) else { return false }
        }
        return true
    }

    private func hit(_ document: Document, score: Double, stems: Set<String>, phrases: [[String]]) -> SearchHit {
        let paragraph = ParagraphText(document.text)
        // The words are cut as the index cut them (`Words`), on the bytes. A stemmer only changes
        // endings: a word can match only if it starts as a stem does, and only those words are
        // folded and stemmed (tokenizing whole paragraphs as `Character`s would be most of a query).
        let initials = Set(stems.compactMap { $0.utf8.first })
        var matched: [Range<Int>] = []
        var text = document.text
        text.withUTF8 { bytes in
            Words.forEachWordRange(bytes) { range in
                let lead = bytes[range.lowerBound]
                guard lead >= 0x80 || initials.contains((0x41...0x5A).contains(lead) ? lead | 0x20 : lead) else { return }
                let folded = Words.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                guard let initial = folded.utf8.first, initials.contains(initial), stems.contains(Stemmer.searchStem(folded)) else { return }
                matched.append(range)
            }
        }
        let ranges = matched.map { paragraph.character(atUTF8: $0.lowerBound)..<paragraph.character(atUTF8: $0.upperBound) }
        let (snippet, offset) = Snippet.around(paragraph, first: ranges.first?.lowerBound ?? 0, width: 180)
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
    static func around(_ paragraph: ParagraphText, first: Int, width: Int) -> (String, offset: Int) {
        let characters = paragraph.characters
        guard characters.count > width else { return (paragraph.string, 0) }
        var start = max(0, first - width / 3)
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        var end = min(characters.count, start + width)
        while end < characters.count, !characters[end].isWhitespace { end += 1 }
        var text = paragraph.text(start..<end)
        var offset = start
        if start > 0 {
            text = "…" + text
            offset -= 1
        }
        if end < characters.count { text += "…" }
        return (text, offset)
    }
}
