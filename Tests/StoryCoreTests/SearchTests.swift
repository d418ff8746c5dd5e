import Testing
@testable import StoryCore

@Suite("Searching the story")
struct SearchTests {
    static let story = try! StoryLoader.load(paths: [Fixtures.path("harbor")])
    static let index = StoryIndex(story: story, quotes: QuoteAnalyzer.analyze(story), timeline: TimelineAnalyzer.analyze(story))

    func search(_ text: String) -> [SearchHit] {
        Self.index.search(SearchQuery(text), limit: 100).hits
    }

    @Test func parsesTheQuerySyntax() {
        let query = SearchQuery(#"crane "Pier 4" insp* -union outlet:"Port News" speaker:carvalho date:2025-03"#)
        #expect(query.terms == [.word("crane"), .phrase(["Pier", "4"]), .prefix("insp")])
        #expect(query.excluded == ["union"])
        #expect(query.outlet == "Port News")
        #expect(query.speaker == "carvalho")
        #expect(query.date == "2025-03")
    }

    @Test func stemmingCaseAndDiacritics() {
        #expect(!search("inspection").isEmpty)
        #expect(Set(search("inspect").map(\.article)) == Set(search("inspected").map(\.article)))
        #expect(search("ANDRE MOREAU").contains { $0.snippet.contains("André Moreau") })
        // A word ending in `e` finds its other forms (the story only has `closed`).
        #expect(search("close").contains { $0.snippet.contains("closed") })
        #expect(search("close").map(\.article) == search("closing").map(\.article))
    }

    @Test func everyWordMustMatch() {
        for hit in search("crane hospital") {
            let text = hit.snippet.lowercased()
            #expect(text.contains("crane") && text.contains("hospital"), "\(hit.snippet)")
        }
    }

    @Test func phrasePrefixAndExclusion() {
        let phrase = search(#""Pier 4""#)
        #expect(!phrase.isEmpty)
        #expect(phrase.allSatisfy { $0.snippet.contains("Pier 4") })
        #expect(search("insp*").contains { $0.snippet.contains("inspected") || $0.snippet.contains("inspection") })
        #expect(search("crane -union").allSatisfy { !$0.snippet.lowercased().contains("union") })
    }

    @Test func filters() {
        #expect(search("crane outlet:port").allSatisfy { $0.article == "a3" })
        #expect(search("speaker:vell").allSatisfy { hit in hit.snippet.contains("Vell") || hit.snippet.contains("union") || hit.snippet.contains("We told") })
        #expect(!search("date:2025-06").isEmpty)
    }

    @Test func matchesPointAtTheWordsInTheSnippet() {
        for hit in search("containers") {
            let characters = Array(hit.snippet)
            for match in hit.matches {
                #expect(String(characters[match[0]..<match[1]]).lowercased().hasPrefix("container"))
            }
        }
    }

    @Test func removedTextIsNotIndexed() {
        #expect(search("cycle lanes").isEmpty)
        #expect(search("cookies").isEmpty)
    }

    @Test func titlesRankAboveBody() {
        let hits = search("berth")
        #expect(hits.first?.paragraph == -1)
    }
}

@Suite("Two sources side by side")
struct CompareTests {
    static let story = try! StoryLoader.load(paths: [Fixtures.path("harbor")])

    @Test func rewordedStatementsAlignAndNothingIsLostOrDuplicated() throws {
        let left = try ArticleResolver.resolve("valmora", in: Self.story.articles)
        let right = try ArticleResolver.resolve("coastal", in: Self.story.articles)
        let pairs = SentenceAligner.align(left, right, story: Self.story)
        let lefts = pairs.compactMap(\.left)
        let rights = pairs.compactMap(\.right)
        #expect(lefts == SentenceAligner.sentences(of: left), "left order kept, nothing lost or repeated")
        #expect(Set(rights) == Set(SentenceAligner.sentences(of: right)) && rights.count == Set(rights).count)
        #expect(pairs.contains { $0.relation == .paraphrase && $0.left?.contains("Crane 7 was shaking") == true && $0.right?.contains("shaking in strong winds") == true })
        #expect(pairs.contains { $0.relation == .leftOnly && $0.left?.contains("diverted to Pier 2") == true })
        #expect(pairs.allSatisfy { ($0.relation == .leftOnly) == ($0.right == nil) && ($0.relation == .rightOnly) == ($0.left == nil) })
    }

    /// Sentences of our own: the same short sentence in both always pairs, even when every word of
    /// it is common in the story; a short sentence is not the rewording of a long one holding its words.
    @Test func identicalSentencesPairAndShortOnesStandAlone() throws {
        let left = """
            Crews worked through the night at the quay. Howard said. The crane fell on Monday and the crane fell hard.
            Divers searched the harbour and the quay near the fallen crane on Tuesday.
            """
        let right = """
            The crane fell on Monday and the crane fell hard. Prosecutor Ann Howard said at a long press conference that the inquiry into the harbour would report by June.
            Divers searched the harbour and the quay near the fallen crane on Tuesday.
            """
        let pages = StoryCoreTests.story([("left.txt", "Quay\n\n" + left), ("right.txt", "Harbour\n\n" + right)])
        let pairs = SentenceAligner.align(pages.articles[0], pages.articles[1], story: pages)
        #expect(pairs.contains { $0.relation == .same && $0.left == "The crane fell on Monday and the crane fell hard." })
        #expect(pairs.contains { $0.relation == .same && $0.left == "Divers searched the harbour and the quay near the fallen crane on Tuesday." })
        #expect(pairs.contains { $0.relation == .leftOnly && $0.left == "Howard said." })
    }

    @Test func anArticleAgainstItselfIsAllSame() throws {
        let article = Self.story.articles[0]
        let pairs = SentenceAligner.align(article, article, story: Self.story)
        #expect(pairs.allSatisfy { $0.relation == .same && $0.similarity == 1 })
    }

    @Test func namesResolveByIdFileOrOutletPrefix() throws {
        #expect(try ArticleResolver.resolve("a3", in: Self.story.articles).outlet == "Port News")
        #expect(try ArticleResolver.resolve("03-port", in: Self.story.articles).id == "a3")
        #expect(try ArticleResolver.resolve("meridian", in: Self.story.articles).id == "a4")
        #expect(throws: ArticleResolver.Failure.self) { try ArticleResolver.resolve("nowhere", in: Self.story.articles) }
        #expect(throws: ArticleResolver.Failure.self) { try ArticleResolver.resolve("0", in: Self.story.articles) }
    }

    @Test func coverageCountsWhatEachOutletCarries() {
        let coverage = StoryCoverage.compute(Self.story, quotes: QuoteAnalyzer.analyze(Self.story), timeline: TimelineAnalyzer.analyze(Self.story))
        #expect(coverage.articles.count == Self.story.articles.count)
        #expect(coverage.articles.values.allSatisfy { (0...1).contains($0.share) })
        let valmora = coverage["a1"]!
        #expect(valmora.share > coverage["a6"]!.share, "the full report carries more of the story than the live-blog entry")
        // What an article leaves out is exactly the shared events it does not carry.
        for (id, article) in coverage.articles {
            let missing = coverage.missingEvents(of: id)
            #expect(Set(missing).isDisjoint(with: article.events))
            #expect(missing.count + article.events.count == coverage.sharedEvents.count)
        }
        #expect(!coverage.missingEvents(of: "a6").isEmpty)
    }
}
