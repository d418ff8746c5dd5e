import Foundation

extension Character {
    /// The character's byte when it is one ASCII scalar. `asciiValue` builds a scalar view to
    /// answer, and the tokenizer and the sentence splitter ask this of every character of the
    /// story. (`asciiValue` also calls CR LF ASCII; this does not, and no caller treats it as
    /// anything but a line break.)
    @inline(__always)
    public var asciiByte: UInt8? {
        var bytes = utf8.makeIterator()
        guard let first = bytes.next(), first < 0x80, bytes.next() == nil else { return nil }
        return first
    }

    /// `isWhitespace`, with ASCII answered from the byte, without a Unicode property lookup.
    @inline(__always)
    var isSpace: Bool {
        if let byte = asciiByte { return byte == 0x20 || (0x09...0x0D).contains(byte) }
        return isWhitespace
    }
}

extension UInt8 {
    /// `0`–`9`, `A`–`Z` or `a`–`z`.
    @inline(__always)
    var isASCIILetterOrDigit: Bool {
        (0x30...0x39).contains(self) || (0x61...0x7A).contains(self | 0x20)
    }

    /// `A`–`Z`.
    @inline(__always)
    var isASCIIUppercase: Bool { self &- 0x41 < 26 }

    /// The byte with an ASCII capital made small; any other byte as it is.
    @inline(__always)
    var asciiLowercased: UInt8 { isASCIIUppercase ? self | 0x20 : self }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose UTF-8 encoding starts at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    func scalar(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = self[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | (UInt32(self[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Every byte ASCII and none a CR: each byte is then a `Character` of its own (CR LF is the
    /// one ASCII pair that makes a single one), so byte rules answer as `Character` rules.
    /// Checked eight bytes at a time.
    var isASCIIWithoutCR: Bool {
        guard let base = baseAddress else { return true }
        guard memchr(base, 0x0D, count) == nil else { return false }
        var index = 0
        while index + 8 <= count {
            guard UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 else { return false }
            index += 8
        }
        while index < count {
            guard base[index] < 0x80 else { return false }
            index += 1
        }
        return true
    }
}

extension String {
    /// The text of some scalars, encoded into one buffer: appending them one by one to a
    /// `String.UnicodeScalarView` is dear, and repairing a garbled page builds its text here.
    init(scalars: some Sequence<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self = String(decoding: bytes, as: UTF8.self)
    }

    /// `count`, read off the bytes when they are all ASCII and hold no CR (`isASCIIWithoutCR`):
    /// `count` walks graphemes, and reading plain text and grouping statements ask it of every
    /// line and wording.
    var characterCount: Int {
        var text = self
        return text.withUTF8(\.isASCIIWithoutCR) ? utf8.count : count
    }

    /// The parts between spaces: `parts(separatedBy: 0x20)`.
    func spaceSeparated() -> [Substring] {
        parts(separatedBy: 0x20)
    }

    /// The parts between each `separator`, an ASCII byte, split on the bytes: the generic `split`
    /// steps index by index, splitting by `Character` walks graphemes, and every line of plain
    /// text and every name is split. An ASCII character is its own grapheme except for a
    /// space before a combining mark (no word or name starts with one) and CR LF (the decoder
    /// leaves no CR).
    func parts(separatedBy separator: UInt8, omittingEmpty: Bool = true) -> [Substring] {
        var text = self
        var parts: [Range<Int>] = []
        text.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
                if index > start || !omittingEmpty { parts.append(start..<index) }
                start = index + 1
            }
        }
        // Cut as scalars: slicing the `String` itself would round each end to a character boundary.
        let scalars = unicodeScalars
        let utf8 = utf8
        return parts.map { Substring(scalars[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)]) }
    }

    /// Where `byte` first stands in the UTF-8, by `memchr`: the generic `utf8.firstIndex(of:)`
    /// steps index by index, and the block rules ask this of every block.
    func firstUTF8Index(of byte: UInt8) -> String.Index? {
        let offset = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
            return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
        }
        guard let offset else { return utf8.firstIndex(of: byte) }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}

/// A word as a 64-bit FNV-1a hash of its UTF-8 bytes: for sets and postings that only compare
/// words, made without building a `String`. Two of a story's tens of thousands of words share
/// a key with odds near 10⁻¹⁰.
struct ContentKey: Hashable, Sendable {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    init(_ word: String) {
        add(word.utf8)
    }

    /// A key made before, from its `value`.
    init(value: UInt64) {
        self.value = value
    }

    /// The key of `head` followed by `tail`.
    init(_ head: UnsafeBufferPointer<UInt8>, _ tail: [UInt8]) {
        add(head)
        add(tail)
    }

    private mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
    }
}

/// A word of at most twelve ASCII letters as a number, five bits a letter, case folded: a set of
/// such words (month names, stop words) is asked about a word without making a `String` of it.
enum LetterKey {
    /// A `String`'s key from its contiguous bytes, not by stepping its `utf8` view generically:
    /// the tagger asks it of every word of every sentence.
    static func of(_ word: String) -> UInt64? {
        guard word.utf8.count <= 12 else { return nil }
        var word = word
        return word.withUTF8 { of($0) }
    }

    static func of(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 12 else { return nil }
        var key: UInt64 = 0
        for byte in bytes {
            let lower = byte | 0x20
            guard (0x61...0x7A).contains(lower) else { return nil }
            key = key << 5 | UInt64(lower - 0x60)
        }
        return key
    }
}

/// A fixed set of `LetterKey`s probed by a multiplicative hash: a `Set<UInt64>` runs SipHash on
/// each lookup, and stop words are looked up for every word of every page.
struct LetterKeySet: Sendable {
    /// Open addressing, 0 marking an empty slot (no word's key is 0), at most a quarter full.
    private let slots: [UInt64]
    private let shift: UInt64

    init(_ keys: some Sequence<UInt64>) {
        let unique = Set(keys)
        precondition(!unique.contains(0), "a letter key is never 0")
        var bits = 4
        while 1 << bits < unique.count * 4 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
        for key in unique {
            var slot = Self.slot(of: key, shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = key
        }
        self.slots = slots
    }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return false }
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let found = slots[slot]
            if found == key { return true }
            if found == 0 { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
    }
}

