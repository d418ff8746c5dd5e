import Testing
@testable import StoryCore

@Suite("Telling story from page furniture")
struct NormalizerTests {
    static let otherOutlet = """
        A landslide blocked the coastal road near Port Ellery on Sunday, trapping three cars, rescue teams said.
        All six people in the cars were freed by Monday morning, the regional fire service said.
        The road will stay closed for at least a week while engineers check the cliff above it.
        """

    static let messyPage = """
        Jump to navigation
        Sections | World | Europe | Climate
        Landslide traps cars on Port Ellery coast road
        Por Ana García
        Updated: 5 May 2025 10:00 BST
        Rescue teams work at the blocked road above Port Ellery. Photograph: Tom Weir/Reuters
        Three cars were trapped when a landslide blocked the coastal road near Port Ellery on Sunday, rescue teams said.
        Continue reading below
        All six people in the cars were freed by Monday morning, according to the regional fire service.
        What the engineers say
        The road will stay closed for at least a week while engineers check the cliff above it, officials said.
        You may also like
        Council elections: turnout hits record low
        New ferry timetable starts next month
        12 comments
        """

    @Test func messyPageKeepsOnlyTheStory() {
        let loaded = story([("other.txt", Self.otherOutlet), ("messy.txt", Self.messyPage)])
        let page = loaded.articles[1]
        #expect(page.title == "Landslide traps cars on Port Ellery coast road")
        #expect(page.byline == "Ana García")
        // Its only date is when it was last updated: the best day the page gives to place it by.
        #expect(page.published == DateStamp(year: 2025, month: 5, day: 5, hour: 10, minute: 0, offsetMinutes: 60))
        #expect(page.captions == ["Rescue teams work at the blocked road above Port Ellery. Photograph: Tom Weir/Reuters"])
        #expect(page.prose.count == 3)
        #expect(page.headings.map(\.text) == ["What the engineers say"])
        let reasons = page.removed.map(\.reason)
        #expect(reasons.contains(.navigation))
        #expect(reasons.contains(.advertisement))
        #expect(reasons.contains(.lastUpdated))
        #expect(reasons.filter { $0 == .relatedLinks }.count == 3)
        #expect(reasons.last == .comments)
    }

    @Test func teasersWithoutAHeaderAreRecognizedByTheirLinks() {
        let page = Self.otherOutlet + """

            Museum reopens after roof repairs
            The city museum reopened its east wing on Saturday after two years of ...
            Read more »
            Bakers protest flour prices
            """
        let article = story([("a.txt", Self.otherOutlet), ("b.txt", page)]).articles[1]
        #expect(article.paragraphs.count == 3)
        #expect(article.removed.map(\.reason) == [.teaser, .teaser, .teaser, .unrelated])
    }

    @Test func aClosingParagraphThatSharesLittleIsStillKept() {
        let page = Self.otherOutlet + "\nBus services between the two villages run every hour until then."
        let article = story([("a.txt", Self.otherOutlet), ("b.txt", page)]).articles[1]
        #expect(article.paragraphs.count == 4)
    }

    @Test func publisherVoiceFootersAndCopyrightNameTheOutlet() {
        let page = Self.otherOutlet + """

            Editor's note: our team reviews every story for accuracy; if you spot an error, contact us and we appreciate it.
            Copyright 2025 The Ellery Gazette
            """
        let article = story([("a.txt", Self.otherOutlet), ("b.txt", page)]).articles[1]
        #expect(article.paragraphs.count == 3)
        #expect(article.outlet == "The Ellery Gazette")
        #expect(article.removed.map(\.reason) == [.editorialPolicy, .copyright])
    }

    @Test func aSingleShortArticleIsNotEmptied() {
        let article = story([("one.txt", "Ferry cancelled.\nThe 9:00 ferry to the island is cancelled today because of fog.")]).articles
        #expect(article.first?.paragraphs == ["The 9:00 ferry to the island is cancelled today because of fog."])
    }

    /// A short opening sentence above the first long paragraph (`Six people are trapped.`) is
    /// the story's first line, not page furniture; a short line that is no sentence still is.
    @Test func aShortOpeningSentenceIsStory() {
        let page = """
            Landslide traps cars on Port Ellery coast road
            Published 5 May 2025
            Six people were trapped.
            TRAPPED ON THE COAST!!
            more from the coast.
            A landslide blocked the coastal road near Port Ellery on Sunday, trapping three cars, rescue teams said.
            All six people in the cars were freed by Monday morning, the regional fire service said.
            """
        let article = story([("a.txt", Self.otherOutlet), ("b.txt", page)]).articles[1]
        #expect(article.paragraphs.first == "Six people were trapped.")
        #expect(article.removed.contains { $0.text == "more from the coast." })
        #expect(article.headings.map(\.text) == ["TRAPPED ON THE COAST!!"])
    }
}
