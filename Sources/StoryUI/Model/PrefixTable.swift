/// The words of many short texts (event summaries, statements), each with the texts that hold
/// it, in sorted order: the words starting with a prefix are one run of the table, and the texts
/// matching a keystroke's query are read from those words' lists — never by reading every text.
struct PrefixTable: Sendable {
    private let vocabulary: [String]
    /// For each word of `vocabulary`, the texts holding it, in order.
    private let holders: [[Int32]]
    /// How many texts the table was made of.
    let count: Int

    init(_ words: [[String]]) {
        var byWord: [String: [Int32]] = [:]
        for (text, words) in words.enumerated() {
            for word in Set(words) { byWord[word, default: []].append(Int32(text)) }
        }
        vocabulary = byWord.keys.sorted()
        holders = vocabulary.map { byWord[$0]! }
        count = words.count
    }

    /// Which texts hold a word starting with `prefix`.
    func texts(holdingPrefix prefix: String) -> [Bool] {
        let low = Self.firstIndex(in: vocabulary) { $0 >= prefix }
        let high = low + Self.firstIndex(in: vocabulary[low...]) { !$0.hasPrefix(prefix) }
        return marked(low..<high)
    }

    /// Which texts hold `word` itself.
    func texts(holding word: String) -> [Bool] {
        let place = Self.firstIndex(in: vocabulary) { $0 >= word }
        return marked(place < vocabulary.count && vocabulary[place] == word ? place..<(place + 1) : place..<place)
    }

    private func marked(_ words: Range<Int>) -> [Bool] {
        var marks = [Bool](repeating: false, count: count)
        for word in words { for text in holders[word] { marks[Int(text)] = true } }
        return marks
    }

    /// The first offset (from the slice's start) where `isAfter` holds, for a predicate false then true.
    private static func firstIndex<C: RandomAccessCollection>(in items: C, where isAfter: (C.Element) -> Bool) -> Int where C.Index == Int {
        var low = items.startIndex
        var high = items.endIndex
        while low < high {
            let mid = (low + high) / 2
            if isAfter(items[mid]) { high = mid } else { low = mid + 1 }
        }
        return low - items.startIndex
    }
}
