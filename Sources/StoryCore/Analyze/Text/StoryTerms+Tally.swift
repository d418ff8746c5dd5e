extension StoryTerms {
    /// Word counts of some paragraphs: in how many each content word appears, and how often it
    /// is capitalized where a sentence does not make it so.
    ///
    /// One array in key order, so that tallies add up by merging and an article can carry its
    /// own: the normalizer counts every block's words anyway (to measure it against the story's
    /// vocabulary), and counting the paragraphs again for the terms walked the same text twice
    /// (a twentieth of a `quotes` run).
    struct Tally: Sendable {
        struct Use: Sendable {
            var key: UInt64
            var paragraphs: UInt32
            /// Capitalized, and all, uses that do not open a paragraph.
            var proper: UInt32
            var total: UInt32
        }

        /// Each content word once, in key order.
        private(set) var uses: [Use] = []
        private(set) var paragraphs: Int

        init(paragraphs texts: [String]) {
            paragraphs = texts.count
            uses = texts.count == 1 ? Self.uses(of: texts[0]) : Tally(merging: texts.map { Tally(paragraphs: [$0]) }).uses
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

        /// The counts of all the paragraphs of `tallies`.
        init(merging tallies: [Tally]) {
            paragraphs = tallies.reduce(0) { $0 + $1.paragraphs }
            var all = tallies.flatMap(\.uses)
            all.sort { $0.key < $1.key }
            for use in all {
                if let last = uses.last, last.key == use.key {
                    uses[uses.count - 1].paragraphs += use.paragraphs
                    uses[uses.count - 1].proper += use.proper
                    uses[uses.count - 1].total += use.total
                } else {
                    uses.append(use)
                }
            }
        }

        /// The words counted, each once, in key order.
        var keys: [ContentKey] {
            uses.map { ContentKey(value: $0.key) }
        }

        /// An article's paragraphs' counts: the ones the normalizer made, unless its text changed since.
        static func of(_ article: Article) -> Tally {
            article.paragraphTally.tally ?? Tally(paragraphs: article.paragraphs)
        }
    }
}
