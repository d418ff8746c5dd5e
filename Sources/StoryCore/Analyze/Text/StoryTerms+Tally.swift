extension StoryTerms {
    /// Word counts of some paragraphs: in how many each content word appears, and how often it
    /// is capitalized where a sentence does not make it so.
    ///
    /// Each paragraph's counts, one after another, so that an article can carry its own: the
    /// normalizer counts every block's words anyway (to measure it against the story's
    /// vocabulary), and counting the paragraphs again for the terms would walk the same text
    /// twice. `StoryTerms` adds the counts up; merging them here, in key order, would cost more
    /// than the adding.
    struct Tally: Sendable {
        struct Use: Sendable {
            var key: UInt64
            var paragraphs: UInt32
            /// Capitalized, and all, uses that do not open a paragraph.
            var proper: UInt32
            var total: UInt32
        }

        /// Each paragraph's words, each once and in key order within its paragraph.
        private(set) var uses: [Use]
        private(set) var paragraphs: Int
        /// How many articles the paragraphs come from: 0 for captions or loose paragraphs.
        private(set) var articles = 0
        /// The short forms the article spells out (see `Acronyms`): found for whole articles only,
        /// as a long form is often in another paragraph than its short form.
        var acronyms: Set<Acronyms.Finding> = []

        init(paragraphs texts: [String]) {
            paragraphs = texts.count
            uses = texts.count == 1 ? Self.uses(of: texts[0]) : texts.flatMap(Self.uses(of:))
        }

        /// The counts of all the paragraphs of `tallies`.
        init(adding tallies: [Tally]) {
            paragraphs = tallies.reduce(0) { $0 + $1.paragraphs }
            articles = tallies.reduce(0) { $0 + $1.articles }
            uses = tallies.flatMap(\.uses)
            acronyms = tallies.reduce(into: []) { $0.formUnion($1.acronyms) }
        }

        /// One paragraph's uses: every word's key, sorted, each key's run giving its counts.
        private static func uses(of text: String) -> [Use] {
            var words: [(key: UInt64, counted: Bool, capitalized: Bool)] = []
            Words.forEachContentKey(in: text) { key, index, capitalized in
                words.append((key.value, index != 0, capitalized))
            }
            words.sort { $0.key < $1.key }
            var uses: [Use] = []
            uses.reserveCapacity(words.count)
            for word in words {
                if uses.last?.key != word.key { uses.append(Use(key: word.key, paragraphs: 1, proper: 0, total: 0)) }
                guard word.counted else { continue }
                uses[uses.count - 1].total += 1
                if word.capitalized { uses[uses.count - 1].proper += 1 }
            }
            return uses
        }

        /// The words of a one-paragraph tally, each once, in key order.
        var keys: LazyMapSequence<[Use], ContentKey> {
            uses.lazy.map { ContentKey(value: $0.key) }
        }

        /// An article's paragraphs' counts: the ones the normalizer made, unless its text changed since.
        static func of(_ article: Article) -> Tally {
            var tally = article.paragraphTally.paragraphs.map(Tally.init(adding:)) ?? Tally(paragraphs: article.paragraphs)
            tally.acronyms = Acronyms.findings(in: article.paragraphs)
            tally.articles = 1
            return tally
        }
    }
}
