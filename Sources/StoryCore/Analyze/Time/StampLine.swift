/// A line that only stamps a page with a time (`Updated Wednesday, Jan 5 at 5:53 PM`, `8:44AM BST
/// 16 Sep 2013`, `Story Created: Aug 7, 2012`): it dates the page, it tells no happening.
enum StampLine {
    /// Whether a sentence's words, the date expressions at `dates` left out, tell nothing: no word
    /// in lower case that could be a verb or a thing, only names, times, zones and stamp words.
    static func isStamp(_ words: [WordToken], dates: [Range<Int>]) -> Bool {
        !words.contains { word in
            let inDate = dates.contains { $0.lowerBound <= word.range.lowerBound && word.range.upperBound <= $0.upperBound }
            guard !inDate, !word.isCapitalized, !stampWords.contains(word.folded) else { return false }
            // A short word or a time (`at`, `am`, `5:53pm`) tells nothing; a word beyond ASCII may
            // be a whole word in one or two characters (`发生`).
            let letters = word.text.filter(\.isLetter)
            return letters.count >= 3 || letters.unicodeScalars.contains { $0.value >= 0x80 }
        }
    }

    /// Words of page stamps: `last updated`, `first published`, `posted`.
    static let stampWords: Set<String> = [
        "updated", "published", "posted", "created", "released", "modified", "edited", "filed", "last", "first", "and",
    ]
}
