/// Splits a paragraph into sentences without breaking inside quotations, abbreviations,
/// initials or numbers, and mends the missing space of `port.The` scrapes.
public enum SentenceSplitter {
    /// Character offsets `[start, end)` of each sentence in `text`; `protected` ranges are never split.
    public static func split(_ text: [Character], protected: [Range<Int>] = []) -> [Range<Int>] {
        sentences(in: text, protected: protected)
    }

    /// The same over any characters (see `TextUnit`).
    static func sentences<Unit: TextUnit>(in text: [Unit], protected: [Range<Int>] = []) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        // Inside a quotation no sentence ends, except at its own last mark: `… possible.” Speaking …`
        func isProtected(_ i: Int) -> Bool {
            protected.contains { range in
                range.contains(i) && !text[(i + 1)..<range.upperBound].allSatisfy { $0.soleScalar.map(closingMarks.contains) == true }
            }
        }
        while index < text.count {
            let character = text[index]
            // By ASCII value: `".!?".contains` would compare every character of every paragraph as a string.
            let ascii = character.asciiByte
            if ascii == 0x2E || ascii == 0x21 || ascii == 0x3F, !isProtected(index) {
                var end = index + 1
                while end < text.count, text[end].soleScalar.map(trailingMarks.contains) == true { end += 1 }
                let boundary = end < text.count && text[end].isSpace
                let glued = character == "." && end < text.count && isGluedSentence(text, dot: index)
                if (boundary && startsSentence(text, after: end) && !isAbbreviation(text, dot: index, mark: character)) || glued {
                    sentences.append(start..<end)
                    start = end
                    while start < text.count, text[start].isSpace { start += 1 }
                    index = start
                    continue
                }
            }
            index += 1
        }
        var tail = text.count
        while tail > start, text[tail - 1].isSpace { tail -= 1 }
        if tail > start { sentences.append(start..<tail) }
        return sentences
    }

    /// What may close a quotation at a sentence's end, and what may follow its mark.
    private static let closingMarks: [Unicode.Scalar] = ["\"", "”", "’", "'", "»", ")"]
    private static let trailingMarks: [Unicode.Scalar] = closingMarks + ["]"]
    private static let openingMarks: [Unicode.Scalar] = ["\"", "“", "‘", "'", "«", "(", "¿", "¡"]

    private static func startsSentence<Unit: TextUnit>(_ text: [Unit], after end: Int) -> Bool {
        var index = end
        while index < text.count, text[index].isSpace { index += 1 }
        guard index < text.count else { return false }
        let next = text[index]
        return next.isUppercase || next.isNumber || next.soleScalar.map(openingMarks.contains) == true
    }

    /// `the port.The mayor`: a word, a full stop and a capitalized word with no space between.
    private static func isGluedSentence<Unit: TextUnit>(_ text: [Unit], dot: Int) -> Bool {
        guard dot >= 2, dot + 2 < text.count else { return false }
        return text[dot - 1].isLowercase && text[dot - 2].isLowercase && text[dot + 1].isUppercase && text[dot + 2].isLowercase
    }

    private static func isAbbreviation<Unit: TextUnit>(_ text: [Unit], dot: Int, mark: Unit) -> Bool {
        guard mark == "." else { return false }
        var start = dot
        var ascii: [UInt8] = []
        while start > 0, text[start - 1].isLetter || text[start - 1] == "." {
            start -= 1
            if let byte = text[start].asciiByte, ascii.count == dot - start - 1 { ascii.append(byte) }
        }
        // An ASCII word (nearly every one) is looked up by its letters' key, without making a
        // lowercased `String` at every full stop.
        if ascii.count == dot - start, ascii.count > 1, !ascii.contains(0x2E) {
            return LetterKey.of(ascii.reversed()).map(abbreviationKeys.contains) ?? false
        }
        let word = Unit.string(text[start..<dot]).lowercased()
        if word.count == 1, text[start].isUppercase { return true }  // an initial: "J. Smith"
        if word.contains(".") { return true }  // "U.S.", "e.g."
        return abbreviations.contains(word)
    }

    private static let abbreviationKeys = LetterKeySet(abbreviations.compactMap { LetterKey.of($0.utf8) })

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "jr", "sr", "inc",
        "ltd", "co", "corp", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mt", "ft", "rev", "hon", "approx", "dept", "est", "fig", "cf", "al", "mme", "mlle", "sgt",
    ]
}
