/// `12 containers`, `more than 300 dockworkers`: a number and what it counts, to spot outlets
/// that disagree. A count said with `over`, `about` or `up to` is a range, and two counts
/// disagree only when their ranges cannot meet: `500,000` and `over 500,000` agree, `more than
/// 300` and `about 250` do not.
enum EventNumbers {
    /// A count as an outlet gives it: its value and how it is qualified (`more than`, `about`).
    struct Count: Hashable {
        var value: Int
        var bound: Bound
        /// The word it is counted in, when it has one (`410 million`).
        var magnitude: String? = nil
        /// How the outlet qualified it (`at least`, `nearly`), shown as written: every count with a
        /// bound other than `exact` has one.
        var qualifier: String? = nil

        enum Bound: Hashable { case exact, atLeast, about, atMost }

        /// The number itself, its magnitude applied.
        var amount: Double { Double(value) * (magnitude.flatMap { EventNumbers.magnitudes[$0] } ?? 1) }

        /// The values the count allows: `about` a number allows a tenth either side.
        var range: ClosedRange<Double> {
            let v = amount
            switch bound {
            case .exact: return v...v
            case .atLeast: return v...Double.greatestFiniteMagnitude
            case .atMost: return 0...v
            case .about: return (v * 0.9)...(v * 1.1)
            }
        }

        var text: String {
            // `480,000`: thousands grouped as outlets write them.
            var digits = String(value)
            var grouped = ""
            while digits.count > 3 {
                grouped = "," + digits.suffix(3) + grouped
                digits.removeLast(3)
            }
            return [qualifier, digits + grouped, magnitude].compactMap { $0 }.joined(separator: " ")
        }
    }

    /// A count an outlet gives: what it counts (`key`, the content word's key, for grouping;
    /// `noun`, as written, for showing), the count, and whose it is, when a name says so.
    struct Fact {
        var key: String
        var noun: String
        var count: Count
        var owner: String?
    }

    /// From the words around a date, and the count a sentence opens on (`Four people were killed
    /// when …`, `At least five people died after …`): a toll is the subject of the sentence that
    /// dates its happening at the end. The words are cut from the sentence, not tokenized again.
    static func facts(in window: [WordToken], sentence: [WordToken]) -> [Fact] {
        let near = facts(in: window)
        // Only qualifiers before the number: `Despite rushing for 318 yards` opens on no count.
        let start = sentence.prefix(3).prefix { qualifiers.contains($0.folded) }.count
        guard start < sentence.count, Int(sentence[start].text.filter { $0 != "," }) != nil || TemporalTagger.number(sentence[start]) != nil,
              let opening = facts(in: Array(sentence.prefix(start + 4))).first,
              !near.contains(where: { $0.key == opening.key && $0.count == opening.count })
        else { return near }
        return near + [opening]
    }

    /// From some words of a sentence.
    static func facts(in tokens: [WordToken]) -> [Fact] {
        var facts: [Fact] = []
        var index = 0
        while index + 1 < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            let first = index
            let digits = token.text.filter { $0 != "," }
            guard var value = Int(digits) ?? TemporalTagger.number(token).flatMap({ $0 > 1 ? $0 : nil }), value > 1 else { continue }
            // `500,000`: the thousands are a word of their own, one comma after the number (the
            // words given may have their commas left out).
            func thousands(after index: Int) -> Int? {
                guard Int(digits) != nil, index + 1 < tokens.count else { return nil }
                let next = tokens[index + 1].text == "," && index + 2 < tokens.count ? index + 2 : index + 1
                guard tokens[next].text.utf8.count == 3, tokens[next].range.lowerBound == tokens[index].range.upperBound + 1,
                      Int(tokens[next].text) != nil
                else { return nil }
                return next
            }
            if TemporalTagger.yearValue(token) != nil, thousands(after: index) == nil { continue }
            // A number past any count outlets give (`999,999,999,999,999,999,999`) is read whole and
            // left out: its thousands would overflow.
            var huge = false
            while let next = thousands(after: index) {
                let (grown, overflow) = value.multipliedReportingOverflow(by: 1000)
                if overflow || grown > Int.max - 999 { huge = true } else { value = grown + Int(tokens[next].text)! }
                index = next
            }
            if huge { continue }
            // `$260 million in cash`: the amount is counted in millions, and what it is comes after.
            var magnitude: String?
            if index + 1 < tokens.count, magnitudes[tokens[index + 1].folded] != nil {
                magnitude = tokens[index + 1].folded
                index += 1
            }
            // `three other bombs`, `two more bodies`: counted besides the rest, not a total.
            if index + 1 < tokens.count, besides.contains(tokens[index + 1].folded) { continue }
            // The counted noun: the next content word (`12 containers`, `14 injured workers` → workers);
            // an amount's, a word further (`$410 million for the yard`).
            for next in tokens[(index + 1)..<min(tokens.count, index + (magnitude == nil ? 3 : 4))] {
                guard let noun = Words.contentWords(in: next.text).first, Int(noun) == nil else { continue }
                if units.contains(noun) { break }
                facts.append(Fact(
                    key: noun, noun: next.folded, count: count(value, magnitude: magnitude, qualified: first, in: tokens),
                    owner: owner(before: first, in: tokens)))
                break
            }
        }
        return facts
    }

    /// Whose count it is, when a capitalized word stands right before it or before a verb and
    /// a preposition (`Ortiz scored 31 points`, `Okafor threw for 187 yards`, `Mbeki's 214 yards`):
    /// two players' yards are two facts. A sayer (`Officials said 12`) owns no count, and a day
    /// or month is no one. Whether the word is a name is the story's to say (`StoryTerms.isName`).
    private static func owner(before index: Int, in tokens: [WordToken]) -> String? {
        var between = 0
        for token in tokens[..<index].reversed() {
            // `over`, `about`: the count's qualifier, between it and its owner.
            if qualifiers.contains(token.folded) { continue }
            if token.isCapitalized, let word = Words.contentWords(in: token.text).first {
                guard DateParser.weekdayNumber(token.folded) == nil, DateParser.monthNumber(token.folded) == nil else { return nil }
                return word
            }
            between += 1
            guard between <= 2, !sayingVerbs.contains(token.folded), Int(token.text) == nil else { return nil }
        }
        return nil
    }

    /// Verbs that report a count rather than make it.
    private static let sayingVerbs: Set<String> = [
        "said", "says", "say", "told", "reported", "reports", "estimated", "estimates", "put", "puts", "counted", "confirmed", "according",
    ]

    /// Words after a number that count some besides the others (`three other bombs`).
    private static let besides: Set<String> = ["other", "more", "additional", "further", "extra", "new"]

    /// Words a count is told in, and what they multiply it by.
    static let magnitudes: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// Measures, not things counted.
    private static let units: Set<String> = ["percent", "per", "km", "kilometres", "kilometers", "miles", "metres", "meters", "pm", "am"]

    /// A count with its qualifier before the number: `more than`, `at least`, `over`; `about`,
    /// `nearly`; `up to`, `fewer than`.
    private static func count(_ value: Int, magnitude: String?, qualified index: Int, in tokens: [WordToken]) -> Count {
        let one = index >= 1 ? tokens[index - 1].folded : ""
        let two = index >= 2 ? tokens[index - 2].folded + " " + one : ""
        for (words, bound) in [(atLeast, Count.Bound.atLeast), (atMost, .atMost), (about, .about)] {
            if let said = [two, one].first(where: { !$0.isEmpty && words.contains($0) }) {
                return Count(value: value, bound: bound, magnitude: magnitude, qualifier: said)
            }
        }
        return Count(value: value, bound: .exact, magnitude: magnitude)
    }

    private static let atLeast: Set<String> = ["over", "above", "exceeding", "more than", "at least", "upwards of", "in excess of", "excess of"]
    private static let atMost: Set<String> = ["under", "below", "up to", "fewer than", "less than", "at most", "as many as"]
    /// The qualifiers' words, which may stand between a count and its owner (`threw for over 300 yards`).
    private static let qualifiers: Set<String> = Set((atLeast.union(atMost).union(about)).flatMap { $0.split(separator: " ").map(String.init) })
    private static let about: Set<String> = ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "circa", "estimated"]

    /// Two counts this many times apart are two facts, not one fact told two ways: a game's 31
    /// points and a career's 2,480, a day's 5 dead and a war's 5,000.
    static let factsApart = 10

    private static func ordersApart(_ a: Count, _ b: Count) -> Bool {
        max(a.amount, b.amount) >= min(a.amount, b.amount) * Double(factsApart)
    }

    /// The counts an event's outlets give for one thing, when two of them cannot both be right.
    /// `owner`: whose count it is, when a name says so (see `owner(before:in:)`); two owners'
    /// counts never disagree.
    static func conflicts(_ facts: [(article: String, fact: Fact)]) -> [NumberConflict] {
        var byKey: [String: [Count: [(article: String, owner: String?)]]] = [:]
        // What each key counts, as the outlets write it: the most common form (`people`, not the key `peopl`).
        var nouns: [String: [String: Int]] = [:]
        for (article, fact) in facts {
            byKey[fact.key, default: [:]][fact.count, default: []].append((article, fact.owner))
            nouns[fact.key, default: [:]][fact.noun, default: 0] += 1
        }
        return byKey.sorted { $0.key < $1.key }.compactMap { key, counts in
            let outlets = Set(counts.values.flatMap { $0.map(\.article) })
            guard counts.count > 1, outlets.count > 1 else { return nil }
            let ranges = Array(counts.keys)
            // Only counts told by different outlets can disagree; an outlet's own two numbers need not.
            func told(_ a: Count, _ b: Count) -> Bool {
                let (first, second) = (counts[a]!, counts[b]!)
                guard Set(first.map(\.article)) != Set(second.map(\.article)) else { return false }
                return first.contains { x in second.contains { y in x.article != y.article && (x.owner == nil || y.owner == nil || x.owner == y.owner) } }
            }
            let disagree = ranges.indices.contains { i in
                ranges.indices.contains { j in
                    i < j && (ranges[i].range.upperBound < ranges[j].range.lowerBound || ranges[j].range.upperBound < ranges[i].range.lowerBound)
                        && !ordersApart(ranges[i], ranges[j]) && told(ranges[i], ranges[j])
                }
            }
            guard disagree else { return nil }
            let ordered = counts.sorted { ($0.key.value, $0.key.text) < ($1.key.value, $1.key.text) }
            let what = nouns[key]!.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            return NumberConflict(what: what, values: ordered.map { ($0.key.text, Set($0.value.map(\.article)).sorted()) })
        }
    }
}
