/// Groups items one at a time: each joins the group it fits best, or founds a new one.
///
/// Candidate groups are those sharing a telling word with the item (an inverted index from
/// words to groups), and a group is compared through its first members only, so the cost
/// stays near-linear in the items however many repeat one another. However alike the items,
/// each is compared with a bounded number of groups: those sharing the most words with it among
/// the most recent groups of each word.
enum IndexedGrouping {
    /// The groups of each word an item looks at: the most recent ones.
    static let recentGroups = 1024
    /// The most groups an item is compared with.
    static let comparedGroups = 128

    /// - Parameters:
    ///   - order: the items, in the order they are placed (founders first).
    ///   - words: an item's telling words, for finding candidate groups.
    ///   - fit: how well item `a` fits group member `b`; 0 when it cannot join.
    ///   - identity: items with the same identity (the same words from the same speaker, say) join
    ///     the same group without comparison: reprints of wire copy are most of a big story.
    ///   - owner: who an item belongs to, if anyone (a statement's speaker): `fit` must be 0 for two
    ///     items with different owners. A candidate group whose compared members all belong to one
    ///     other owner is passed over without asking `fit`: most candidates of a statement are
    ///     other people's, and grouping runs in turn.
    static func group<Word: Hashable>(
        order: [Int], words: (Int) -> [Word], fit: (Int, Int) -> Double, identity: (Int) -> String, owner: (Int) -> Int? = { _ in nil }
    ) -> [[Int]] {
        var groups: [[Int]] = []
        // The one owner of each group's compared members (its first eight), or nil when some have
        // none or they differ.
        var groupOwner: [Int?] = []
        var postings: [Word: [Int]] = [:]
        var groupOfIdentity: [String: Int] = [:]
        // The last item that listed each group as a candidate: candidates are gathered in an array
        // without hashing, not in a `Set` filled from postings that can be long.
        var listedFor: [Int] = []
        // How many of the item's words each listed group shares.
        var sharedWords: [Int] = []
        var candidates: [Int] = []
        for index in order {
            let key = identity(index)
            if let known = groupOfIdentity[key] {
                groups[known].append(index)
                if groups[known].count <= 8, groupOwner[known] != owner(index) { groupOwner[known] = nil }
                continue
            }
            let telling = words(index)
            candidates.removeAll(keepingCapacity: true)
            for word in telling {
                guard let posting = postings[word] else { continue }
                for group in posting.suffix(Self.recentGroups) {
                    if listedFor[group] != index {
                        listedFor[group] = index
                        sharedWords[group] = 0
                        candidates.append(group)
                    }
                    sharedWords[group] += 1
                }
            }
            if candidates.count > Self.comparedGroups {
                candidates = mostShared(candidates, sharedWords: sharedWords, words: telling.count)
            }
            candidates.sort()
            let itemOwner = owner(index)
            var best: (group: Int, score: Double)?
            for group in candidates {
                if let itemOwner, let other = groupOwner[group], other != itemOwner { continue }
                var score = 0.0
                // By index: a slice of each candidate group would retain and release it, and this
                // loop runs in turn, hundreds of thousands of times on a big story.
                let members = groups[group].count
                for place in 0..<min(8, members) { score = max(score, fit(index, groups[group][place])) }
                if score > (best?.score ?? 0) { best = (group, score) }
            }
            let target: Int
            if let best {
                target = best.group
                groups[target].append(index)
                if groups[target].count <= 8, groupOwner[target] != itemOwner { groupOwner[target] = nil }
            } else {
                target = groups.count
                groups.append([index])
                groupOwner.append(itemOwner)
                listedFor.append(-1)
                sharedWords.append(0)
            }
            groupOfIdentity[key] = target
            for word in telling where postings[word]?.last != target { postings[word, default: []].append(target) }
        }
        return groups
    }

    /// The `comparedGroups` candidates sharing the most words, ties to the first found: found by
    /// counting (shared words run from 1 to the item's words) rather than by sorting thousands.
    static func mostShared(_ candidates: [Int], sharedWords: [Int], words: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: words + 2)
        for candidate in candidates { counts[min(sharedWords[candidate], words + 1)] += 1 }
        var threshold = words + 1
        var above = 0
        while threshold > 0, above + counts[threshold] < Self.comparedGroups {
            above += counts[threshold]
            threshold -= 1
        }
        var kept: [Int] = []
        kept.reserveCapacity(Self.comparedGroups)
        var tiedRoom = Self.comparedGroups - above
        for candidate in candidates {
            let shared = min(sharedWords[candidate], words + 1)
            if shared > threshold {
                kept.append(candidate)
            } else if shared == threshold, tiedRoom > 0 {
                kept.append(candidate)
                tiedRoom -= 1
            }
        }
        return kept
    }
}
