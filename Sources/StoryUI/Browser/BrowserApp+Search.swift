import StoryCore

extension BrowserApp {
    /// Typing in the prompt: search results (or the filter) follow every keystroke.
    mutating func editPrompt(_ key: Key, _ kind: PromptKind) {
        switch kind {
        case .search:
            switch prompt.handle(key) {
            case .edited where mode == .stories:
                if var list = views.last as? StoryListView {
                    list.narrowing = prompt.text
                    list.cursor = 0
                    views[views.count - 1] = list
                }
            case .edited:
                query = prompt.text
                runSearch()
            case .moved: break
            case .accepted where mode == .stories, .cancelled where mode == .stories:
                promptKind = nil
            case .accepted:
                promptKind = nil
                if query.trimmed.isEmpty { clearSearch() } else if matchIndex == nil, !matches.isEmpty { stepMatch(1) }
            case .cancelled:
                promptKind = nil
                clearSearch()
            }
        case .filter:
            switch filterPrompt.handle(key) {
            case .edited: setFilter(filterPrompt.text)
            case .moved: break
            case .accepted:
                promptKind = nil
                if !filter.isEmpty { message = "\(shownSources.count) of \(articleCount) sources · \(shownEvents.count) events; Esc clears" }
            case .cancelled:
                promptKind = nil
                setFilter("")
            }
        }
    }

    /// The query as searched: its last word, from two letters, a prefix (`fer` finds `Ferrand` while it is typed,
    /// and after Enter the same matches stay), unless it ends in a space, a quote or a filter.
    static func parse(_ text: String) -> SearchQuery {
        guard let last = text.last, last.isLetter || last.isNumber else { return SearchQuery(text) }
        let lastToken = text.split(separator: " ").last ?? ""
        // One letter is the start of a fifth of the story's words: a prefix from the second.
        if lastToken.count < 2 || lastToken.contains(":") || lastToken.hasPrefix("-") || lastToken.contains("\"") { return SearchQuery(text) }
        return SearchQuery(text + "*")
    }

    mutating func clearSearch() {
        query = ""
        matches = []
        searchHits = []
        matchIndex = nil
        marks = .none
    }

    /// Finds the query in paragraphs, event summaries and statements, in reading order: sources as
    /// listed, paragraphs in order, then events in time order, then statements.
    mutating func runSearch() {
        matchIndex = nil
        let parsed = Self.parse(query)
        marks = SearchMarks(parsed)
        guard !parsed.isEmpty else { matches = []; searchHits = []; return }
        let place = Dictionary(uniqueKeysWithValues: shownSources.enumerated().map { ($1, $0) })
        // The Search pane's best hits come from the same pass: `render` does not search.
        let (places, hits) = model.index.placesAndHits(parsed, limit: Self.searchPaneHits)
        searchHits = hits
        var paragraphs = places.filter { place[$0.article] != nil }
        if sourceOrder != .given { paragraphs.sort { (place[$0.article]!, $0.paragraph) < (place[$1.article]!, $1.paragraph) } }
        var found: [MatchTarget] = paragraphs.map { .paragraph(article: $0.article, paragraph: $0.paragraph) }
        found += marks.matching(model.eventPrefixes, stems: model.eventStems, among: shownEvents).map { .event($0) }
        let statements = shownStatements.map { Array($0).sorted() } ?? Array(model.quotes.statements.indices)
        found += marks.matching(model.statementPrefixes, stems: model.statementStems, among: statements).map { .statement($0) }
        matches = found
    }

    /// How many matches of each kind: what the prompt, the status line and the Search pane all say.
    var matchSummary: String {
        guard !matches.isEmpty else { return query.isEmpty ? "" : "no matches" }
        var paragraphs = 0, events = 0, statements = 0
        for match in matches {
            switch match {
            case .paragraph: paragraphs += 1
            case .event: events += 1
            case .statement: statements += 1
            }
        }
        let parts = [(paragraphs, "paragraph"), (events, "event"), (statements, "statement")].filter { $0.0 > 0 }.map { $0.0.counted($0.1) }
        return "\(matches.count) match\(matches.count == 1 ? "" : "es"): " + parts.joined(separator: ", ")
    }

    /// `n` / `N`: the next match, wherever it is, shown where it lives.
    mutating func stepMatch(_ step: Int) {
        guard !matches.isEmpty else { message = query.isEmpty ? "no search: press / to search" : "no matches for \(query)"; return }
        let next = matchIndex.map { ($0 + step + matches.count) % matches.count } ?? (step > 0 ? 0 : matches.count - 1)
        matchIndex = next
        switch matches[next] {
        case .paragraph(let article, let paragraph):
            if case .reader = mode {
                views[views.count - 1] = ReaderView(article: article, paragraph: paragraph, highlight: nil)
                return
            }
            views.removeAll()
            selectedSource = article
            detail = .article(article)
            detailTop = max(0, paragraph)
            pendingParagraph = paragraph
            focus = .detail
            sidePane = .sources
        case .event(let index):
            views.removeAll()
            selectedEvent = index
            focus(.timeline)
        case .statement(let index):
            if var quotes = views.last as? QuotesView {
                quotes.show(statement: index, context(layout.full))
                views[views.count - 1] = quotes
            } else {
                views.removeAll()
                push(QuotesView(statements: shownStatements, showing: index, model: model))
            }
        }
    }

    /// The match `n` last stepped to, if any.
    var currentMatch: MatchTarget? { matchIndex.flatMap { matches.indices.contains($0) ? matches[$0] : nil } }

    // MARK: Filter and sort

    /// Narrows sources, timeline and quotes to what `text` asks for: words (their paragraphs,
    /// events and statements), `outlet:`, `speaker:`, `date:2025-03` or `date:2025-03..2025-05`.
    mutating func setFilter(_ text: String) {
        filter = text
        refreshShown()
        if !query.isEmpty { runSearch() }
    }

    /// Works out which sources, events and statements are shown, and in what order.
    mutating func refreshShown() {
        let articles = model.story.articles
        var sources = Array(articles.indices)
        var events = Array(model.events.indices)
        var statements: Set<Int>?
        let parsed = Self.parse(filter)
        if !filter.trimmed.isEmpty, !parsed.isEmpty {
            let words = SearchMarks(SearchQuery(parsed.terms.isEmpty ? "" : filter))
            var located: [String: Set<Int>] = [:]
            if !parsed.terms.isEmpty {
                var wordsOnly = parsed
                wordsOnly.outlet = nil; wordsOnly.speaker = nil; wordsOnly.date = nil
                for hit in model.index.locate(wordsOnly, limit: 100_000) { located[hit.article, default: []].insert(hit.paragraph) }
            }
            if let outlet = parsed.outlet.map(Words.fold) {
                sources = sources.filter { Words.fold(articles[$0].displayName).contains(outlet) }
            }
            if !parsed.terms.isEmpty { sources = sources.filter { located[articles[$0].id] != nil } }
            let kept = Set(sources.map { articles[$0].id })
            let speakerIDs = parsed.speaker.map { name in
                Set(model.quotes.speakers.filter { Words.fold($0.name).contains(Words.fold(name)) }.map(\.id))
            }
            let wordEvents = parsed.terms.isEmpty ? [] : Set(words.matching(model.eventPrefixes, stems: model.eventStems, among: Array(model.events.indices)))
            let wordStatements = parsed.terms.isEmpty ? [] : Set(words.matching(model.statementPrefixes, stems: model.statementStems, among: Array(model.quotes.statements.indices)))
            var keptStatements = Set<Int>()
            for (index, statement) in model.quotes.statements.enumerated() {
                guard statement.mentions.contains(where: { kept.contains($0.article) }) else { continue }
                if let speakerIDs, !(statement.speaker.map(speakerIDs.contains) ?? false) { continue }
                if !parsed.terms.isEmpty, !wordStatements.contains(index),
                   !statement.mentions.contains(where: { located[$0.article]?.contains($0.paragraph) ?? false }) { continue }
                keptStatements.insert(index)
            }
            statements = keptStatements
            events = events.filter { index in
                let event = model.events[index]
                guard event.mentions.contains(where: { kept.contains($0.article) }) else { return false }
                if let date = parsed.date, !Self.date(event.date.iso, within: date) { return false }
                if speakerIDs != nil, !model.eventStatements[index].contains(where: keptStatements.contains) { return false }
                if !parsed.terms.isEmpty, !wordEvents.contains(index),
                   !event.mentions.contains(where: { located[$0.article]?.contains($0.paragraph) ?? false }) { return false }
                return true
            }
        }
        switch sourceOrder {
        case .given: break
        case .date: sources.sort { (articles[$0].published?.iso ?? "~") < (articles[$1].published?.iso ?? "~") }
        case .outlet: sources.sort { articles[$0].displayName.lowercased() < articles[$1].displayName.lowercased() }
        case .coverage: sources.sort { (model.coverage[articles[$0].id]?.share ?? 0) > (model.coverage[articles[$1].id]?.share ?? 0) }
        }
        if !showCopies, !model.families.isEmpty {
            // One row per family: its first article, the others counted beside it.
            var seen: Set<String> = []
            sources = sources.filter { index in model.families[index].map { seen.insert($0).inserted } ?? true }
        }
        shownSources = sources
        shownEvents = events
        shownStatements = statements
        if !sources.isEmpty, !sources.contains(selectedSource) {
            selectedSource = sources[0]
            if case .source = detail { detail = .source(selectedSource) }
        }
        if !events.isEmpty, !events.contains(selectedEvent) {
            selectedEvent = events[0]
            if case .event = detail { detail = .event(selectedEvent) }
        }
        detailCache.clear()
    }

    /// `2025-03-14` within `2025-03`, or within `2025-01..2025-06`.
    static func date(_ iso: String, within filter: String) -> Bool {
        let characters = Array(filter)
        guard let dots = (0..<max(0, characters.count - 1)).first(where: { characters[$0] == "." && characters[$0 + 1] == "." }) else {
            return iso.hasPrefix(filter)
        }
        let low = String(characters[..<dots]), high = String(characters[(dots + 2)...])
        return (low.isEmpty || iso >= low || low.hasPrefix(iso)) && (high.isEmpty || iso <= high || iso.hasPrefix(high))
    }
}
