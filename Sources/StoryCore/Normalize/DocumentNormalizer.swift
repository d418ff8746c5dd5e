/// Normalizes one document once the story's vocabulary is known.
struct DocumentNormalizer {
    let document: SourceDocument
    let index: Int
    let firstPass: FirstPass
    let vocabulary: StoryVocabulary

    private enum Role {
        case story(Block.Kind)
        case caption
        case removed(RemovalReason)
    }

    func article() -> Article {
        let blocks = document.blocks
        var verdicts = firstPass.verdicts
        let shapes = zip(blocks, firstPass.wordCounts).map { BlockShape($0.text, words: $1) }
        let overlaps = firstPass.tallies.map { vocabulary.overlap(of: $0?.keys, inDocument: index) }
        markTeasers(&verdicts, shapes: shapes, overlaps: overlaps)

        func isConfident(_ i: Int) -> Bool {
            guard verdicts[i] == .undecided, shapes[i].isProse || blocks[i].hint == .paragraph else { return false }
            if case .heading = blocks[i].hint { return false }
            return (overlaps[i] ?? 1) >= Normalizer.storyOverlap
        }
        var confident = blocks.indices.filter(isConfident)
        var loneLine: Int?
        if confident.isEmpty {
            // A very short article: any sentence that is not page furniture is its story.
            confident = blocks.indices.filter { i in
                verdicts[i] == .undecided && !shapes[i].isHeadlineLike && shapes[i].words >= 3
            }
        }
        if confident.isEmpty, blocks.count == 1, verdicts[0] == .undecided, blocks[0].hint != .listItem {
            // A text of one short line given on its own (a note, a caption-sized snippet) is its
            // story, not its title; beside other lines it may be a page's furniture.
            confident = [0]
            loneLine = 0
        }
        let first = confident.first ?? blocks.count
        let last = confident.last ?? -1

        var metadata = Inferred()
        metadata.title = document.metadata.title
        var roles: [Role] = []
        roles.reserveCapacity(blocks.count)
        // A title the header states outright (`date 2024-12-11 The headline`) beats one inferred from shape.
        let statedTitle = verdicts[..<first].lazy.compactMap { verdict -> String? in
            if case .datedTitle(_, let title) = verdict { return title } else { return nil }
        }.first
        metadata.title = document.metadata.title ?? statedTitle
        let titleIndex = metadata.title == nil ? chooseTitle(blocks: blocks, verdicts: verdicts, shapes: shapes, overlaps: overlaps, before: first) : nil
        if let titleIndex { metadata.title = blocks[titleIndex].text }

        var tailBroken = false
        for i in blocks.indices {
            let text = blocks[i].text
            let zone: Zone = i < first ? .header : (i <= last ? .body : .tail)
            let role: Role
            // A page's address on a line of its own before the story is its URL, whatever date the
            // address spells (the page's own date lines come first).
            if zone == .header, metadata.url == nil, verdicts[i] != .caption, let url = PageURL.cleaned(text) {
                metadata.url = url
                roles.append(.removed(.metadata))
                continue
            }
            switch verdicts[i] {
            case .removed(let reason):
                role = .removed(reason)
                if reason == .copyright || reason == .publisherBlurb || reason == .masthead {
                    metadata.outletHints.append((reason, text))
                }
            case .sweepsToEnd(let reason): role = .removed(reason)
            case .sourceListHeader: role = .removed(.sourceList)
            case .teaserMarker: role = .removed(.teaser)
            case .lastUpdated(let stamp):
                if metadata.updated == nil { metadata.updated = stamp }
                role = .removed(.lastUpdated)
            case .caption: role = .caption
            case .byline(let name, let stamp):
                if metadata.byline == nil { metadata.byline = name }
                if let stamp { metadata.dates.append(stamp) }
                role = .removed(.byline)
            case .dateline(let stamp):
                metadata.dates.append(stamp)
                role = .removed(.dateline)
            case .datedTitle(let stamp, let title):
                metadata.dates.append(stamp)
                if metadata.title == nil { metadata.title = title }
                role = .removed(.dateline)
            case .undecided where i == loneLine:
                role = .story(.paragraph)
            case .undecided:
                role = undecidedRole(
                    i, zone: zone, titleIndex: titleIndex, title: metadata.title, shapes: shapes, overlaps: overlaps,
                    tailBroken: tailBroken)
                if case .removed(.masthead) = role { metadata.outletHints.append((.masthead, text)) }
            }
            if zone == .tail, case .removed = role { tailBroken = true }
            roles.append(role)
        }
        return assemble(roles: roles, metadata: metadata)
    }

    private enum Zone { case header, body, tail }

    /// What the page context makes of a block its own wording did not decide.
    private func undecidedRole(
        _ i: Int, zone: Zone, titleIndex: Int?, title: String?, shapes: [BlockShape], overlaps: [Double?],
        tailBroken: Bool
    ) -> Role {
        let block = document.blocks[i]
        let shape = shapes[i]
        if i == titleIndex { return .removed(.title) }
        if let title, TitleMatch.repeats(block.text, title: title) { return .removed(.titleRepeat) }
        let related = (overlaps[i] ?? 1) >= Normalizer.storyOverlap
        switch zone {
        case .header:
            if let titleIndex, i < titleIndex {
                if case .heading = block.hint { return .removed(.masthead) }
                return .removed(shape.words <= 5 ? .masthead : .unrelated)
            }
            if case .heading = block.hint { return .story(.heading) }
            if block.hint == .listItem { return related ? .story(.listItem) : .removed(.navigation) }
            if shape.isProse || (shape.isShortSentence && related) { return .story(.paragraph) }
            if shape.isHeadlineLike, shape.words >= 3 || related { return .story(.heading) }
            return .removed(.navigation)
        case .body:
            if case .heading = block.hint { return .story(.heading) }
            if block.hint == .listItem { return .story(.listItem) }
            if block.hint == .paragraph || shape.isProse { return .story(.paragraph) }
            if shape.isHeadlineLike { return .story(.heading) }
            return .story(.paragraph)
        case .tail:
            // Past the last paragraph the other outlets corroborate. Running text that follows it
            // directly is still story, however little it shares; once page furniture has begun,
            // only text that shares the story's vocabulary is.
            if shape.isTruncated { return .removed(.teaser) }
            if block.hint == .listItem, related || !tailBroken { return .story(.listItem) }
            if shape.isProse || block.hint == .paragraph, related || !tailBroken { return .story(.paragraph) }
            return .removed(.unrelated)
        }
    }

    /// `Read more →` closes a teaser: its headline and summary stand just before it.
    private func markTeasers(_ verdicts: inout [Verdict], shapes: [BlockShape], overlaps: [Double?]) {
        for marker in verdicts.indices where verdicts[marker] == .teaserMarker {
            verdicts[marker] = .removed(.teaser)
            var index = marker - 1
            var taken = 0
            while index >= 0, taken < 3, verdicts[index] == .undecided {
                let unrelated = (overlaps[index] ?? 0) < Normalizer.storyOverlap
                guard shapes[index].isTruncated || shapes[index].isHeadlineLike || unrelated else { break }
                verdicts[index] = .removed(.teaser)
                taken += 1
                index -= 1
            }
        }
    }

    /// The headline among the lines before the story: a page's `<h1>`, else its first line shaped
    /// like a headline that says something (four words or more, not an all-capitals masthead) and
    /// shares some vocabulary with the story (a tagline or a menu shares none).
    private func chooseTitle(blocks: [PageBlock], verdicts: [Verdict], shapes: [BlockShape], overlaps: [Double?], before end: Int) -> Int? {
        let candidates = (0..<min(end, blocks.count)).filter { i in
            verdicts[i] == .undecided && shapes[i].isHeadlineLike && blocks[i].hint != .listItem
                && shapes[i].words >= (blocks[i].hint == .heading(level: 1) ? 2 : 4)
                && blocks[i].text.uppercased() != blocks[i].text && (overlaps[i] ?? 1) >= 0.2
        }
        return candidates.first { blocks[$0].hint == .heading(level: 1) } ?? candidates.first
    }

    private struct Inferred {
        var title: String?
        var byline: String?
        var dates: [DateStamp] = []
        var updated: DateStamp?
        var url: String?
        var outletHints: [(RemovalReason, String)] = []
    }

    private func assemble(roles: [Role], metadata inferred: Inferred) -> Article {
        let title = document.metadata.title ?? inferred.title
        let url = document.metadata.url.flatMap(PageURL.cleaned) ?? inferred.url
        var article = Article(
            id: "", path: document.path, format: document.format,
            outlet: document.metadata.outlet ?? OutletInference.outlet(from: inferred.outletHints) ?? url.flatMap(PageURL.siteName),
            title: title.map(\.collapsedWhitespace),
            byline: document.metadata.byline.map(Bylines.clean) ?? inferred.byline ?? firstPass.statedOutside.byline,
            published: PublicationDate.resolve(
                stated: document.metadata.published,
                lines: PublicationDate.choose(inferred.dates) ?? document.metadata.weakPublished ?? firstPass.statedOutside.date
                    ?? firstPass.statedOutside.earlyDate,
                address: url.flatMap(PageURL.date)),
            url: url,
            repairs: document.repairs)
        var paragraphTallies: [StoryTerms.Tally] = []
        for (index, (block, role)) in zip(document.blocks, roles).enumerated() {
            switch role {
            case .story(let kind):
                article.blocks.append(Block(kind, block.text))
                paragraphTallies.append(firstPass.tallies[index] ?? StoryTerms.Tally(paragraphs: [block.text]))
            case .caption: article.captions.append(TitleMatch.strippingTitle(block.text, title: title))
            case .removed(let reason): article.removed.append(RemovedBlock(text: block.text, reason: reason))
            }
        }
        // A heading is a section's only when a section's worth of text follows it; one over
        // a line or two, or over nothing, labels a box (`Newsletter`, `Related`), not the story.
        let kept = SectionHeadings.heading(article.blocks)
        for index in article.blocks.indices.reversed() where !kept[index] {
            article.removed.append(RemovedBlock(text: article.blocks[index].text, reason: .unrelated))
            article.blocks.remove(at: index)
            paragraphTallies.remove(at: index)
        }
        article.paragraphTally.paragraphs = paragraphTallies
        // A press release dates itself in its first words (`27.1.2022 – The association …`).
        if article.published == nil {
            article.published = article.blocks.prefix(3).lazy.compactMap { PublicationDate.opening($0.text) }.first
        }
        // Then a date in an element named for one; a page that states only when it last
        // changed is best placed by that day.
        if article.published == nil {
            article.published = document.metadata.elementDate ?? inferred.updated ?? document.metadata.updated
        }
        return article
    }
}

/// Which headings head a section of the story.
enum SectionHeadings {
    /// Characters of text a heading must have under it, up to the next heading, unless what is
    /// under it is a sentence.
    static let sectionLength = 300
    /// Words a block needs to count as a sentence under a heading.
    static let sentenceWords = 12

    /// For each block: false for a heading that heads too little text.
    static func heading(_ blocks: [Block]) -> [Bool] {
        var kept = [Bool](repeating: true, count: blocks.count)
        var following = 0
        var sentence = false
        for index in blocks.indices.reversed() {
            let block = blocks[index]
            if block.kind == .heading {
                kept[index] = following >= sectionLength || sentence
                following = 0
                sentence = false
            } else {
                following += block.text.count
                if block.kind == .paragraph, Words.count(in: block.text) >= sentenceWords,
                   let last = block.text.last, ".!?\"”’»…)".contains(last)
                {
                    sentence = true
                }
            }
        }
        return kept
    }
}
