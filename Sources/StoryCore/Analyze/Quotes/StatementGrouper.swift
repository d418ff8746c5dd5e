import Foundation

/// One outlet's wording before grouping.
struct MentionDraft {
    var article: Int
    var articleID: String
    var paragraph: Int
    var position: Int
    var kind: QuoteKind
    var text: String
    var context: String
    var speaker: Int?
    var speakerText: String?
}

/// Groups the outlets' wordings of one statement.
///
/// Wordings are compared by the content words they share (stemmed, numbers and names
/// included), weighted by how rare each word is in the story, so a shared "Russia" counts
/// for little and a shared "extraordinary" for much. Candidates come from an inverted index
/// over those words, never from comparing every pair, and the fullest wordings seed the
/// groups so that a fragment joins the quotation it was cut from.
enum StatementGrouper {

    /// `paragraphs`: every paragraph of the story, to weigh words by how rare they are in it.
    static func group(_ drafts: [MentionDraft], paragraphs: [String]) -> [[Int]] {
        let own = drafts.map { Set(Words.contentWords(in: $0.text)) }
        let stems = drafts.map { Words.tokens(in: $0.text).map { Stemmer.stem(Words.fold($0)) }.joined(separator: " ") }
        let widened = drafts.indices.map { own[$0].union(Words.contentWords(in: drafts[$0].context)) }
        var documentFrequency: [String: Int] = [:]
        var capitalized: [String: (proper: Int, total: Int)] = [:]
        for paragraph in paragraphs {
            for term in Set(Words.contentWords(in: paragraph)) { documentFrequency[term, default: 0] += 1 }
            for (index, token) in Words.tokens(in: paragraph).enumerated() where index > 0 {
                guard let term = Words.contentWords(in: String(token)).first else { continue }
                let upper = token.first?.isUppercase == true
                capitalized[term, default: (0, 0)].proper += upper ? 1 : 0
                capitalized[term, default: (0, 0)].total += 1
            }
        }
        // Names (words the story almost always capitalizes) say who; what was said lies in the other words.
        let names = Set(capitalized.filter { $0.value.proper * 5 >= $0.value.total * 4 }.keys)
        let total = Double(max(1, paragraphs.count))
        func weight(_ term: String) -> Double { log(1 + total / Double(max(1, documentFrequency[term] ?? 1))) }
        // Words in a fifth of the paragraphs or more (the story's own names) cannot make two wordings one.
        func telling(_ term: String) -> Bool { (documentFrequency[term] ?? 0) * 5 <= paragraphs.count + 5 }

        /// Weighted overlap of two word sets: the larger of Jaccard and (discounted) containment.
        func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
            let shared = a.intersection(b)
            let decisive = shared.filter { telling($0) && !names.contains($0) }
            guard decisive.count >= 2 || (decisive.count == 1 && min(a.count, b.count) <= 2) else { return 0 }
            let sharedWeight = shared.reduce(0) { $0 + weight($1) }
            let weightA = a.reduce(0) { $0 + weight($1) }
            let weightB = b.reduce(0) { $0 + weight($1) }
            let jaccard = sharedWeight / max(0.001, weightA + weightB - sharedWeight)
            let containment = sharedWeight / max(0.001, min(weightA, weightB))
            return max(jaccard, containment * 0.75)
        }

        /// 0 when the two cannot be one statement; otherwise how strongly they are.
        func similarity(_ a: Int, _ b: Int) -> Double {
            let first = drafts[a]
            let second = drafts[b]
            if let x = first.speaker, let y = second.speaker, x != y { return 0 }
            var score = max(overlap(own[a], own[b]), 0.8 * overlap(widened[a], widened[b]))
            let sameSpeaker = first.speaker != nil && first.speaker == second.speaker
            // A translation keeps the sentence's build (`X is safe, and this shows that Russia …`)
            // when its words change: for one speaker, the order of shared words backs up a weak overlap.
            if sameSpeaker, score > 0.15, first.kind != .indirect, second.kind != .indirect {
                let order = WordDiff.similarity(WordDiff.changes(from: stems[a], to: stems[b]))
                score = max(score, (score + order) / 2)
            }
            var threshold = sameSpeaker ? 0.3 : 0.5
            if first.kind == .indirect, second.kind == .indirect { threshold += 0.05 }
            if first.article == second.article { threshold = 0.8 }
            return score >= threshold ? score : 0
        }

        // Fullest first: a whole quotation founds a group, its fragments and rewordings join it.
        let order = drafts.indices.sorted { a, b in
            let rank = { (kind: QuoteKind) in kind == .direct ? 0 : kind == .indirect ? 1 : 2 }
            if rank(drafts[a].kind) != rank(drafts[b].kind) { return rank(drafts[a].kind) < rank(drafts[b].kind) }
            if drafts[a].text.count != drafts[b].text.count { return drafts[a].text.count > drafts[b].text.count }
            return a < b
        }
        var groups: [[Int]] = []
        var postings: [String: [Int]] = [:]  // telling word → groups using it
        for index in order {
            var candidates: Set<Int> = []
            for term in widened[index] where telling(term) { candidates.formUnion(postings[term] ?? []) }
            var best: (group: Int, score: Double)?
            for group in candidates {
                // A group's first members stand for it: comparing with every member of a statement that
                // a thousand reprints carry would make grouping quadratic.
                let score = groups[group].prefix(8).map { similarity(index, $0) }.max() ?? 0
                if score > (best?.score ?? 0) { best = (group, score) }
            }
            let target: Int
            if let best {
                target = best.group
                groups[target].append(index)
            } else {
                target = groups.count
                groups.append([index])
            }
            for term in widened[index] where telling(term) {
                if postings[term]?.last != target { postings[term, default: []].append(target) }
            }
        }
        return groups
    }

    /// How a wording relates to the statement's fullest wording.
    static func relation(of mention: MentionDraft, to representative: MentionDraft) -> MentionRelation {
        if mention.kind == .indirect { return .indirect }
        let words = normalized(mention.text)
        let full = normalized(representative.text)
        if words == full { return .verbatim }
        if words.count < full.count, contains(full, words) { return .partial }
        return .paraphrase
    }

    private static func normalized(_ text: String) -> [String] {
        Words.tokens(in: text).map { Words.fold($0).replacingOccurrences(of: "’", with: "'") }
    }

    private static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return true
        }
        return false
    }
}
