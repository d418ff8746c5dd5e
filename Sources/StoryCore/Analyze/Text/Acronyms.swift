/// Short forms a story spells out somewhere: `ICC` where another outlet, or the same one, writes
/// `International Criminal Court`. Comparing wordings, a short form stands for its long form's
/// words, so "a party to the ICC convention" and "the treaty that created the International
/// Criminal Court" share what they say.
///
/// A long form is a run of capitalized words (`of`, `and`, `the`… between them) whose initials
/// spell the short form, in an article that uses the short form: `Hayat Tahrir al-Sham` for
/// `HTS`. Nothing is listed by hand, so any story's bodies and agencies are found. Where
/// articles spell one short form out differently, the spelling most articles use wins.
struct Acronyms: Sendable {
    /// A short form and the long form an article spells it out with.
    struct Finding: Hashable, Sendable {
        let letters: String
        /// The long form's content keys, each once, in key order.
        let expansion: [UInt64]
    }

    /// The short form's content key → its long form's keys.
    private let expansions: [UInt64: [ContentKey]]

    static let none = Acronyms(findings: [])

    /// `findings`: each article's, each finding once per article (an article is one vote).
    init(findings: some Sequence<Finding>) {
        var votes: [String: [[UInt64]: Int]] = [:]
        for finding in findings { votes[finding.letters, default: [:]][finding.expansion, default: 0] += 1 }
        var expansions: [UInt64: [ContentKey]] = [:]
        for (letters, counts) in votes {
            // A short form that is a stop word written in capitals (`US`, `IS`) has no key and
            // stands for nothing here.
            guard let key = Words.distinctContentKeys(in: letters).first else { continue }
            // Most votes, then the fuller spelling, then the lower keys: the same whatever order
            // the articles were counted in.
            let best = counts.max { a, b in
                (a.value, a.key.count) != (b.value, b.key.count)
                    ? (a.value, a.key.count) < (b.value, b.key.count)
                    : b.key.lexicographicallyPrecedes(a.key)
            }!.key
            expansions[key.value] = best.filter { $0 != key.value }.map(ContentKey.init(value:))
        }
        self.expansions = expansions.filter { !$0.value.isEmpty }
    }

    var isEmpty: Bool { expansions.isEmpty }

    /// `keys` (each once, in key order) with every short form replaced by its long form's words.
    func expanded(_ keys: [ContentKey]) -> [ContentKey] {
        guard !expansions.isEmpty else { return keys }
        var result: [ContentKey] = []
        var changed = false
        for key in keys {
            if let long = expansions[key.value] {
                result += long
                changed = true
            } else {
                result.append(key)
            }
        }
        return changed ? Words.distinct(result) : keys
    }

    /// The short forms an article uses and the long forms it spells them out with.
    ///
    /// One walk over each paragraph's UTF-8 bytes, words packed into integers, not `Substring`s
    /// and `Character` tests: every paragraph of every article that may hold a short form is walked.
    static func findings(in paragraphs: [String]) -> Set<Finding> {
        // An article without two capitals in a row has no short form, and its words need no walk.
        guard paragraphs.contains(where: mayHaveShortForm) else { return [] }
        var scan = Scan()
        for (number, paragraph) in paragraphs.enumerated() {
            var text = paragraph
            text.withUTF8 { scan.read($0, paragraph: number) }
        }
        guard !scan.shortForms.isEmpty else { return [] }
        var found: Set<Finding> = []
        for run in scan.runs {
            for start in run.words {
                var letters: UInt64 = 0
                for end in start..<min(run.words.upperBound, start + 6) {
                    letters = letters << 8 | UInt64(scan.initials[end])
                    guard end > start, scan.shortForms.contains(letters) else { continue }
                    let spelled = scan.words[start...end].map { range in
                        String(paragraphs[run.paragraph].utf8.dropFirst(range.lowerBound).prefix(range.count))!
                    }
                    let expansion = Words.distinctContentKeys(in: spelled.joined(separator: " ")).map(\.value)
                    if !expansion.isEmpty { found.insert(Finding(letters: unpacked(letters), expansion: expansion)) }
                }
            }
        }
        return found
    }

    /// The short form a name of capitalized words would have: `Regional Fire Service` → `RFS`,
    /// `Organisation of Coastal States` → `OCS`; nil for fewer than two such words, or a name
    /// with other words in it.
    static func initials(of name: String) -> String? {
        var text = name
        return text.withUTF8 { bytes -> String? in
            var letters: [UInt8] = []
            var spelled = true
            Words.forEachWordRange(bytes) { word in
                if let capital = initial(bytes, word), capital != 0xFF {
                    letters.append(capital)
                } else if packed(bytes, word).map(joiners.contains) != true {
                    spelled = false
                }
            }
            guard spelled, (2...6).contains(letters.count) else { return nil }
            return String(decoding: letters, as: UTF8.self)
        }
    }

    /// Whether a word is written as a short form is: two to six capital letters.
    static func isShortForm(_ word: String) -> Bool {
        (2...6).contains(word.utf8.count) && word.utf8.allSatisfy(\.isASCIIUppercase)
    }

    /// An article's short forms, and its runs of capitalized words next to each other (joiners
    /// between them) where long forms may be.
    private struct Scan {
        var shortForms: Set<UInt64> = []
        var runs: [(paragraph: Int, words: Range<Int>)] = []
        /// Every run's words (byte ranges in its paragraph) and capitals, one run after another.
        /// A capital is a byte: an ASCII capital (`Énergie`'s is `E`), or 0xFF for another
        /// (`Ωmega`), which no short form spells.
        var words: [Range<Int>] = []
        var initials: [UInt8] = []
        private var paragraphWords: [Range<Int>] = []
        private var runStart = 0

        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, paragraph: Int) {
            paragraphWords.removeAll(keepingCapacity: true)
            Words.forEachWordRange(bytes) { paragraphWords.append($0) }
            // An all-capitals paragraph (a headline, a shouted menu) has capitals that are no short forms.
            let hasLowercase = containsLowercase(bytes, 0..<bytes.count)
            var previousEnd = -1
            for word in paragraphWords {
                let adjacent = previousEnd >= 0 && (previousEnd..<word.lowerBound).allSatisfy { bytes[$0] == 0x20 }
                previousEnd = word.upperBound
                if hasLowercase, let letters = shortForm(bytes, word) {
                    shortForms.insert(letters)
                } else if let capital = initial(bytes, word) {
                    if !adjacent { endRun(paragraph) }
                    words.append(word)
                    initials.append(capital)
                    continue
                } else if adjacent, words.count > runStart, let packed = packed(bytes, word), joiners.contains(packed) {
                    continue
                }
                endRun(paragraph)
            }
            endRun(paragraph)
        }

        /// Keeps the run that just ended if it has two words or more.
        private mutating func endRun(_ paragraph: Int) {
            if words.count - runStart >= 2 {
                runs.append((paragraph, runStart..<words.count))
            } else if words.count > runStart {
                words.removeLast(words.count - runStart)
                initials.removeLast(initials.count - runStart)
            }
            runStart = words.count
        }
    }

    /// Whether a paragraph has lowercase letters and two ASCII capitals in a row.
    private static func mayHaveShortForm(_ paragraph: String) -> Bool {
        var previousIsCapital = false
        for byte in paragraph.utf8 {
            let isCapital = byte.isASCIIUppercase
            if isCapital, previousIsCapital {
                var text = paragraph
                return text.withUTF8 { containsLowercase($0, 0..<$0.count) }
            }
            previousIsCapital = isCapital
        }
        return false
    }

    /// Two to six capital letters, nothing else (`ICC`, `NATO`), packed a byte each.
    /// A possessive counts as its short form: `ICC's`, `NATO’s`.
    private static func shortForm(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt64? {
        var word = word
        if word.count > 2, bytes[word.upperBound - 1] == 0x73 {
            if bytes[word.upperBound - 2] == 0x27 {
                word = word.lowerBound..<(word.upperBound - 2)
            } else if word.count > 4, bytes[word.upperBound - 2] == 0x99, bytes[word.upperBound - 3] == 0x80, bytes[word.upperBound - 4] == 0xE2 {
                word = word.lowerBound..<(word.upperBound - 4)
            }
        }
        guard (2...6).contains(word.count), word.allSatisfy({ bytes[$0].isASCIIUppercase }) else { return nil }
        return packed(bytes, word)
    }

    /// A capitalized word's capital, as a short form spells it: `Court` → `C`, `al-Sham` → `S`.
    /// Words in capitals (`ICC`, `NATO`) and lowercase words have none.
    private static func initial(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt8? {
        // Most words: lowercase ASCII, no hyphen.
        if bytes[word.lowerBound] &- 0x61 < 26, !word.contains(where: { bytes[$0] == 0x2D }) { return nil }
        var capital = bytes.scalar(at: word.lowerBound).0
        if !isUppercase(capital) {
            // A lowercase particle joined to a name: `al-Sham`, `bin-Salman`.
            guard let hyphen = word.first(where: { bytes[$0] == 0x2D }), hyphen + 1 < word.upperBound else { return nil }
            capital = bytes.scalar(at: hyphen + 1).0
            guard isUppercase(capital) else { return nil }
        }
        guard containsLowercase(bytes, word) else { return nil }
        if capital.value < 0x80 { return UInt8(capital.value) }
        // A short form drops the accent: `Énergie` is an `E`.
        let base = Words.fold(String(capital)).utf8.first ?? 0xFF
        return base &- 0x61 < 26 ? base - 0x20 : 0xFF
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? UInt8(scalar.value).isASCIIUppercase : scalar.properties.isUppercase
    }

    private static func containsLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if (0x61...0x7A).contains(byte) { return true }
                index += 1
                continue
            }
            let (scalar, length) = bytes.scalar(at: index)
            if scalar.properties.isLowercase { return true }
            index += length
        }
        return false
    }

    /// A word of up to eight bytes as an integer, its first byte highest.
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt64? {
        guard word.count <= 8 else { return nil }
        return word.reduce(0) { $0 << 8 | UInt64(bytes[$1]) }
    }

    private static func packed(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static func unpacked(_ letters: UInt64) -> String {
        var bytes: [UInt8] = []
        var rest = letters
        while rest != 0 {
            bytes.insert(UInt8(rest & 0xFF), at: 0)
            rest >>= 8
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Small words a long form keeps between its capitalized words and leaves out of its initials.
    private static let joiners: Set<UInt64> = Set(["of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "le", "del", "der", "für"].map(packed))
}
