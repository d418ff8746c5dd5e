import Foundation

/// Word-level helpers shared by normalization and analysis.
public enum Words {
    /// Words as a reader counts them: runs of letters or digits, inner apostrophes and hyphens kept.
    public static func count(in text: some StringProtocol) -> Int {
        var text = String(text)
        var count = 0
        text.withUTF8 { bytes in forEachWordRange(bytes) { _ in count += 1 } }
        return count
    }

    /// The words of `text`, in order, as they are written.
    public static func tokens(in text: String) -> [Substring] {
        var text = text
        var ranges: [Range<Int>] = []
        text.withUTF8 { bytes in forEachWordRange(bytes) { ranges.append($0) } }
        let utf8 = text.utf8
        return ranges.map { range in
            text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// Where each word of some UTF-8 text stands, in bytes: runs of letters, digits and marks,
    /// with an apostrophe or hyphen kept between two of them. One walk over the bytes, classifying
    /// ASCII by value, not by `Character`s, whose grapheme breaking and property lookups are dear:
    /// every block of every page is counted. An ASCII byte is classed by a table and only other
    /// scalars are decoded.
    static func forEachWordRange(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        let count = bytes.count
        let kinds = asciiKinds
        var start = -1
        var index = 0
        while index < count {
            let byte = bytes[index]
            // A run of ASCII letters and digits, stepped over in one tight loop (most bytes of
            // most text): the general step below costs several times as much a byte.
            if byte < 0x80, kinds[Int(byte)] == 1 {
                if start < 0 { start = index }
                index += 1
                while index < count, bytes[index] < 0x80, kinds[Int(bytes[index])] == 1 { index += 1 }
                continue
            }
            // Past the runs above, an ASCII byte is never a word's: only a joiner or a break.
            let isWord: Bool
            let isJoiner: Bool
            var length = 1
            if byte < 0x80 {
                isWord = false
                isJoiner = kinds[Int(byte)] == 2
            } else {
                let (scalar, width) = bytes.scalar(at: index)
                length = width
                isWord = isWordScalar(scalar)
                isJoiner = scalar == "’"
            }
            if isWord {
                if start < 0 { start = index }
            } else if start >= 0 {
                let next = index + length
                let joins = isJoiner && next < count && startsWord(bytes, at: next, kinds: kinds)
                if !joins {
                    body(start..<index)
                    start = -1
                }
            }
            index += length
        }
        if start >= 0 { body(start..<count) }
    }

    /// Whether the scalar at `index` is a word's.
    @inline(__always)
    private static func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, kinds: [UInt8]) -> Bool {
        let byte = bytes[index]
        return byte < 0x80 ? kinds[Int(byte)] == 1 : isWordScalar(bytes.scalar(at: index).0)
    }

    /// Each ASCII byte's part in a word: 1 a word's (letter or digit), 2 a joiner between two
    /// word characters (`'`, `-`), 0 neither.
    private static let asciiKinds: [UInt8] = (0..<128).map { (byte: Int) -> UInt8 in
        let value = UInt8(byte)
        if value.isASCIILetterOrDigit { return 1 }
        return value == 0x27 || value == 0x2D ? 2 : 0
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return UInt8(value).isASCIILetterOrDigit }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// Lowercased, without diacritics, curly apostrophes straightened: `Cissé’s` → `cisse's`.
    public static func fold(_ text: some StringProtocol) -> String {
        // Text whose only non-ASCII characters are punctuation (curly quotes, dashes) folds by
        // lowercasing its ASCII bytes and straightening ’ and ‘ (E2 80 98/99), in one pass over
        // the bytes: Foundation's folding is far dearer and is needed only for letters beyond ASCII.
        var string = String(text)
        let quick = string.withUTF8 { bytes -> String? in
            // Written straight into the new string (never longer: `’` becomes `'`).
            var foldable = true
            let folded = String(unsafeUninitializedCapacity: bytes.count) { out in
                var written = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        out[written] = byte.asciiLowercased
                        written += 1
                        index += 1
                        continue
                    }
                    let (scalar, length) = bytes.scalar(at: index)
                    if scalar.value >= 0xFF00 || scalar.properties.isAlphabetic {
                        foldable = false
                        return 0
                    }
                    if scalar == "’" || scalar == "‘" {
                        out[written] = 0x27
                        written += 1
                    } else {
                        for offset in 0..<length { out[written + offset] = bytes[index + offset] }
                        written += length
                    }
                    index += length
                }
                return written
            }
            return foldable ? folded : nil
        }
        if let quick { return quick }
        let folded = string.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        // ’ and ‘ both start with the byte E2: looked for on the bytes and replaced by scalar, not by
        // Foundation's contains/replacingOccurrences.
        guard folded.utf8.contains(0xE2) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.map { $0 == "’" || $0 == "‘" ? "'" : $0 }))
    }

    /// Whether `text` holds `part`, comparing UTF-8 bytes (no locale): the first byte found by
    /// `memchr`, the rest by `memcmp`, as an `outlet:` filter asks it of every article's names
    /// on each keystroke (a byte loop here would be most of such a query). Foundation's
    /// `contains` compares through UTF-16 with Unicode equivalence: for text already in NFC the
    /// same answer, many times slower, on every script and class name of every page.
    public static func has(_ text: String, _ part: String) -> Bool {
        var text = text
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard needle.count <= haystack.count, let base = haystack.baseAddress, let pattern = needle.baseAddress else { return false }
                let last = haystack.count - needle.count
                var start = 0
                while start <= last {
                    guard let found = memchr(base + start, Int32(pattern.pointee), last - start + 1) else { return false }
                    let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                    if memcmp(base + position, pattern, needle.count) == 0 { return true }
                    start = position + 1
                }
                return false
            }
        }
    }

    /// Content words of `text`, folded and lightly stemmed, stop words left out.
    ///
    /// Asked of every block, paragraph and sentence by every stage:
    /// words are cut on UTF-8 bytes as `tokens(in:)` cuts them, and an ASCII word is folded and
    /// stemmed on its bytes, so that it becomes a `String` once, at the end. Other words take
    /// `contentWord(_:)`, the same steps on `String`s.
    public static func contentWords(in text: String) -> [String] {
        var result: [String] = []
        forEachContent(in: text) { form, _, _ in
            switch form {
            case .ascii(let head, let ending): result.append(ending.isEmpty ? String(decoding: head, as: UTF8.self) : String(decoding: Array(head) + ending, as: UTF8.self))
            case .other(let term): result.append(term)
            }
        }
        return result
    }

    /// The keys of the content words of `text`, each once, in key order: a set of a text's words
    /// without hashing them.
    static func distinctContentKeys(in text: String) -> [ContentKey] {
        var keys: [ContentKey] = []
        forEachContentKey(in: text) { key, _, _ in keys.append(key) }
        return distinct(keys)
    }

    /// `keys` each once, in key order.
    static func distinct(_ keys: [ContentKey]) -> [ContentKey] {
        var keys = keys.sorted { $0.value < $1.value }
        var kept = 0
        for key in keys where kept == 0 || keys[kept - 1] != key {
            keys[kept] = key
            kept += 1
        }
        keys.removeLast(keys.count - kept)
        return keys
    }

    /// Each content word of `text` as its `ContentKey`, with its place among all its words (stop
    /// words included) and whether it is written with a capital: what the story's terms count.
    static func forEachContentKey(in text: String, _ body: (_ key: ContentKey, _ index: Int, _ capitalized: Bool) -> Void) {
        forEachContent(in: text) { form, index, capitalized in
            switch form {
            case .ascii(let head, let ending): body(ContentKey(head, ending), index, capitalized)
            case .other(let term): body(ContentKey(term), index, capitalized)
            }
        }
    }

    /// A content word as `forEachContent` hands it over: an ASCII word's stem as the bytes kept
    /// and the ending after them (still in the scratch buffer, not yet a `String`), or another
    /// word's as a `String`.
    private enum ContentForm {
        case ascii(UnsafeBufferPointer<UInt8>, [UInt8])
        case other(String)
    }

    /// The one walk behind `contentWords` and `forEachContentKey` (and so `distinctContentKeys`).
    /// An ASCII word is lowercased into one scratch buffer for the whole text, written through a
    /// pointer, not appended to an array kept for it: this runs for every word of the story.
    private static func forEachContent(in text: String, _ body: (_ form: ContentForm, _ index: Int, _ capitalized: Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { scratch in
                var count = 0
                forEachWordRange(bytes) { range in
                    defer { count += 1 }
                    switch asciiBare(bytes, range, into: scratch) {
                    case .notASCII:
                        let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                        if let term = contentWord(token) { body(.other(term), count, token.first?.isUppercase == true) }
                    case .skipped:
                        return
                    case .word(let length, let digits):
                        let word = UnsafeBufferPointer(rebasing: scratch[..<length])
                        let capitalized = bytes[range.lowerBound].isASCIIUppercase
                        if !digits, let (keep, ending) = Stemmer.asciiRule(word) {
                            body(.ascii(UnsafeBufferPointer(rebasing: word[..<keep]), ending), count, capitalized)
                        } else {
                            body(.ascii(word, []), count, capitalized)
                        }
                    }
                }
            }
        }
    }

    /// The content word a token stands for, if any.
    static func contentWord(_ token: some StringProtocol) -> String? {
        let folded = fold(token)
        let bare = folded.hasSuffix("'s") ? String(folded.dropLast(2)) : folded
        guard bare.count > 1, !StopWords.english.contains(bare) else { return nil }
        if bare.allSatisfy(\.isNumber) { return bare }
        return Stemmer.stem(bare)
    }

    private enum BareWord {
        /// A byte beyond ASCII: the word takes `contentWord(_:)`.
        case notASCII
        /// A stop word or a single letter.
        case skipped
        /// Lowercased in the scratch buffer, `'s` dropped: its length, and whether it is all digits.
        case word(Int, digits: Bool)
    }

    /// The ASCII word at `range` lowercased into `scratch`, `'s` dropped. One pass: the
    /// stop-word key is made as the bytes are lowercased, not in a second pass.
    private static func asciiBare(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into scratch: UnsafeMutableBufferPointer<UInt8>) -> BareWord {
        var end = range.upperBound
        if end - range.lowerBound >= 2, bytes[end - 2] == 0x27, bytes[end - 1] | 0x20 == 0x73 { end -= 2 }
        var key: UInt64 = 0
        var letters = true
        var digits = true
        var length = 0
        for index in range.lowerBound..<end {
            let byte = bytes[index].asciiLowercased
            guard byte < 0x80 else { return .notASCII }
            scratch[length] = byte
            length += 1
            if byte &- 0x30 >= 10 { digits = false }
            if letters {
                if byte &- 0x61 < 26 { key = key << 5 | UInt64(byte - 0x60) } else { letters = false }
            }
        }
        guard length > 1 else { return .skipped }
        return letters && length <= 12 && StopWords.contains(letterKey: key) ? .skipped : .word(length, digits: digits)
    }
}

/// A light English suffix stripper: enough that `warrants` meets `warrant` and `talks` meets `talked`.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        // An ASCII word (no CR, the one ASCII pair that makes a single `Character`) is stemmed by
        // the same rules on its bytes (`asciiRule`), not by `count` and `hasSuffix` on `String`s:
        // the search index stems every word of the story.
        var bytesOfWord = word
        let rule = bytesOfWord.withUTF8 { bytes -> (keep: Int, ending: [UInt8])?? in
            guard bytes.isASCIIWithoutCR else { return nil }
            return .some(asciiRule(bytes))
        }
        if let rule {
            guard let (keep, ending) = rule else { return word }
            return String(decoding: Array(word.utf8.prefix(keep)) + ending, as: UTF8.self)
        }
        guard word.count > 3 else { return word }
        for (suffix, replacement) in rules where word.hasSuffix(suffix) {
            let stemmed = String(word.dropLast(suffix.count)) + replacement
            if stemmed.count >= 3 { return stemmed }
        }
        return word.count >= 5 && word.hasSuffix("e") ? String(word.dropLast()) : word
    }

    /// For search, where a reader expects every form of a word to find the others: `fire`,
    /// `fires`, `fired` and `firing` all meet at `fir`, and `press` stays `press` like `presses`.
    /// (The analysis keeps `stem(_:)`, which leaves four-letter words their `e`: `case` is not `cas`.)
    public static func searchStem(_ word: String) -> String {
        if word.hasSuffix("ss") { return word }
        let stemmed = stem(word)
        return stemmed.count >= 4 && stemmed.hasSuffix("e") ? String(stemmed.dropLast()) : stemmed
    }

    /// The rule `stem(_:)` applies to a lowercase ASCII word: how many bytes to keep, and the ending after them.
    static func asciiRule(_ word: UnsafeBufferPointer<UInt8>) -> (keep: Int, ending: [UInt8])? {
        guard word.count > 3, let last = word.last else { return nil }
        // A final `e` goes, so that `exchange` meets `exchanges` (→ `exchang`) and `release` meets
        // `released`; a word of four letters keeps it (`case`, `fire`: three letters say too little).
        if last == 0x65 { return word.count >= 5 ? (word.count - 1, []) : nil }
        // Every suffix of `rules` ends in `s`, `d`, `g` or `y`: other words leave without trying them.
        guard last == 0x73 || last == 0x64 || last == 0x67 || last == 0x79 else { return nil }
        for (suffix, replacement) in asciiRules where word.count >= suffix.count && word.suffix(suffix.count).elementsEqual(suffix) {
            guard word.count - suffix.count + replacement.count >= 3 else { continue }
            return (word.count - suffix.count, replacement)
        }
        return nil
    }

    private static let asciiRules = rules.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static let rules: [(String, String)] = [
        ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ing", ""), ("edly", ""), ("ed", ""),
        ("ly", ""), ("es", ""), ("s", ""),
    ]
}

/// Words too common to say anything about what a block is about.
public enum StopWords {
    /// `english.contains` for a word of ASCII letters given as its `LetterKey`, without making it
    /// a `String` (about half of all words are stop words).
    static func contains(letterKey: UInt64) -> Bool {
        letterKeys.contains(letterKey)
    }

    private static let letterKeys = LetterKeySet(english.map { word in
        guard let key = LetterKey.of(word.utf8) else { preconditionFailure("stop words are short words of ASCII letters") }
        return key
    })

    public static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor",
        "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
        "own", "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "s", "t",
        "new", "two", "three", "mr", "ms", "mrs", "de", "la", "le", "el", "der", "die", "das", "und", "et", "les",
    ]
}
