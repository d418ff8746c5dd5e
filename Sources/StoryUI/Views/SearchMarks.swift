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

    /// The texts among `candidates` that hold every word looked for: prefixes in `words` (the
    /// texts' folded words), whole words in `stems` (their stems), each read from the tables'
    /// lists of holders, so a keystroke costs what the query's words hold, not what the story does.
    func matching(_ words: PrefixTable, stems: PrefixTable, among candidates: [Int]) -> [Int] {
        guard !terms.isEmpty else { return [] }
        var allowed: [Bool]?
        for term in terms.sorted() {
            let holding = term.hasPrefix("*") ? words.texts(holdingPrefix: String(term.dropFirst())) : stems.texts(holding: term)
            allowed = allowed.map { zip($0, holding).map { $0 && $1 } } ?? holding
        }
        guard let allowed else { return [] }
        return candidates.filter { allowed.indices.contains($0) && allowed[$0] }
    }

    /// A line with its matching words in `role`.
    func mark(_ line: StyledLine, role: Role = .match) -> StyledLine {
        isEmpty ? line : Styled.highlight(line, matches, role: role)
    }
}
