import Testing

@testable import StoryCore

@Suite("PhraseSet finds cue phrases in one pass")
struct PhraseSetTests {
    let cues = PhraseSet(lists: [["our team", "our readers", "team", "in your inbox", "x.com"]])

    private func count(_ text: String) -> Int { cues.counts(in: text)[0] }

    @Test func countsEachPhraseOnceWhereverItStands() {
        #expect(count("our team thanks our readers; our team again") == 3)  // our team, team, our readers
        #expect(count("delivered in your inbox") == 1)
        #expect(count("follow us on x.com") == 1)
        #expect(count("nothing here") == 0)
        #expect(count("") == 0)
        #expect(count("t") == 0)
    }

    @Test func aPhraseCutShortAtTheEndIsNotFound() {
        #expect(count("ask our tea") == 0)
        #expect(count("ask our team") > 0)
        #expect(count("in your inbo") == 0)
    }

    @Test func agreesWithOneSearchPerPhrase() {
        let texts = ["Sign up: in your inbox daily, from our team.", "ourteam", "our  team", "café our readers ✓ x.co x.com"]
        for text in texts {
            #expect(count(text) == cues.phrases.filter { Words.has(text, $0) }.count, "\(text)")
        }
    }

    /// A phrase in two lists counts for both; each list counts only its own.
    /// Phrases are sifted by their third byte: a two-byte phrase, and one ending the text, are still found.
    @Test func shortPhrasesAndTextEndsAreFound() {
        let set = PhraseSet(lists: [["ab", "abc", "xyz", "oux"]])
        #expect(set.counts(in: "zab") == [1])
        #expect(set.counts(in: "abd") == [1])
        #expect(set.counts(in: "abc") == [2])
        #expect(set.counts(in: "xy") == [0])
        #expect(set.counts(in: "you our oux") == [1])
    }

    @Test func listsCountTheirOwnPhrases() {
        let lists = PhraseSet(lists: [["our team", "contact us"], ["our team", "news agency"], ["newsletter"]])
        #expect(lists.counts(in: "Our team: contact us.".lowercased()) == [2, 1, 0])
        #expect(lists.counts(in: "a news agency newsletter") == [0, 1, 1])
        #expect(lists.counts(in: "") == [0, 0, 0])
    }
}
