/// A list of short lowercase phrases, found in a text in one pass over its bytes.
///
/// The block rules ask every block of every page whether it holds any of ~80 cue phrases
/// (`all rights reserved`, `our team`, `sign up for our`); one byte search per phrase was 8% of
/// normalizing. Here each position of the text is looked up once: a table says whether any
/// phrase starts with its first two bytes, and only those phrases are compared.
struct PhraseSet: Sendable {
    let phrases: [String]
    /// For each phrase, the lists it was given in (see `init(lists:)`).
    private let listsOf: [[Int]]
    private let listCount: Int
    private let bytes: [[UInt8]]
    /// For each pair of leading bytes (as `first << 8 | second`), the phrases starting with it.
    private let byStart: [UInt16: [Int]]
    /// Whether any phrase starts with that pair: the common case, none, costs one array read.
    private let startsAny: [Bool]

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
        self.phrases = phrases
        self.listsOf = listsOf
        listCount = lists.count
        bytes = phrases.map { Array($0.utf8) }
        var byStart: [UInt16: [Int]] = [:]
        var startsAny = [Bool](repeating: false, count: 1 << 16)
        for (index, phrase) in bytes.enumerated() {
            let key = UInt16(phrase[0]) << 8 | UInt16(phrase[1])
            byStart[key, default: []].append(index)
            startsAny[Int(key)] = true
        }
        self.byStart = byStart
        self.startsAny = startsAny
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
    private func found(in text: String) -> Set<Int> {
        var text = text
        return text.withUTF8 { haystack in
            var found: Set<Int> = []
            guard haystack.count >= 2 else { return found }
            for start in 0..<(haystack.count - 1) {
                let key = UInt16(haystack[start]) << 8 | UInt16(haystack[start + 1])
                guard startsAny[Int(key)], let candidates = byStart[key] else { continue }
                for candidate in candidates where !found.contains(candidate) {
                    let phrase = bytes[candidate]
                    guard start + phrase.count <= haystack.count else { continue }
                    var matched = 2
                    while matched < phrase.count, haystack[start + matched] == phrase[matched] { matched += 1 }
                    if matched == phrase.count { found.insert(candidate) }
                }
            }
            return found
        }
    }
}
