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
    /// How many of a wording's first words are compared for their order.
    static let orderedWords = 80


    /// `terms`: the story's words, weighed by how rare they are in it.
    static func group(_ drafts: [MentionDraft], terms: StoryTerms) -> [[Int]] {
        // Each wording's words, on both cores, with what the comparison reads of its draft: it
        // runs in turn, hundreds of thousands of times on a big story, and copying a whole draft
        // (five strings retained and released) for three small fields would dominate it. Read in
        // place: mapping each field into an array of its own would retain every wording once
        // more, in turn.
        let wordings = Parallel.map(drafts) { draft in
            // Only wordings by a named speaker, quoted, can be compared by word order (see `similarity`),
            // and by their first words only: a sentence's build shows in them, and comparing the
            // order of two long quotations word by word costs the product of their lengths.
            let stems = draft.speaker == nil || draft.kind == .indirect ? ""
                : Words.tokens(in: draft.text).prefix(Self.orderedWords).map { Stemmer.stem(Words.fold($0)) }.joined(separator: " ")
            let ownKeys = Words.distinctContentKeys(in: draft.text)
            let own = terms.weighed(keys: ownKeys)
            // Without a context the widened words are its own words (most wordings): weighed once.
            let widened = draft.context.isEmpty ? own : terms.weighed(keys: Words.distinct(ownKeys + Words.distinctContentKeys(in: draft.context)))
            return Wording(
                own: own, widened: widened, telling: widened.tellingKeys, stems: stems,
                // Made here, on both cores, not in the grouping loop, which runs in turn.
                identity: "\(draft.speaker ?? -1)|\(draft.kind.rawValue)|\(draft.text)",
                speaker: draft.speaker, indirect: draft.kind == .indirect, article: draft.article,
                rank: draft.kind == .direct ? 0 : draft.kind == .indirect ? 1 : 2,
                // Counted once, on both cores: the sort compares lengths far more often than there
                // are wordings.
                length: draft.text.characterCount)
        }

        /// 0 when the two cannot be one statement; otherwise how strongly they are. By index, each
        /// field read in place: a copy of each wording retains and releases five of its fields, and
        /// this runs for every comparison.
        func similarity(_ a: Int, _ b: Int) -> Double {
            if let x = wordings[a].speaker, let y = wordings[b].speaker, x != y { return 0 }
            var score = max(terms.overlap(wordings[a].own, wordings[b].own), 0.8 * terms.overlap(wordings[a].widened, wordings[b].widened))
            let sameSpeaker = wordings[a].speaker != nil && wordings[a].speaker == wordings[b].speaker
            // A translation keeps the sentence's build (`X is safe, and this shows that Russia …`)
            // when its words change: for one speaker, the order of shared words backs up a weak overlap.
            if sameSpeaker, score > 0.15, !wordings[a].indirect, !wordings[b].indirect {
                let order = WordDiff.similarity(WordDiff.changes(from: wordings[a].stems, to: wordings[b].stems))
                score = max(score, (score + order) / 2)
            }
            var threshold = sameSpeaker ? 0.3 : 0.5
            if wordings[a].indirect, wordings[b].indirect { threshold += 0.05 }
            if wordings[a].article == wordings[b].article { threshold = 0.8 }
            return score >= threshold ? score : 0
        }

        // Fullest first: a whole quotation founds a group, its fragments and rewordings join it.
        let order = wordings.indices.sorted { a, b in
            if wordings[a].rank != wordings[b].rank { return wordings[a].rank < wordings[b].rank }
            if wordings[a].length != wordings[b].length { return wordings[a].length > wordings[b].length }
            return a < b
        }
        return IndexedGrouping.group(
            order: order, words: { wordings[$0].telling }, fit: { similarity($0, $1) },
            identity: { wordings[$0].identity }, owner: { wordings[$0].speaker })
    }

    /// One wording as the grouping compares it.
    private struct Wording {
        let own: WeighedWords
        /// With the words of the sentence around a partial quotation.
        let widened: WeighedWords
        let telling: [UInt64]
        let stems: String
        let identity: String
        let speaker: Int?
        let indirect: Bool
        let article: Int
        /// Direct quotations first, then reported speech, then fragments.
        let rank: Int
        let length: Int
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
