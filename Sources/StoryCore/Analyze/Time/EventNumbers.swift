/// `12 containers`, `more than 300 dockworkers`: a number and what it counts, to spot outlets
/// that disagree. A count said with `over`, `about` or `up to` is a range, and two counts
/// disagree only when their ranges cannot meet: `500,000` and `over 500,000` agree, `more than
/// 300` and `about 250` do not.
enum EventNumbers {
    /// A count as an outlet gives it: its value and how it is qualified (`more than`, `about`).
    struct Count: Hashable {
        var value: Int
        var bound: Bound

        enum Bound: Hashable { case exact, atLeast, about, atMost }

        /// The values the count allows: `about` a number allows a tenth either side.
        var range: ClosedRange<Double> {
            let v = Double(value)
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
            let number = digits + grouped
            switch bound {
            case .exact: return number
            case .atLeast: return "more than \(number)"
            case .about: return "about \(number)"
            case .atMost: return "up to \(number)"
            }
        }
    }

    /// From the words around a date, as cut from the sentence: their text is not tokenized again.
    static func facts(in tokens: [WordToken]) -> [(key: String, count: Count)] {
        var facts: [(String, Count)] = []
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
            // The counted noun: the next content word (`12 containers`, `14 injured workers` → workers).
            for next in tokens[(index + 1)..<min(tokens.count, index + 3)] {
                guard let noun = Words.contentWords(in: next.text).first, Int(noun) == nil else { continue }
                if units.contains(noun) { break }
                facts.append((noun, Count(value: value, bound: bound(before: first, in: tokens))))
                break
            }
        }
        return facts
    }

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
    private static let about: Set<String> = ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "circa", "estimated"]

    /// Two counts this many times apart are two facts, not one fact told two ways: a game's 23
    /// points and a career's 2,117, a day's 5 dead and a war's 5,000.
    static let factsApart = 10

    private static func ordersApart(_ a: Count, _ b: Count) -> Bool {
        let (low, high) = (min(a.value, b.value), max(a.value, b.value))
        return high >= low * factsApart
    }

    /// The counts an event's outlets give for one thing, when two of them cannot both be right.
    static func conflicts(_ facts: [(article: String, key: String, count: Count)]) -> [NumberConflict] {
        var byKey: [String: [Count: Set<String>]] = [:]
        for fact in facts { byKey[fact.key, default: [:]][fact.count, default: []].insert(fact.article) }
        return byKey.sorted { $0.key < $1.key }.compactMap { key, counts in
            let outlets = Set(counts.values.flatMap { $0 })
            guard counts.count > 1, outlets.count > 1 else { return nil }
            let ranges = Array(counts.keys)
            // Only counts told by different outlets can disagree; an outlet's own two numbers need not.
            let disagree = ranges.indices.contains { i in
                ranges.indices.contains { j in
                    i < j && (ranges[i].range.upperBound < ranges[j].range.lowerBound || ranges[j].range.upperBound < ranges[i].range.lowerBound)
                        && counts[ranges[i]] != counts[ranges[j]] && !ordersApart(ranges[i], ranges[j])
                }
            }
            guard disagree else { return nil }
            let ordered = counts.sorted { ($0.key.value, $0.key.text) < ($1.key.value, $1.key.text) }
            return NumberConflict(what: key, values: ordered.map { ($0.key.text, $0.value.sorted()) })
        }
    }
}
