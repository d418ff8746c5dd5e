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

    /// `terms`: the story's words, weighed by how rare they are in it.
    static func group(_ drafts: [MentionDraft], terms: StoryTerms) -> [[Int]] {
        // Each wording's words, on both cores (a quarter of grouping when done in turn).
        let words = Parallel.map(drafts) { draft in
            // Only wordings by a named speaker, quoted, can be compared by word order (see `similarity`).
            let stems = draft.speaker == nil || draft.kind == .indirect ? ""
                : Words.tokens(in: draft.text).map { Stemmer.stem(Words.fold($0)) }.joined(separator: " ")
            // Made here, on both cores: building these strings in the grouping loop was a third of it.
            let identity = "\(draft.speaker ?? -1)|\(draft.kind.rawValue)|\(draft.text)"
            let ownKeys = Words.distinctContentKeys(in: draft.text)
            let own = terms.weighed(keys: ownKeys)
            // Without a context the widened words are its own words (most wordings): weighed once.
            let widened = draft.context.isEmpty ? own : terms.weighed(keys: Words.distinct(ownKeys + Words.distinctContentKeys(in: draft.context)))
            return (own: own, stems: stems, widened: widened, identity: identity, telling: widened.tellingKeys, length: draft.text.characterCount)
        }
        let identities = words.map(\.identity)
        let telling = words.map(\.telling)
        let own = words.map(\.own)
        let stems = words.map(\.stems)
        let widened = words.map(\.widened)
        // What the comparison reads of each draft, apart: it runs in turn, hundreds of thousands of
        // times on a big story, and copying a whole draft (five strings retained and released)
        // for three small fields was most of its cost.
        let speakers = drafts.map(\.speaker)
        let indirect = drafts.map { $0.kind == .indirect }
        let articles = drafts.map(\.article)

        /// 0 when the two cannot be one statement; otherwise how strongly they are.
        func similarity(_ a: Int, _ b: Int) -> Double {
            if let x = speakers[a], let y = speakers[b], x != y { return 0 }
            var score = max(terms.overlap(own[a], own[b]), 0.8 * terms.overlap(widened[a], widened[b]))
            let sameSpeaker = speakers[a] != nil && speakers[a] == speakers[b]
            // A translation keeps the sentence's build (`X is safe, and this shows that Russia …`)
            // when its words change: for one speaker, the order of shared words backs up a weak overlap.
            if sameSpeaker, score > 0.15, !indirect[a], !indirect[b] {
                let order = WordDiff.similarity(WordDiff.changes(from: stems[a], to: stems[b]))
                score = max(score, (score + order) / 2)
            }
            var threshold = sameSpeaker ? 0.3 : 0.5
            if indirect[a], indirect[b] { threshold += 0.05 }
            if articles[a] == articles[b] { threshold = 0.8 }
            return score >= threshold ? score : 0
        }

        // Fullest first: a whole quotation founds a group, its fragments and rewordings join it.
        // Lengths counted once, on both cores: counting characters inside the sort was a third of grouping.
        let lengths = words.map(\.length)
        let order = drafts.indices.sorted { a, b in
            let rank = { (kind: QuoteKind) in kind == .direct ? 0 : kind == .indirect ? 1 : 2 }
            if rank(drafts[a].kind) != rank(drafts[b].kind) { return rank(drafts[a].kind) < rank(drafts[b].kind) }
            if lengths[a] != lengths[b] { return lengths[a] > lengths[b] }
            return a < b
        }
        return IndexedGrouping.group(
            order: order, words: { telling[$0] }, fit: { similarity($0, $1) },
            identity: { identities[$0] })
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
        Words.tokens(in: text).map { Words.fold($0) }
    }

    private static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return true
        }
        return false
    }
}
