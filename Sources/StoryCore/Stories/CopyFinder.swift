/// Finds the articles that copy one text (an agency story and its reprints, one press release
/// in many outlets) without comparing every pair: MinHash signatures of word shingles, bucketed
/// by bands (locality-sensitive hashing), so that only articles sharing a band are compared.
enum CopyFinder {
    static let shingleLength = 4
    static let bands = 8
    static let rows = 4

    /// Pairs of articles whose candidate match `isCopy` confirms, each found once.
    static func pairs(_ words: [[String]], isCopy: (Int, Int) -> Bool) -> [(Int, Int)] {
        var buckets: [UInt64: [Int]] = [:]
        for (article, signature) in words.map(signature).enumerated() where !signature.isEmpty {
            for band in 0..<bands {
                var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
                for row in 0..<rows { key = mix(key ^ signature[band * rows + row]) }
                buckets[key, default: []].append(article)
            }
        }
        var seen: Set<UInt64> = []
        var found: [(Int, Int)] = []
        for members in buckets.values where members.count > 1 {
            // A band shared by hundreds of identical copies: each is compared with the first
            // only, which is enough to put them in one family.
            let first = members[0]
            let pairs = members.count > 64 ? members.dropFirst().map { (first, $0) } : members.indices.flatMap { i in members[(i + 1)...].map { (members[i], $0) } }
            for (a, b) in pairs where a != b {
                let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
                guard seen.insert(key).inserted, isCopy(a, b) else { continue }
                found.append((min(a, b), max(a, b)))
            }
        }
        return found.sorted { $0 < $1 }
    }

    /// The minimum of each of `bands × rows` hash functions over the article's shingles.
    static func signature(_ words: [String]) -> [UInt64] {
        guard words.count >= shingleLength else { return [] }
        var shingles: Set<UInt64> = []
        var hashes = words.map(fnv1a)
        for index in 0...(hashes.count - shingleLength) {
            var value: UInt64 = 0
            for offset in 0..<shingleLength { value = mix(value ^ hashes[index + offset]) }
            shingles.insert(value)
        }
        hashes.removeAll()
        return (0..<(bands * rows)).map { function in
            let seed = UInt64(function + 1) &* 0xD6E8_FEB8_6659_FD93
            return shingles.reduce(UInt64.max) { min($0, mix($1 ^ seed)) }
        }
    }

    /// FNV-1a over the word's bytes: the same on every run, unlike Swift's seeded `Hasher`.
    static func fnv1a(_ word: String) -> UInt64 {
        word.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }

    /// A 64-bit finalizer (SplitMix64's), spreading every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
