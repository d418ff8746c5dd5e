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
