/// A paragraph as characters, with where each one starts in the text's UTF-8.
///
/// The quote and time rules work on character offsets; a run of characters becomes a `String`
/// by slicing the paragraph rather than by appending `Character`s one by one, and the scanner
/// and the finder share one grapheme walk.
struct ParagraphText {
    /// The characters, as scalars where each is one (see `TextUnit`).
    enum Units {
        case scalars([Unicode.Scalar])
        case characters([Character])
    }

    let string: String
    let units: Units
    /// The UTF-8 offset of each character, and of the end.
    private let offsets: [Int]
    /// Every character is one scalar (see `standsAlone`): the tokenizer can then walk the bytes.
    var isScalarCut: Bool {
        if case .scalars = units { return true } else { return false }
    }

    init(_ string: String) {
        self.init(string, byScalar: true)
    }

    /// The paragraph cut by `Character` whatever it holds: the reference the scalar path is
    /// tested against.
    static func byCharacter(_ string: String) -> ParagraphText {
        ParagraphText(string, byScalar: false)
    }

    private init(_ string: String, byScalar: Bool) {
        // Text whose every scalar stands alone as a character (ASCII, Latin letters, the curly
        // quotes and dashes of news copy) is cut by scalar: the grapheme walk is dear and is
        // needed only where marks, joiners or emoji can combine.
        if byScalar, let (scalars, offsets) = Self.scalarCut(string) {
            units = .scalars(scalars)
            self.offsets = offsets
        } else {
            var offsets: [Int] = []
            offsets.reserveCapacity(string.utf8.count + 1)
            var characters: [Character] = []
            var offset = 0
            for character in string {
                characters.append(character)
                offsets.append(offset)
                offset += character.utf8.count
            }
            offsets.append(offset)
            units = .characters(characters)
            self.offsets = offsets
        }
        self.string = string
    }

    /// The scalars and their UTF-8 offsets (and the end's), when every scalar stands alone.
    /// Written into arrays sized up front, an ASCII byte without decoding, rather than appended:
    /// every paragraph the analyses read is cut here.
    private static func scalarCut(_ string: String) -> ([Unicode.Scalar], [Int])? {
        var text = string
        return text.withUTF8 { bytes -> ([Unicode.Scalar], [Int])? in
            var cut = true
            var offsets: [Int] = []
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalarSlots, scalarCount in
                offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { offsetSlots, offsetCount in
                    var count = 0
                    var index = 0
                    while index < bytes.count {
                        let byte = bytes[index]
                        if byte < 0x80, byte != 0x0D {
                            scalarSlots[count] = Unicode.Scalar(byte)
                            offsetSlots[count] = index
                            count += 1
                            index += 1
                            continue
                        }
                        let (scalar, length) = bytes.scalar(at: index)
                        guard standsAlone(scalar.value) else {
                            cut = false
                            break
                        }
                        scalarSlots[count] = scalar
                        offsetSlots[count] = index
                        count += 1
                        index += length
                    }
                    offsetSlots[count] = bytes.count
                    offsetCount = cut ? count + 1 : 0
                    scalarCount = cut ? count : 0
                }
            }
            return cut ? (scalars, offsets) : nil
        }
    }

    /// The characters as `Character`s, for the few callers that need them (made anew from
    /// scalars).
    var characters: [Character] {
        switch units {
        case .scalars(let scalars): return scalars.map { Character($0) }
        case .characters(let characters): return characters
        }
    }

    /// The sentences, as `SentenceSplitter` cuts them.
    func sentences(protected: [Range<Int>] = []) -> [Range<Int>] {
        switch units {
        case .scalars(let scalars): return SentenceSplitter.sentences(in: scalars, protected: protected)
        case .characters(let characters): return SentenceSplitter.sentences(in: characters, protected: protected)
        }
    }

    /// Scalars that are a character of their own whatever stands next to them (no mark, joiner,
    /// carriage return, Hangul jamo or emoji part among them; checked against `String` by a test).
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        (value < 0x80 && value != 0x0D) || (value >= 0xA0 && value < 0x300) || (value >= 0x2010 && value < 0x2060)
    }

    var count: Int { offsets.count - 1 }

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
