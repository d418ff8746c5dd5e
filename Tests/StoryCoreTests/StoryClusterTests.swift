import Testing
@testable import StoryCore

/// Stories found in a folder: copies are one family, unrelated pages stay apart, and the
/// work stays bounded on the shapes bad folders take.
@Suite("Stories and copies")
struct StoryClusterTests {
    static let wire = """
        Ferry grounds near Kessby

        The car ferry Nordlys grounded on rocks at the mouth of Kessby fjord on Friday afternoon, the Kessby coastguard said. All 90 passengers and 14 crew were safe.

        Captain Tomas Reine said a steering fault had sent the Nordlys off course in a strong crosswind. Coastguard boats from Halvik stood by until the ferry was towed off at dusk.
        """

    @Test func manyCopiesOfOnePageAreOneStoryAndOneFamily() {
        let pages = (0..<80).map { (name: "copy-\($0).txt", text: Self.wire + ($0 % 3 == 0 ? "\n\nThe operator apologised to travellers.\n" : "\n")) }
        let found = StoryGroups.find(story(pages))
        #expect(found.groups.count == 1 && found.groups[0].articles.count == 80)
        #expect(Set(found.families.values).count == 1 && found.families.count == 80)
    }

    @Test func oneArticleIsOneStory() {
        let found = StoryGroups.find(story([("only.txt", Self.wire)]))
        #expect(found.groups.map(\.articles) == [[0]] && found.families.isEmpty)
    }

    /// Fifty one-line pages, each from its own town and person, on five kinds of happening:
    /// they share a template, weekdays and a kind of happening, nothing else.
    @Test func unrelatedShortPagesStayApart() {
        let syllables = ["ar", "bel", "cor", "dun", "esk", "far", "gil", "hex", "il", "jar"]
        let happenings = ["opened a library", "closed a bridge for repairs", "elected a new mayor", "held a cheese fair", "lost power in a storm"]
        let pages = (0..<50).map { number -> (name: String, text: String) in
            let town = (syllables[number % 10] + syllables[number / 10 + 5]).capitalized
            let person = (syllables[(number * 3) % 10] + syllables[(number * 7 + 1) % 10] + "a").capitalized
            let kind = number % 5
            return ("\(number)-\(kind).txt",
                    "\(town) news\n\nThe town of \(town) \(happenings[kind]) on \(["Monday", "Tuesday", "Friday"][kind % 3]), said \(person) \(town)son of the council.\n")
        }
        let loaded = story(pages)
        let found = StoryGroups.find(loaded)
        // Reports of one kind of happening may be taken for one story (the hard case); reports
        // of different happenings never are, and nothing is lost.
        for group in found.groups {
            let kinds = Set(group.articles.map { loaded.articles[$0].path.split(separator: "-").last! })
            #expect(kinds.count == 1, "\(group.label): \(group.articles.map { loaded.articles[$0].path })")
        }
        #expect(found.groups.reduce(0) { $0 + $1.articles.count } == 50)
        #expect(found.families.isEmpty)
    }

    @Test("the year an article dates by", arguments: [
        ("Reid checked herself in on Tuesday, December 9, 2008.", 2008),
        ("She was at the clinic from September 2010 to January 2011.", 2011),
        ("The dam was built in 1968 and upgraded in 2009.", 2009),
        ("A town of 2000 residents voted on 1987 proposals.", nil),
        ("The plan runs to 2030.", nil),
    ])
    func latestYear(_ example: (String, Int?)) {
        #expect(ArticleTerms.latestYear(in: example.0) == example.1)
    }

    /// Two fires on one ferry route eight years apart, each told by two outlets in their own
    /// words: the route, the kind of happening and its vocabulary are shared, the ships and people
    /// are not. Without the years the words alone make them one story.
    @Test func twoEventsOfOneKindYearsApartAreTwoStories() {
        let pages = [
            ("a.txt", "Ferry fire off Kessby\n\nA fire broke out in the engine room of the ferry Solvind on the Kessby crossing on Friday, March 4, 2011, the coastguard said. Passengers gathered on deck while the crew put out the blaze, and every traveller came ashore unhurt at Halvik."),
            ("b.txt", "Passengers safe after engine fire\n\nCrew on the Solvind put out an engine room blaze on the Kessby to Halvik crossing in March 2011. The coastguard said every traveller came ashore unhurt after the ferry docked."),
            ("c.txt", "Published 2019-06-14\n\nOstrel ferry fire\n\nThe ferry Nordlys caught fire on the Varnholt route on Friday, and its crew led travellers to the lifeboats, the Ostrel port office said. The blaze in the engine room was out before the Nordlys docked."),
            ("d.txt", "Published 2019-06-14\n\nBlaze on Varnholt ferry\n\nSmoke filled the engine room of the Nordlys on Friday afternoon on its way to Varnholt. The Ostrel port office said the crew put out the blaze and every traveller came ashore unhurt."),
        ]
        // Other news in the same folder, so that the words of ferry fires weigh what they tell.
        let others = ["a bakery reopened in Varnholt", "the council of Ostrel elected a mayor", "a storm closed the bridge at Brenmoor",
                      "the Moreby choir won a prize", "a museum in Dunmore bought a painting", "the football club of Esk signed a coach",
                      "a library in Gilford extended its hours", "farmers near Corby harvested early", "the school in Farra got a new roof",
                      "a cycling race passed through Ilby", "the market in Jarrow moved to Sundays", "a zoo in Hexham welcomed a tiger"]
        let filler = others.enumerated().map { (name: "z\($0.offset).txt", text: "Local news\n\nThis week \($0.element), residents said on Monday.\n") }
        let loaded = story(pages + filler)
        let terms = loaded.articles.map(ArticleTerms.init)
        #expect(terms.prefix(4).map(\.year) == [2011, 2011, 2019, 2019])
        let vectors = ArticleVectors(terms)
        func fires(_ stories: [[Int]]) -> [[Int]] { stories.map { $0.filter { $0 < 4 }.sorted() }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] } }
        // A bar the two fires clear together on their words (four articles make a small story's
        // weights): the years alone must part them.
        let bar = 0.08
        let together = StoryClusterer.cluster(vectors, count: terms.count, threshold: bar)
        let apart = StoryClusterer.cluster(vectors, count: terms.count, threshold: bar, years: terms.map(\.year))
        #expect(fires(together) == [[0, 1, 2, 3]], "the same words: one story when the years are not read")
        #expect(fires(apart) == [[0, 1], [2, 3]])
    }

    /// One flood told in its aspects (the river, the dam's operator, the shops): each article
    /// names the flood, little else is shared. A folder of one story gives one story.
    @Test func aFolderOfOneStoryToldInItsAspectsIsOneStory() {
        let pages = [
            ("1.txt", "Brenmoor flooded as River Brenn bursts banks\n\nPublished 2025-02-10\n\nThe River Brenn burst its banks in Brenmoor on Sunday, flooding the lower town. About 1,200 residents were evacuated to the sports hall, the regional emergency office said."),
            ("2.txt", "Evacuation in Brenmoor after river floods\n\nPublished 2025-02-10\n\nRescue crews moved 1,200 Brenmoor residents to the sports hall on Sunday as the River Brenn flooded the lower town. The emergency office said water rose a metre in two hours."),
            ("3.txt", "Dam operator defends release before Brenmoor flood\n\nPublished 2025-02-11\n\nAfter the River Brenn flooded the lower town on Sunday, Aldermoor Hydro said on Monday it had warned the Brenmoor council before releasing water from the Aldermoor Dam. Mayor Zoe Ferrand said the town was given no warning."),
            ("4.txt", "Mayor demands answers from Aldermoor Hydro\n\nPublished 2025-02-11\n\nA day after the flood forced 1,200 residents from their homes, Brenmoor mayor Zoe Ferrand asked Aldermoor Hydro to explain why water was released from the dam without notice. The company said its warning was sent to the council on Saturday."),
            ("5.txt", "Brenmoor shopkeepers count the cost\n\nPublished 2025-02-12\n\nTwo days after the River Brenn flooded the lower town, shop owners on Brenmoor's Mill Street began clearing mud on Tuesday. The bakery lost two ovens and the bookshop its whole stock, owners said, and insurers sent assessors."),
            ("6.txt", "Clean-up begins on Mill Street\n\nPublished 2025-02-12\n\nAfter Sunday's flood, volunteers helped Brenmoor traders shovel mud from shops on Mill Street on Tuesday. The baker said insurers would visit this week; the bookshop owner said nothing could be saved."),
        ]
        let found = StoryGroups.find(story(pages))
        #expect(found.groups.count == 1 && found.groups[0].articles.count == 6)
        // Weighed as a mixed folder is, its words would part the dam from the flood.
        #expect(StoryClusterer.cluster(story(pages).articles).stories.count > 1)
    }

    @Test func articlesInThreeLanguagesOnThreeHappeningsAreThreeStories() {
        let english = "The Marisol ferry ran aground off Ostrel on Monday with 212 passengers aboard, the harbour office said. Captain Ilse Varga blamed fog."
        let german = "Die Fähre Nordlys ist am Freitag vor Kessby auf Felsen gelaufen, teilte die Küstenwache mit. Kapitän Tomas Reine sprach von einem Lenkschaden."
        let french = "La boulangerie du vieux moulin de Varnholt a rouvert samedi après deux ans de travaux, a déclaré sa propriétaire Greta Sand."
        let pages = [english, german, french].enumerated().flatMap { language, text in
            (0..<3).map { (name: "\(language)-\($0).txt", text: "Title \(language) \($0)\n\n\(text) \(["", "Updated.", "More soon."][$0])\n") }
        }
        let found = StoryGroups.find(story(pages))
        #expect(found.groups.map { $0.articles.sorted() }.sorted { $0[0] < $1[0] } == [[0, 1, 2], [3, 4, 5], [6, 7, 8]])
    }

    @Test func signaturesAreTheSameOnEveryRunAndCopiesAreFoundByThem() {
        let words = Words.contentWords(in: Self.wire)
        #expect(CopyFinder.signature(words) == CopyFinder.signature(words))
        #expect(CopyFinder.fnv1a("a") == 0xAF63_DC4C_8601_EC8C)  // FNV-1a's published value
        let edited = Words.contentWords(in: Self.wire.replacingOccurrences(of: "said", with: "told reporters"))
        let other = Words.contentWords(in: "The bakery in the old watermill reopened on Saturday after two years of repairs to its roof and oven, its owner said.")
        let pairs = CopyFinder.pairs([words, edited, other]) { _, _ in true }
        #expect(pairs.map { [$0.0, $0.1] } == [[0, 1]])
    }
}
