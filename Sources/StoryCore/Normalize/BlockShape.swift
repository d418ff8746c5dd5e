/// Surface features of a block that say what kind of text it is.
struct BlockShape {
    let words: Int
    /// Reads as running text: sentences with their final punctuation.
    let isProse: Bool
    /// Reads as a headline or section heading: short, no final full stop.
    let isHeadlineLike: Bool
    /// A teaser summary cut off with an ellipsis.
    let isTruncated: Bool

    init(_ text: String) {
        words = Words.count(in: text)
        let last = text.last.map(String.init) ?? ""
        let closesSentence = [".", "!", "?", "\"", "”", "’", "'", ")", "»", "…"].contains(last)
        isTruncated = text.hasSuffix("...") || text.hasSuffix("…")
        isProse = (closesSentence && words >= 8) || words >= 30
        let startsLower = text.first?.isLowercase ?? false
        // `“Patience is not a timetable.”` is a quoted sentence, however short, not a heading.
        let quotedSentence = "\"”’'»".contains(last) && text.dropLast().last.map { ".!?,".contains($0) } == true
        let opensQuote = text.first.map { "\"“‘«„".contains($0) } ?? false
        isHeadlineLike = words >= 1 && words <= 20 && !startsLower && !quotedSentence && !opensQuote
            && ![".", ",", ";", "…"].contains(last) && !text.hasSuffix("...")
    }
}
