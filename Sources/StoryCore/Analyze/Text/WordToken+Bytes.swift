extension WordToken {
    /// Tokens of `paragraph.characters[span]` (all of it by default), their offsets counted from
    /// `origin` (a sentence's tokens can be numbered from the sentence's start).
    ///
    /// The same tokens as `tokenize(_:in:)`, made from the paragraph's UTF-8 bytes when each of
    /// its characters is one scalar (nearly all news copy), without walking `Character`s and
    /// building two strings from them per word: every sentence the analyses read is tokenized.
    /// A test holds the two paths to the same tokens.
    static func tokenize(_ paragraph: ParagraphText, in span: Range<Int>? = nil, from origin: Int = 0) -> [WordToken] {
        let span = span ?? 0..<paragraph.count
        guard paragraph.isScalarCut else {
            let tokens = tokenize(paragraph.characters, in: span)
            return origin == 0 ? tokens : tokens.map { $0.shifted(by: -origin) }
        }
        var string = paragraph.string
        return string.withUTF8 { bytes in
            ByteTokenizer(bytes: bytes, origin: origin).tokens(from: paragraph.utf8Offset(span.lowerBound), to: paragraph.utf8Offset(span.upperBound), character: span.lowerBound)
        }
    }

    fileprivate func shifted(by offset: Int) -> WordToken {
        WordToken(text: text, folded: folded, range: (range.lowerBound + offset)..<(range.upperBound + offset), isWord: isWord, isCapitalized: isCapitalized)
    }
}

/// The byte walk behind `WordToken.tokenize(_:in:from:)`, for text where every scalar is a character.
private struct ByteTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let origin: Int
    /// The table, read once per tokenizer: read as a static, each byte paid for a `swift_once`.
    private let kinds = Self.asciiKinds

    private enum Kind { case word, space, joiner, other }

    /// What an ASCII byte is to the tokenizer, by table: the `Character` rules asked once per byte.
    private static let asciiKinds: [Kind] = (0..<128).map { kind(of: Unicode.Scalar(UInt8($0))) }

    /// Each ASCII punctuation mark's string, made once.
    private static let asciiStrings: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// The kind of the scalar at byte `index`, and its length in bytes.
    @inline(__always)
    private func kind(at index: Int) -> (Kind, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (kinds[Int(byte)], 1) }
        let (scalar, length) = bytes.scalar(at: index)
        return (Self.kind(of: scalar), length)
    }

    /// A scalar as the `Character` it is on its own, by `tokenize(_:in:)`'s rules.
    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        let character = Character(scalar)
        if WordToken.isWordCharacter(character) { return .word }
        if character.isSpace { return .space }
        return WordToken.isJoiner(character) ? .joiner : .other
    }

    func tokens(from start: Int, to end: Int, character: Int) -> [WordToken] {
        var tokens: [WordToken] = []
        // Room for a token every four bytes (news copy has one every five or six), so the array
        // is not grown as it fills.
        tokens.reserveCapacity((end - start) / 4 + 2)
        var index = start
        var characterIndex = character
        while index < end {
            let (kind, length) = kind(at: index)
            switch kind {
            case .word:
                let (wordEnd, wordCharacters, ascii) = wordEnd(from: index, length: length, limit: end)
                let range = (characterIndex - origin)..<(characterIndex + wordCharacters - origin)
                tokens.append(word(index..<wordEnd, ascii: ascii, range: range))
                index = wordEnd
                characterIndex += wordCharacters
            case .space:
                index += length
                characterIndex += 1
            case .joiner, .other:
                let text = length == 1 ? Self.asciiStrings[Int(bytes[index])] : String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), as: UTF8.self)
                tokens.append(WordToken(text: text, folded: text, range: (characterIndex - origin)..<(characterIndex + 1 - origin), isWord: false))
                index += length
                characterIndex += 1
            }
        }
        return tokens
    }

    /// Where the word starting at `start` ends (in bytes), how many characters it has, and whether
    /// they are all ASCII. Joiners are kept between word characters; a dot only between single
    /// letters (`U.N.`), as `tokenize(_:in:)` keeps them.
    private func wordEnd(from start: Int, length: Int, limit: Int) -> (end: Int, characters: Int, ascii: Bool) {
        var end = start + length
        var characters = 1
        var ascii = length == 1
        var lastDot = -2
        while end < limit {
            let (kind, length) = kind(at: end)
            if kind == .word {
                end += length
                characters += 1
                ascii = ascii && length == 1
                continue
            }
            guard kind == .joiner, end + length < limit else { break }
            let (after, afterLength) = self.kind(at: end + length)
            guard after == .word else { break }
            let isDot = bytes[end] == 0x2E
            if isDot, !(characters == 1 || lastDot == characters - 2) { break }
            if isDot { lastDot = characters }
            ascii = ascii && length == 1 && afterLength == 1
            end += length + afterLength
            characters += 2
        }
        return (end, characters, ascii)
    }

    private func word(_ span: Range<Int>, ascii: Bool, range: Range<Int>) -> WordToken {
        let slice = UnsafeBufferPointer(rebasing: bytes[span])
        if ascii { return WordToken.asciiWord(slice, range: range) }
        let text = String(decoding: slice, as: UTF8.self)
        return WordToken(text: text, folded: Words.fold(text), range: range, isWord: true)
    }
}
