/// A word, a number or a punctuation mark of a date expression, with where it stands.
struct DateToken {
    var word: String?
    var number: Int?
    var digits = 0
    var symbol: Character?
    var range: Range<String.Index>

    /// What may stand between a date and its time: `,`, `//`, `|`, `at`, `-`, a weekday, `T`.
    var isTimeLeadIn: Bool {
        if let symbol { return ",/|-–—·@".contains(symbol) }
        if let word { return ["at", "t", "um", "a", "las", "om", "alle", "ore"].contains(word) || DateParser.weekdayNumber(word) != nil }
        return false
    }
}

enum DateTokenizer {
    static func tokens(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if let digit = character.wholeNumberValue, character.isASCII {
                var end = text.index(after: index)
                var value = digit
                var digits = 1
                while end < text.endIndex, let next = text[end].wholeNumberValue, text[end].isASCII, digits < 9 {
                    value = value * 10 + next
                    digits += 1
                    end = text.index(after: end)
                }
                tokens.append(DateToken(number: value, digits: digits, range: index..<end))
                index = end
            } else if character.isLetter {
                var end = text.index(after: index)
                while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
                tokens.append(DateToken(word: Words.fold(text[index..<end]), range: index..<end))
                index = end
            } else {
                let end = text.index(after: index)
                tokens.append(DateToken(symbol: character, range: index..<end))
                index = end
            }
        }
        return tokens
    }
}
