/// A word or punctuation mark of a paragraph, with its character offsets.
public struct WordToken: Sendable, Equatable {
    public let text: String
    /// Lowercased, diacritics removed, curly apostrophes straightened.
    public let folded: String
    public let range: Range<Int>
    public let isWord: Bool
    /// Starts with a capital, or is a name like `al-Hakim` whose last part does. Worked out once,
    /// as the token is made: the name and date rules ask it of nearly every word, several times.
    public let isCapitalized: Bool

    public init(text: String, folded: String, range: Range<Int>, isWord: Bool) {
        self.init(text: text, folded: folded, range: range, isWord: isWord, isCapitalized: isWord && Self.capitalized(text))
    }

    init(text: String, folded: String, range: Range<Int>, isWord: Bool, isCapitalized: Bool) {
        self.text = text
        self.folded = folded
        self.range = range
        self.isWord = isWord
        self.isCapitalized = isCapitalized
    }

    private static func capitalized(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.value < 0x80 ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard let hyphen = bytes.lastIndex(of: 0x2D), hyphen + 1 < bytes.count else { return false }
            let next = bytes.scalar(at: hyphen + 1).0
            return next.value < 0x80 ? (0x41...0x5A).contains(next.value) : next.properties.isUppercase
        }
    }

    /// Tokens of `characters[range]`, offsets relative to the whole array.
    public static func tokenize(_ characters: [Character], in range: Range<Int>? = nil) -> [WordToken] {
        let span = range ?? 0..<characters.count
        var tokens: [WordToken] = []
        var ascii: [UInt8] = []
        var index = span.lowerBound
        while index < span.upperBound {
            let character = characters[index]
            if isWordCharacter(character) {
                var end = index + 1
                while end < span.upperBound {
                    let next = characters[end]
                    if isWordCharacter(next) { end += 1; continue }
                    if isJoiner(next), end + 1 < span.upperBound, isWordCharacter(characters[end + 1]) {
                        // `U.N.` keeps its dots only between single letters; `don't`, `al-Hakim` keep theirs.
                        if next.asciiByte == 0x2E, !(end - index == 1 || characters[end - 2].asciiByte == 0x2E) { break }
                        end += 2
                        continue
                    }
                    break
                }
                tokens.append(word(characters[index..<end], range: index..<end, scratch: &ascii))
                index = end
            } else if character.isSpace {
                index += 1
            } else {
                tokens.append(WordToken(text: String(character), folded: String(character), range: index..<(index + 1), isWord: false))
                index += 1
            }
        }
        return tokens
    }

    /// Most words are ASCII: their text and folded form come straight from the bytes, which is
    /// several times cheaper than building strings from `Character`s and folding them.
    private static func word(_ characters: ArraySlice<Character>, range: Range<Int>, scratch: inout [UInt8]) -> WordToken {
        scratch.removeAll(keepingCapacity: true)
        for character in characters {
            guard let byte = character.asciiByte, byte != 0x0A else {
                let text = String(characters)
                return WordToken(text: text, folded: Words.fold(text), range: range, isWord: true)
            }
            scratch.append(byte)
        }
        return scratch.withUnsafeBufferPointer { asciiWord($0, range: range) }
    }

    /// A word of ASCII bytes: its text and folded form straight from the bytes, and its capital
    /// worked out on them as `capitalized(_:)` does (a capital first, or after the last hyphen).
    static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> WordToken {
        let text = String(decoding: bytes, as: UTF8.self)
        var capital = bytes[0].isASCIIUppercase
        if !capital, let hyphen = bytes.lastIndex(of: 0x2D), hyphen + 1 < bytes.count { capital = bytes[hyphen + 1].isASCIIUppercase }
        // Most words have no capital: their folded form is their text, not a second string.
        guard bytes.contains(where: \.isASCIIUppercase) else {
            return WordToken(text: text, folded: text, range: range, isWord: true, isCapitalized: capital)
        }
        let folded = String(unsafeUninitializedCapacity: bytes.count) { lower in
            for index in bytes.indices { lower[index] = bytes[index].asciiLowercased }
            return bytes.count
        }
        return WordToken(text: text, folded: folded, range: range, isWord: true, isCapitalized: capital)
    }

    /// A letter or digit; ASCII decided from the byte, as most text is ASCII and `Character`'s
    /// own properties are slow (the tokenizer asks this of every character of the story).
    @inline(__always)
    static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiByte { return ascii.isASCIILetterOrDigit }
        return character.isLetter || character.isNumber
    }

    /// By byte where it can: comparing `Character`s compares strings, after every word of the story.
    @inline(__always)
    static func isJoiner(_ character: Character) -> Bool {
        if let byte = character.asciiByte { return byte == 0x27 || byte == 0x2D || byte == 0x2E || byte == 0x26 }
        return character == "’"
    }
}
