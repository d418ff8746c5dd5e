import StoryCore

/// What a search marks in the text: words it looks for (stems and prefixes) in every pane.
struct SearchMarks: Equatable {
    /// Stemmed words, and `*prefix` for words looked for by their beginning.
    var terms: Set<String> = []

    static let none = SearchMarks()

    init() {}

    /// The query's words; the last one a prefix while it is still being typed.
    init(_ query: SearchQuery) {
        terms = Set(query.terms.flatMap { term -> [String] in
            switch term {
            case .word(let word): return [Stemmer.searchStem(Words.fold(word))]
            case .phrase(let words): return words.map { Stemmer.searchStem(Words.fold($0)) }
            case .prefix(let prefix): return ["*" + Words.fold(prefix)]
            }
        })
    }

    var isEmpty: Bool { terms.isEmpty }

    func matches(_ word: String) -> Bool {
        guard !terms.isEmpty else { return false }
        let folded = Words.fold(word)
        if terms.contains(Stemmer.searchStem(folded)) { return true }
        return terms.contains { $0.hasPrefix("*") && folded.hasPrefix($0.dropFirst()) }
    }

    /// Whether folded words hold every word looked for.
    func matchesAll(_ folded: [String], stems: Set<String>) -> Bool {
        !terms.isEmpty && terms.allSatisfy { term in
            term.hasPrefix("*") ? folded.contains { $0.hasPrefix(term.dropFirst()) } : stems.contains(term)
        }
    }

    /// A line with its matching words in `role`.
    func mark(_ line: StyledLine, role: Role = .match) -> StyledLine {
        isEmpty ? line : Styled.highlight(line, matches, role: role)
    }
}
