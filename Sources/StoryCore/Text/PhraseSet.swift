/// A list of short lowercase phrases, found in a text in one pass over its bytes.
///
/// The block rules ask every block of every page whether it holds any of ~80 cue phrases
/// (`all rights reserved`, `our team`, `sign up for our`), too many for a byte search per phrase.
/// Here each position of the text is looked up once: a table says whether any phrase starts
/// with its first two bytes, and only those phrases are compared.
struct PhraseSet: Sendable {
    let phrases: [String]
    /// For each phrase, the lists it was given in (see `init(lists:)`).
    private let listsOf: [[Int]]
    private let listCount: Int
    private let bytes: [[UInt8]]
    /// For each pair of leading bytes (as `first << 8 | second`), where in `starting` the phrases
    /// starting with it are listed, or -1: the common case, none, costs one array read, not a
    /// dictionary lookup.
    private let startSlot: [Int16]
    private let starting: [[Int]]
    /// For each entry of `starting`, the third bytes its phrases have, as 256 bits (every bit
    /// for a two-byte phrase): `ou` opens a dozen cues (`our team`, `our site` …) and a great
    /// many words, and most of those words are turned away before any cue is compared.
    private let thirdBytes: [UInt64]

    /// Several lists searched in one pass: `counts(in:)` tells how many of each list's phrases a text holds.
    init(lists: [[String]]) {
        var phrases: [String] = []
        var listsOf: [[Int]] = []
        var position: [String: Int] = [:]
        for (list, members) in lists.enumerated() {
            for phrase in members {
                if let known = position[phrase] {
                    if listsOf[known].last != list { listsOf[known].append(list) }
                } else {
                    position[phrase] = phrases.count
                    phrases.append(phrase)
                    listsOf.append([list])
                }
            }
        }
        precondition(phrases.allSatisfy { $0.utf8.count >= 2 }, "phrases are looked up by their first two bytes")
        precondition(phrases.count < Int(Int16.max), "start slots are 16-bit")
        self.phrases = phrases
        self.listsOf = listsOf
        listCount = lists.count
        bytes = phrases.map { Array($0.utf8) }
        var startSlot = [Int16](repeating: -1, count: 1 << 16)
        var starting: [[Int]] = []
        for (index, phrase) in bytes.enumerated() {
            let key = Int(phrase[0]) << 8 | Int(phrase[1])
            if startSlot[key] < 0 {
                startSlot[key] = Int16(starting.count)
                starting.append([])
            }
            starting[Int(startSlot[key])].append(index)
        }
        self.startSlot = startSlot
        self.starting = starting
        var thirdBytes = [UInt64](repeating: 0, count: starting.count * 4)
        for (slot, phrases) in starting.enumerated() {
            for phrase in phrases {
                guard bytes[phrase].count > 2 else {
                    for word in 0..<4 { thirdBytes[slot * 4 + word] = .max }
                    continue
                }
                let third = Int(bytes[phrase][2])
                thirdBytes[slot * 4 + third >> 6] |= 1 << UInt64(third & 63)
            }
        }
        self.thirdBytes = thirdBytes
    }

    /// For each list given to `init(lists:)`, how many of its phrases `text` holds.
    func counts(in text: String) -> [Int] {
        var counts = [Int](repeating: 0, count: listCount)
        for phrase in found(in: text) {
            for list in listsOf[phrase] { counts[list] += 1 }
        }
        return counts
    }

    /// The phrases `text` holds, each once.
    private func found(in text: String) -> [Int] {
        var text = text
        return text.withUTF8 { haystack in
            var isFound = [Bool](repeating: false, count: bytes.count)
            var found: [Int] = []
            guard haystack.count >= 2 else { return found }
            for start in 0..<(haystack.count - 1) {
                let slot = startSlot[Int(haystack[start]) << 8 | Int(haystack[start + 1])]
                guard slot >= 0 else { continue }
                if start + 2 < haystack.count {
                    let third = Int(haystack[start + 2])
                    guard thirdBytes[Int(slot) * 4 + third >> 6] >> UInt64(third & 63) & 1 == 1 else { continue }
                }
                for candidate in starting[Int(slot)] where !isFound[candidate] {
                    let phrase = bytes[candidate]
                    guard start + phrase.count <= haystack.count else { continue }
                    var matched = 2
                    while matched < phrase.count, haystack[start + matched] == phrase[matched] { matched += 1 }
                    if matched == phrase.count {
                        isFound[candidate] = true
                        found.append(candidate)
                    }
                }
            }
            return found
        }
    }
}
