import Testing
@testable import StoryCore

@Suite("Grouping by shared words")
struct IndexedGroupingTests {
    /// A fixed pseudo-random sequence, so the case is the same on every run.
    private struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Passing over other owners' groups must not change a single grouping: the groups are the
    /// same as when every candidate is compared.
    @Test(arguments: [1, 2, 3, 4, 5])
    func ownersOnlySkipComparisonsThatCouldNotFit(seed: Int) {
        var numbers = Numbers(state: UInt64(seed))
        let count = 400
        // A few owners and many items without one, so groups mix and the skip is tested both ways.
        let owners: [Int?] = (0..<count).map { _ in numbers.next(3) == 0 ? nil : numbers.next(4) }
        let words: [[Int]] = (0..<count).map { _ in (0..<3).map { _ in numbers.next(12) } }
        let identities = (0..<count).map { "\(owners[$0] ?? -1)|\(numbers.next(40))" }
        let order = (0..<count).map { $0 }.sorted { (words[$0].max()!, $0) < (words[$1].max()!, $1) }
        func fit(_ a: Int, _ b: Int) -> Double {
            if let x = owners[a], let y = owners[b], x != y { return 0 }
            let shared = Set(words[a]).intersection(words[b]).count
            return shared >= 1 ? Double(shared) + Double((a * 7 + b * 3) % 5) / 10 : 0
        }
        let everyCandidate = IndexedGrouping.group(order: order, words: { words[$0] }, fit: fit, identity: { identities[$0] })
        let skipping = IndexedGrouping.group(
            order: order, words: { words[$0] }, fit: fit, identity: { identities[$0] }, owner: { owners[$0] })
        #expect(skipping == everyCandidate)
        #expect(everyCandidate.count > 1 && everyCandidate.count < count)
    }
}

@Suite("Choosing the candidates to compare")
struct MostSharedTests {
    /// The counting selection keeps as many as are compared, every candidate sharing more words
    /// than the least kept, and none sharing fewer: what a full sort by shared words would keep,
    /// ties aside.
    @Test func countingKeepsTheMostShared() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let groups = Int.random(in: 130...600, using: &generator)
            let words = Int.random(in: 1...12, using: &generator)
            let shared = (0..<groups).map { _ in Int.random(in: 1...words, using: &generator) }
            let candidates = Array(0..<groups).shuffled(using: &generator)
            let sorted = candidates.sorted { shared[$0] > shared[$1] }.prefix(IndexedGrouping.comparedGroups)
            let kept = IndexedGrouping.mostShared(candidates, sharedWords: shared, words: words)
            #expect(kept.count == sorted.count && Set(kept).count == kept.count)
            #expect(kept.map { shared[$0] }.sorted() == sorted.map { shared[$0] }.sorted())
        }
    }
}
