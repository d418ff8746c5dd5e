/// Surface features of a block that say what kind of text it is.
struct BlockShape {
    let words: Int
    /// Reads as running text: sentences with their final punctuation.
    let isProse: Bool
    /// Reads as a headline or section heading: short, no final full stop.
    let isHeadlineLike: Bool
    /// A teaser summary cut off with an ellipsis.
    let isTruncated: Bool
    /// A whole sentence too short to be prose on its shape alone: `She checked in today.`
    let isShortSentence: Bool

    /// `words`: the block's `Words.count`.
    init(_ text: String, words: Int) {
        self.words = words
        // Characters compared as characters: `"…".contains(aString)` is Foundation's substring
        // search, far dearer than the rest of a block's shape, and every block has a shape.
        let last = text.last
        let closesSentence = last.map { Self.sentenceEnds.contains($0) } ?? false
        let endsInDots = text.utf8.count >= 3 && text.utf8.suffix(3).elementsEqual("...".utf8)
        isTruncated = endsInDots || last == "…"
        // `The governor put it plainly in a statement on the levy:` introduces what follows.
        isProse = (closesSentence && words >= 8) || (last == ":" && words >= 10) || words >= 30
        let startsLower = text.first?.isLowercase ?? false
        // `FIRED IN PHILLY!!` shouts a headline.
        isShortSentence = (3..<8).contains(words) && !endsInDots && (text.first?.isUppercase ?? false)
            && last.map { Self.fullStops.contains($0) } == true && text.contains(where: \.isLowercase)
        // `“Patience is not a timetable.”` is a quoted sentence, however short, not a heading.
        let quotedSentence = last.map { Self.closingQuotes.contains($0) } == true && text.dropLast().last.map { Self.quotedSentenceEnds.contains($0) } == true
        let opensQuote = text.first.map { Self.openingQuotes.contains($0) } ?? false
        isHeadlineLike = words >= 1 && words <= 20 && !startsLower && !quotedSentence && !opensQuote
            && !(last.map { Self.clauseEnds.contains($0) } ?? false) && !endsInDots
    }

    private static let sentenceEnds: Set<Character> = [".", "!", "?", "\"", "”", "’", "'", ")", "»", "…"]
    private static let fullStops: Set<Character> = [".", "!", "?"]
    private static let closingQuotes: Set<Character> = ["\"", "”", "’", "'", "»"]
    private static let clauseEnds: Set<Character> = [".", ",", ";", "…"]
    private static let quotedSentenceEnds: Set<Character> = [".", "!", "?", ","]
    private static let openingQuotes: Set<Character> = ["\"", "“", "‘", "«", "„"]
}
