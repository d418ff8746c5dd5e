/// Names one event's outlets spell differently (`Duncan Rait` in two outlets, `Duncan Raite` in a
/// third): the same person or place, and someone has it wrong. Two spellings are one name when
/// they differ by a letter or two, keep their first letter, and no single article writes both —
/// an article that writes `Thomas` and `Thoma` means two people.
enum EventNames {
    /// Shorter names differ by one letter too often by chance (`Dane`, `Dana`).
    static let shortest = 5
    /// Letters that may differ: one up to eight letters, two in a longer name.
    static func edits(allowedIn length: Int) -> Int { length >= 9 ? 2 : 1 }
    /// Endings that make another form of one name, not another spelling (`Charger`, `Chargers`).
    static let inflections = ["s", "'s", "’s", "es"]

    /// The capitalized words of a sentence past its first word: the names it may hold.
    static func names(in words: [WordToken]) -> [String] {
        words.dropFirst().filter { $0.isCapitalized && $0.text.count >= shortest && $0.text.contains(where: \.isLowercase) }.map(\.text)
    }

    /// The spellings that disagree, each with the articles that use it. `writesBoth` says whether
    /// an article writes both spellings anywhere: then they are two names.
    static func conflicts(_ uses: [(article: String, name: String)], writesBoth: (String, String, String) -> Bool) -> [NumberConflict] {
        var byName: [String: Set<String>] = [:]
        for use in uses { byName[use.name, default: []].insert(use.article) }
        let names = byName.keys.sorted()
        var found: [NumberConflict] = []
        var seen: Set<String> = []
        for (position, a) in names.enumerated() {
            for b in names[(position + 1)...] where areSpellings(a, b) {
                let (left, right) = (byName[a]!, byName[b]!)
                guard left.isDisjoint(with: right), !seen.contains(a), !seen.contains(b) else { continue }
                guard !(left.union(right)).contains(where: { writesBoth($0, a, b) }) else { continue }
                seen.formUnion([a, b])
                let values = [(a, left.sorted()), (b, right.sorted())].sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }
                found.append(NumberConflict(what: "spelling of a name", values: values.map { (value: $0.0, articles: $0.1) }))
            }
        }
        return found
    }

    /// Whether two words are spellings of one name: not equal once case and diacritics are set
    /// aside, not one inflected from the other, and a letter or two apart.
    static func areSpellings(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Words.fold(a), Words.fold(b))
        guard x != y, x.first == y.first, min(x.count, y.count) >= shortest else { return false }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        if inflections.contains(where: { short + $0 == long }) { return false }
        let limit = edits(allowedIn: short.count)
        guard long.count - short.count <= limit else { return false }
        return distance(Array(x), Array(y), limit: limit) <= limit
    }

    /// Edit distance (insertions, deletions, substitutions and swapped neighbours), counted no
    /// further than `limit + 1`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var smallest = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                smallest = min(smallest, value)
            }
            if smallest > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
