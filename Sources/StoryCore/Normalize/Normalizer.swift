/// Turns pages into articles: decides, block by block, what is the story and what is not,
/// and infers the metadata plain-text pages only imply (title, byline, date, outlet).
///
/// Three kinds of evidence, in order: what markup says (a `<nav>`, an `<h2>`); what the
/// wording of a block says on its own (`Related articles`, `By Jane Doe`, a photo credit);
/// and where a block stands relative to the story, measured by the vocabulary it shares
/// with the other articles (see `StoryVocabulary`).
public enum Normalizer {
    /// Share of content words shared with other outlets above which running text is surely story.
    static let storyOverlap = 0.35

    public static func normalize(_ documents: [SourceDocument]) -> [Article] {
        // Each page's own pass and then its normalization are independent: both run on both cores.
        let firstPass = Parallel.map(documents) { FirstPass($0) }
        let vocabulary = StoryVocabulary(documents: firstPass.map(\.candidateWords))
        return Parallel.map(Array(documents.indices)) { index in
            DocumentNormalizer(document: documents[index], index: index, firstPass: firstPass[index], vocabulary: vocabulary).article()
        }
    }
}

/// Verdicts from markup and wording alone, with sections that sweep to the end applied.
struct FirstPass {
    var verdicts: [Verdict]
    /// Content words of each undecided block, each once in key order, worked out once for the
    /// vocabulary and the overlaps (as sets, every word of every block would be hashed);
    /// nil for the blocks already decided, whose overlap nothing asks. Counted as the story's terms
    /// count them (`StoryTerms.Tally`): the story's paragraphs are undecided blocks, and their
    /// articles carry these counts to the analyses.
    var tallies: [StoryTerms.Tally?]
    /// Content words of the blocks that wording and markup leave undecided: what may be story.
    var candidateWords: [ContentKey]
    /// Each block's words as `Words.count` counts them: the wording rules and the block shapes
    /// both need it, and counting once spares a second walk over every block.
    var wordCounts: [Int]
    /// Dates and bylines stated in blocks the markup put outside the story.
    var statedOutside: StatedOutside

    init(_ document: SourceDocument) {
        let wordCounts = document.blocks.map { Words.count(in: $0.text) }
        self.wordCounts = wordCounts
        var stated = StatedOutside()
        var proseSeen = false
        var verdicts = zip(document.blocks, wordCounts).map { block, words -> Verdict in
            switch block.hint {
            case .removed(let reason):
                // Outside the article's markup: the wording may still say what it is, and a date
                // or byline line there (a blog's date header, a byline box) still dates and signs it.
                // A bare date in a list box before any story text is the story's own, set beside
                // its category or reading time.
                let early = !proseSeen && words <= 3 && StatedOutside.listBoxes.contains(reason)
                let verdict = reason == .unrelated || StatedOutside.mayState(reason) || early
                    ? BlockRules.verdict(for: block.text, words: words) : .undecided
                if StatedOutside.mayState(reason) { stated.note(verdict) }
                if early, case .dateline(let stamp) = verdict, stated.earlyDate == nil { stated.earlyDate = stamp }
                if reason == .unrelated, case .removed(let wording) = verdict { return .removed(wording) }
                return .removed(reason)
            case .caption: return .caption
            default:
                if words >= 12, block.hint == .paragraph { proseSeen = true }
                return BlockRules.verdict(for: block.text, words: words)
            }
        }
        Self.sweep(&verdicts, blocks: document.blocks, wordCounts: wordCounts)
        // `Sources:` then short lines naming them.
        for start in verdicts.indices where verdicts[start] == .sourceListHeader {
            verdicts[start] = .removed(.sourceList)
            var index = start + 1
            while index < verdicts.count, verdicts[index] == .undecided, wordCounts[index] <= 6,
                  !BlockShape(document.blocks[index].text, words: wordCounts[index]).isProse
            {
                verdicts[index] = .removed(.sourceList)
                index += 1
            }
        }
        self.verdicts = verdicts
        self.statedOutside = stated
        // Only a block its wording leaves undecided is measured against the story's vocabulary;
        // the others' words would never be read.
        let tallies = zip(document.blocks, verdicts).map { block, verdict in
            verdict == .undecided ? StoryTerms.Tally(paragraphs: [block.text]) : nil
        }
        self.tallies = tallies
        candidateWords = Words.distinct(tallies.compactMap { $0 }.flatMap(\.keys))
    }

    /// Words of a paragraph that shows the story resumed after an in-story box of related links.
    static let resumedProse = 40

    /// A `Related articles` or `Leave a Reply` heading once the story has begun: everything after
    /// it goes too. Before any prose such a heading is a menu's label and goes alone.
    static func sweep(_ verdicts: inout [Verdict], blocks: [PageBlock], wordCounts: [Int]) {
        var proseSeen = false
        var sweeping: RemovalReason?
        for index in verdicts.indices {
            let isProse = wordCounts[index] >= 12 && (blocks[index].hint == .paragraph || blocks[index].hint == .line)
            if case .sweepsToEnd(let reason) = verdicts[index] {
                verdicts[index] = .removed(reason)
                if proseSeen, sweeping == nil { sweeping = reason }
                continue
            }
            guard let reason = sweeping else {
                if isProse, verdicts[index] == .undecided { proseSeen = true }
                continue
            }
            if case .removed = verdicts[index] { continue }
            // A box of related links inside the story ends where the story's prose resumes: a long
            // paragraph, longer than a teaser's summary. Comments run to the end.
            if reason == .relatedLinks, verdicts[index] == .undecided, blocks[index].hint == .paragraph,
               wordCounts[index] >= Self.resumedProse
            {
                sweeping = nil
                continue
            }
            verdicts[index] = .removed(reason)
        }
    }
}

/// The first date and byline that lines outside the story state: what dates and signs a page
/// whose own header states neither. Lists of other items (comments, related stories, menus,
/// a masthead's date of today) date other things, and are not read.
struct StatedOutside {
    var date: DateStamp?
    var byline: String?
    /// A bare date in a related, teaser or tag box before any story text.
    var earlyDate: DateStamp?

    static let listBoxes: Set<RemovalReason> = [.relatedLinks, .teaser, .tags]

    static func mayState(_ reason: RemovalReason) -> Bool {
        switch reason {
        case .comments, .relatedLinks, .teaser, .navigation, .breadcrumb, .masthead, .newsletter, .tags, .promotion,
             .advertisement, .cookieNotice, .sourceList, .editorialPolicy, .copyright, .publisherBlurb:
            return false
        default:
            return true
        }
    }

    mutating func note(_ verdict: Verdict) {
        switch verdict {
        case .dateline(let stamp), .datedTitle(let stamp, _):
            if date == nil { date = stamp }
        case .byline(let name, let stamp):
            if byline == nil { byline = name }
            if date == nil, let stamp { date = stamp }
        default:
            break
        }
    }
}
