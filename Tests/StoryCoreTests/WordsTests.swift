import Testing

@testable import StoryCore

@Suite("Content words")
struct WordsTests {
    /// The byte path must cut and fold words exactly as the token-by-token path does.
    @Test(arguments: [
        "The minister's officials said talks continued on Tuesday, 14 March 2025.",
        "Cissé’s lawyers — and al-Hakim's — denied it; “we will appeal,” they said.",
        "Ünïcödé wörds, ﬁnal ligatures, ＦＵＬＬＷＩＤＴＨ, 東京 and 2024-12-11 dates",
        "rock'n'roll -dash- 'quoted' U.N. don't ’ ’s 's x 12 1,200 ... ",
        "", "a", "ies", "Studies flies cried classes being edly", "e\u{301}cole naïve cafés",
    ])
    func bytePathMatchesTokenPath(_ text: String) {
        #expect(Words.contentWords(in: text) == Words.tokens(in: text).compactMap { Words.contentWord($0) })
    }

    @Test func stemsAndDropsStopWords() {
        #expect(Words.contentWords(in: "The fires were burning; firefighters' studies") == ["fir", "burn", "firefighter", "study"])
    }

    @Test func formsOfOneWordMeetInSearch() {
        for family in [["fire", "fires", "fired", "firing"], ["warrant", "warrants"], ["talks", "talked", "talking"],
                       ["press", "presses"], ["study", "studies", "studied"], ["box", "boxes"], ["state", "stated", "states"]] {
            #expect(Set(family.map(Stemmer.searchStem)).count == 1, "\(family.map(Stemmer.searchStem))")
        }
    }
}
