/// The folded words of many short texts (event summaries, statements) numbered in sorted order,
/// so that the words starting with a prefix are one range of numbers: a text matches a prefix
/// when one of its (sorted) numbers falls in that range, found by binary search rather than by
/// reading every word of every text on every keystroke.
struct PrefixTable: Sendable {
    private let vocabulary: [String]
    private let texts: [[Int32]]

    init(_ words: [[String]]) {
        vocabulary = Array(Set(words.joined())).sorted()
        let number = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, Int32($0)) })
        texts = words.map { Set($0.compactMap { number[$0] }).sorted() }
    }

    /// The numbers of the words that start with `prefix`.
    func range(prefix: String) -> Range<Int32> {
        let low = Self.firstIndex(in: vocabulary) { $0 >= prefix }
        let high = low + Self.firstIndex(in: vocabulary[low...]) { !$0.hasPrefix(prefix) }
        return Int32(low)..<Int32(high)
    }

    /// Whether text `index` holds a word in `range`.
    func contains(_ index: Int, _ range: Range<Int32>) -> Bool {
        guard !range.isEmpty else { return false }
        let words = texts[index]
        let place = Self.firstIndex(in: words) { $0 >= range.lowerBound }
        return place < words.count && words[place] < range.upperBound
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
