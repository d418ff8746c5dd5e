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
    /// Walks Unicode scalars rather than `Character`s: grapheme breaking on every sentence with a
    /// digit was 7% of the pipeline. A mark (an accent, a Thai vowel sign) stays with its word, as
    /// it would inside a `Character`.
    static func tokens(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            if value == 0x20 || (0x09...0x0D).contains(value) || (value >= 0x80 && scalar.properties.isWhitespace) {
                index = scalars.index(after: index)
            } else if (0x30...0x39).contains(value) {
                var end = scalars.index(after: index)
                var number = Int(value - 0x30)
                var digits = 1
                while end < scalars.endIndex, (0x30...0x39).contains(scalars[end].value), digits < 9 {
                    number = number * 10 + Int(scalars[end].value - 0x30)
                    digits += 1
                    end = scalars.index(after: end)
                }
                tokens.append(DateToken(number: number, digits: digits, range: index..<end))
                index = end
            } else if isLetter(scalar) {
                var end = scalars.index(after: index)
                var ascii = value < 0x80
                while end < scalars.endIndex, isLetter(scalars[end]) || isMark(scalars[end]) {
                    if scalars[end].value >= 0x80 { ascii = false }
                    end = scalars.index(after: end)
                }
                // ASCII letters fold by setting one bit; `Words.fold` is for the rest.
                let word = ascii ? String(decoding: text.utf8[index..<end].map { $0 | 0x20 }, as: UTF8.self) : Words.fold(text[index..<end])
                tokens.append(DateToken(word: word, range: index..<end))
                index = end
            } else {
                var end = scalars.index(after: index)
                while end < scalars.endIndex, isMark(scalars[end]) { end = scalars.index(after: end) }
                tokens.append(DateToken(symbol: Character(scalar), range: index..<end))
                index = end
            }
        }
        return tokens
    }

    @inline(__always)
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x61...0x7A).contains(value | 0x20) }
        return scalar.properties.isAlphabetic && !isMark(scalar)
    }

    @inline(__always)
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar == "\u{200D}" || (0xFE00...0xFE0F).contains(scalar.value)
        }
    }
}
