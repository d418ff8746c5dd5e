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

    /// The texts of `table` (with their stems) that hold every word looked for; prefixes found
    /// through the table's ranges, so a keystroke costs a binary search per text.
    func matching(_ table: PrefixTable, stems: [Set<String>], among candidates: [Int]) -> [Int] {
        guard !terms.isEmpty else { return [] }
        let words = terms.filter { !$0.hasPrefix("*") }
        let ranges = terms.filter { $0.hasPrefix("*") }.map { table.range(prefix: String($0.dropFirst())) }
        if ranges.contains(where: \.isEmpty) { return [] }
        return candidates.filter { index in
            words.allSatisfy { stems[index].contains($0) } && ranges.allSatisfy { table.contains(index, $0) }
        }
    }

    /// A line with its matching words in `role`.
    func mark(_ line: StyledLine, role: Role = .match) -> StyledLine {
        isEmpty ? line : Styled.highlight(line, matches, role: role)
    }
}
