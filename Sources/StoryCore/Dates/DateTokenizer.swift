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
    /// Walks the UTF-8 bytes, decoding a scalar only beyond ASCII: the scalar view's indices
    /// cost more than the parse itself. A mark (an accent, a Thai vowel sign) stays with its word,
    /// as it would inside a `Character`.
    static func tokens(_ text: String) -> [DateToken] {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var tokens: [DateToken] = []
            // Offsets become indices of `text` only here; on UTF-8 storage that is O(1).
            let utf8 = text.utf8
            func range(_ start: Int, _ end: Int) -> Range<String.Index> {
                utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        index += 1
                    } else if (0x30...0x39).contains(byte) {
                        var end = index + 1
                        var number = Int(byte - 0x30)
                        while end < bytes.count, (0x30...0x39).contains(bytes[end]), end - index < 9 {
                            number = number * 10 + Int(bytes[end] - 0x30)
                            end += 1
                        }
                        tokens.append(DateToken(number: number, digits: end - index, range: range(index, end)))
                        index = end
                    } else if (0x61...0x7A).contains(byte | 0x20) {
                        index = word(from: index, in: bytes, text: text, range: range, into: &tokens)
                    } else {
                        let end = afterMarks(index + 1, in: bytes)
                        tokens.append(DateToken(symbol: Character(Unicode.Scalar(byte)), range: range(index, end)))
                        index = end
                    }
                    continue
                }
                let (scalar, length) = bytes.scalar(at: index)
                if scalar.properties.isWhitespace {
                    index += length
                } else if isLetter(scalar) {
                    index = word(from: index, in: bytes, text: text, range: range, into: &tokens)
                } else {
                    let end = afterMarks(index + length, in: bytes)
                    tokens.append(DateToken(symbol: Character(scalar), range: range(index, end)))
                    index = end
                }
            }
            return tokens
        }
    }

    /// Appends the word starting at `start` (letters and marks); returns where it ends.
    private static func word(
        from start: Int, in bytes: UnsafeBufferPointer<UInt8>, text: String, range: (Int, Int) -> Range<String.Index>,
        into tokens: inout [DateToken]
    ) -> Int {
        var end = start
        var ascii = true
        while end < bytes.count {
            let byte = bytes[end]
            if byte < 0x80 {
                guard (0x61...0x7A).contains(byte | 0x20) else { break }
                end += 1
                continue
            }
            let (scalar, length) = bytes.scalar(at: end)
            guard isLetter(scalar) || isMark(scalar) else { break }
            ascii = false
            end += length
        }
        let place = range(start, end)
        // ASCII letters fold by setting one bit; `Words.fold` is for the rest.
        let word = ascii ? String(decoding: bytes[start..<end].lazy.map { $0 | 0x20 }, as: UTF8.self) : Words.fold(text[place])
        tokens.append(DateToken(word: word, range: place))
        return end
    }

    private static func afterMarks(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = start
        while end < bytes.count, bytes[end] >= 0x80 {
            let (scalar, length) = bytes.scalar(at: end)
            guard isMark(scalar) else { break }
            end += length
        }
        return end
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
