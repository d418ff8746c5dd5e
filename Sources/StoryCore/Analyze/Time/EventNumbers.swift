/// `12 containers`, `more than 300 dockworkers`: a number and what it counts, to spot outlets
/// that disagree. A count said with `over`, `about` or `up to` is a range, and two counts
/// disagree only when their ranges cannot meet: `500,000` and `over 500,000` agree, `more than
/// 300` and `about 250` do not.
enum EventNumbers {
    /// A count as an outlet gives it: its value and how it is qualified (`more than`, `about`).
    struct Count: Hashable {
        var value: Int
        var bound: Bound
        /// The word it is counted in, when it has one (`334 million`).
        var magnitude: String? = nil

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
            let number = digits + grouped + (magnitude.map { " " + $0 } ?? "")
            switch bound {
            case .exact: return number
            case .atLeast: return "more than \(number)"
            case .about: return "about \(number)"
            case .atMost: return "up to \(number)"
            }
        }
    }

    /// From the words around a date, as cut from the sentence: their text is not tokenized again.
    static func facts(in tokens: [WordToken]) -> [(key: String, count: Count, owner: String?)] {
        var facts: [(String, Count, String?)] = []
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
            while let next = thousands(after: index) {
                value = value * 1000 + Int(tokens[next].text)!
                index = next
            }
            // `$334 million in cash`: the amount is counted in millions, and what it is comes after.
            var magnitude: String?
            if index + 1 < tokens.count, magnitudes[tokens[index + 1].folded] != nil {
                magnitude = tokens[index + 1].folded
                index += 1
            }
            // The counted noun: the next content word (`12 containers`, `14 injured workers` → workers);
            // an amount's, a word further (`$334 million for the yard`).
            for next in tokens[(index + 1)..<min(tokens.count, index + (magnitude == nil ? 3 : 4))] {
                guard let noun = Words.contentWords(in: next.text).first, Int(noun) == nil else { continue }
                if units.contains(noun) { break }
                facts.append((noun, Count(value: value, bound: bound(before: first, in: tokens), magnitude: magnitude), owner(before: first, in: tokens)))
                break
            }
        }
        return facts
    }

    /// Whose count it is, when a capitalized word stands right before it or before a verb and
    /// a preposition (`Ortiz scored 23 points`, `Luck threw for 205 yards`, `Charles' 226 yards`):
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

    /// Words a count is told in, and what they multiply it by.
    static let magnitudes: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// Measures, not things counted.
    private static let units: Set<String> = ["percent", "per", "km", "kilometres", "kilometers", "miles", "metres", "meters", "pm", "am"]

    /// `more than`, `at least`, `over`; `about`, `nearly`; `up to`, `fewer than` before a number.
    private static func bound(before index: Int, in tokens: [WordToken]) -> Count.Bound {
        let one = index >= 1 ? tokens[index - 1].folded : ""
        let two = index >= 2 ? tokens[index - 2].folded + " " + one : ""
        if atLeast.contains(one) || atLeast.contains(two) { return .atLeast }
        if atMost.contains(one) || atMost.contains(two) { return .atMost }
        if about.contains(one) { return .about }
        return .exact
    }

    private static let atLeast: Set<String> = ["over", "above", "exceeding", "more than", "at least", "upwards of", "in excess of", "excess of"]
    private static let atMost: Set<String> = ["under", "below", "up to", "fewer than", "less than", "at most", "as many as"]
    /// The qualifiers' words, which may stand between a count and its owner (`threw for over 300 yards`).
    private static let qualifiers: Set<String> = Set((atLeast.union(atMost).union(about)).flatMap { $0.split(separator: " ").map(String.init) })
    private static let about: Set<String> = ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "circa", "estimated"]

    /// Two counts this many times apart are two facts, not one fact told two ways: a game's 23
    /// points and a career's 2,117, a day's 5 dead and a war's 5,000.
    static let factsApart = 10

    private static func ordersApart(_ a: Count, _ b: Count) -> Bool {
        max(a.amount, b.amount) >= min(a.amount, b.amount) * Double(factsApart)
    }

    /// The counts an event's outlets give for one thing, when two of them cannot both be right.
    /// `owner`: whose count it is, when a name says so (see `owner(before:in:)`); two owners'
    /// counts never disagree.
    static func conflicts(_ facts: [(article: String, key: String, count: Count, owner: String?)]) -> [NumberConflict] {
        var byKey: [String: [Count: [(article: String, owner: String?)]]] = [:]
        for fact in facts { byKey[fact.key, default: [:]][fact.count, default: []].append((fact.article, fact.owner)) }
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
            return NumberConflict(what: key, values: ordered.map { ($0.key.text, Set($0.value.map(\.article)).sorted()) })
        }
    }
}
