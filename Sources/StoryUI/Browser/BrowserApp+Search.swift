import StoryCore

extension BrowserApp {
    /// Typing in the search prompt: results follow every keystroke.
    mutating func editQuery(_ key: Key) {
        switch key {
        case .enter:
            editingQuery = false
            if matchIndex == nil, !matches.isEmpty { stepMatch(1) }
        case .escape:
            editingQuery = false
            clearSearch()
        case .backspace:
            if query.isEmpty { editingQuery = false } else { query.removeLast(); runSearch() }
        case .character(let character):
            query.append(character)
            runSearch()
        default:
            break
        }
    }

    mutating func clearSearch() {
        query = ""
        matches = []
        matchIndex = nil
        matchStems = []
    }

    /// Finds the query in paragraphs (ranked), then in event summaries and statements.
    mutating func runSearch() {
        matchIndex = nil
        let parsed = SearchQuery(query)
        matchStems = Set(parsed.terms.flatMap { term -> [String] in
            switch term {
            case .word(let word): return [Stemmer.searchStem(Words.fold(word))]
            case .phrase(let words): return words.map { Stemmer.searchStem(Words.fold($0)) }
            case .prefix(let prefix): return ["*" + Words.fold(prefix)]
            }
        })
        guard !parsed.isEmpty else { matches = []; return }
        var found: [MatchTarget] = model.index.locate(parsed, limit: 200).compactMap { place in
            model.articleIndex(place.article).map { .paragraph(article: $0, paragraph: place.paragraph) }
        }
        for index in model.events.indices where wordsMatch(model.eventWords[index], model.eventStems[index]) { found.append(.event(index)) }
        for index in model.quotes.statements.indices where wordsMatch(model.statementWords[index], model.statementStems[index]) {
            found.append(.statement(index))
        }
        matches = found
    }

    /// Whether a word is one the current search looks for (stems and prefixes alike).
    func wordMatches(_ word: String) -> Bool {
        guard !matchStems.isEmpty else { return false }
        let folded = Words.fold(word)
        if matchStems.contains(Stemmer.searchStem(folded)) { return true }
        return matchStems.contains { $0.hasPrefix("*") && folded.hasPrefix($0.dropFirst()) }
    }

    /// Whether folded words hold every word the search looks for.
    private func wordsMatch(_ folded: [String], _ stems: Set<String>) -> Bool {
        let wanted = matchStems
        return !wanted.isEmpty && wanted.allSatisfy { stem in
            stem.hasPrefix("*") ? folded.contains { $0.hasPrefix(stem.dropFirst()) } : stems.contains(stem)
        }
    }

    /// `n` / `N`: the next match, wherever it is, shown in its pane.
    mutating func stepMatch(_ step: Int) {
        guard !matches.isEmpty else { message = query.isEmpty ? "no search: press / to search" : "no matches for \(query)"; return }
        let next = matchIndex.map { ($0 + step + matches.count) % matches.count } ?? (step > 0 ? 0 : matches.count - 1)
        matchIndex = next
        mode = .main
        switch matches[next] {
        case .paragraph(let article, let paragraph):
            selectedSource = article
            detail = .article(article)
            detailTop = max(0, paragraph)
            pendingParagraph = paragraph
            focus = .detail
            sidePane = .sources
        case .event(let index):
            selectedEvent = index
            detail = .event(index)
            detailTop = 0
            focus(.timeline)
        case .statement(let index):
            mode = .quotes
            quoteCursor = index
            modeTop = 0
            pendingStatement = index
        }
    }
}
