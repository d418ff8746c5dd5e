/// A fixed set of words, for the rules that ask about every word of every sentence (is it a
/// speech verb, a role, a particle of a name…), several times over.
///
/// A word of one to twelve lowercase ASCII letters is found by its `LetterKey`, a probe of a few
/// instructions, where a `Set<String>` runs SipHash over the whole word. Any other word (longer,
/// with an apostrophe or a hyphen, a capital, another script) is looked up as a `String`, so the
/// answers are a `Set<String>`'s.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let keys: LetterKeySet
    private let others: Set<String>

    init(_ words: some Sequence<String>) {
        var keys: [UInt64] = []
        var others: Set<String> = []
        for word in words {
            if let key = Self.key(word) { keys.append(key) } else { others.insert(word) }
        }
        self.keys = LetterKeySet(keys)
        self.others = others
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool {
        if let key = Self.key(word) { return keys.contains(key) }
        return others.contains(word)
    }

    /// The same for a word's bytes in a text being read: no `String` is made for a word of letters.
    func contains(bytes word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if let key = Self.key(bytes: word) { return keys.contains(key) }
        return !others.isEmpty && others.contains(String(decoding: word, as: UTF8.self))
    }

    private static func key(bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
        var key: UInt64 = 0
        for byte in bytes {
            guard byte &- 0x61 < 26 else { return nil }
            key = key << 5 | UInt64(byte - 0x60)
        }
        return key
    }

    /// The key of a word of one to twelve lowercase ASCII letters; nil for any other word.
    private static func key(_ word: String) -> UInt64? {
        guard word.utf8.count <= 12 else { return nil }
        var word = word
        return word.withUTF8 { key(bytes: $0[...]) }
    }
}
