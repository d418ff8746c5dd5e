/// A paragraph as `Character`s, with where each one starts in the text's UTF-8.
///
/// The quote and time rules work on character offsets; a run of characters becomes a `String`
/// by slicing the paragraph rather than by appending `Character`s one by one (which was a
/// fifth of finding reported speech), and the scanner and the finder share one grapheme walk.
struct ParagraphText {
    let string: String
    let characters: [Character]
    /// The UTF-8 offset of each character, and of the end.
    private let offsets: [Int]
    /// Every character is one scalar (see `standsAlone`): the tokenizer can then walk the bytes.
    let isScalarCut: Bool

    init(_ string: String) {
        var characters: [Character] = []
        var offsets: [Int] = []
        characters.reserveCapacity(string.utf8.count)
        offsets.reserveCapacity(string.utf8.count + 1)
        var offset = 0
        // Text whose every scalar stands alone as a character (ASCII, Latin letters, the curly
        // quotes and dashes of news copy) is cut by scalar: the grapheme walk is a twentieth of a
        // timeline run and is needed only where marks, joiners or emoji can combine.
        var simple = true
        for scalar in string.unicodeScalars {
            guard Self.standsAlone(scalar.value) else {
                simple = false
                break
            }
            characters.append(scalar.value < 0x80 ? Self.ascii[Int(scalar.value)] : Character(scalar))
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        if !simple {
            characters.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
            offset = 0
            for character in string {
                characters.append(character)
                offsets.append(offset)
                offset += character.utf8.count
            }
        }
        offsets.append(offset)
        self.string = string
        self.characters = characters
        self.offsets = offsets
        isScalarCut = simple
    }

    /// Scalars that are a character of their own whatever stands next to them (no mark, joiner,
    /// carriage return, Hangul jamo or emoji part among them; checked against `String` by a test).
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        (value < 0x80 && value != 0x0D) || (value >= 0xA0 && value < 0x300) || (value >= 0x2010 && value < 0x2060)
    }

    /// Each ASCII character made once: making a `Character` from a scalar builds a string, and
    /// that was half of cutting a paragraph.
    private static let ascii: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    var count: Int { characters.count }

    /// Where character `index` starts in the UTF-8 (`count`: the end).
    func utf8Offset(_ index: Int) -> Int { offsets[index] }

    /// The characters in `range`, as one string.
    func text(_ range: Range<Int>) -> String {
        let utf8 = string.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])
        let end = utf8.index(utf8.startIndex, offsetBy: offsets[range.upperBound])
        return String(string[start..<end])
    }

    /// The characters from `start` to the end.
    func text(from start: Int) -> String { text(start..<count) }

    /// The character that starts at or spans UTF-8 offset `offset` (`count` at the end).
    func character(atUTF8 offset: Int) -> Int {
        var low = 0
        var high = offsets.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if offsets[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
