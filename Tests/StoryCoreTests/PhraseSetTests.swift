import Testing

@testable import StoryCore

@Suite("PhraseSet finds cue phrases in one pass")
struct PhraseSetTests {
    let cues = PhraseSet(["our team", "our readers", "team", "in your inbox", "x.com"])

    @Test func countsEachPhraseOnceWhereverItStands() {
        #expect(cues.count(in: "our team thanks our readers; our team again") == 3)  // our team, team, our readers
        #expect(cues.count(in: "delivered in your inbox") == 1)
        #expect(cues.count(in: "follow us on x.com") == 1)
        #expect(cues.count(in: "nothing here") == 0)
        #expect(cues.count(in: "") == 0)
        #expect(cues.count(in: "t") == 0)
    }

    @Test func aPhraseCutShortAtTheEndIsNotFound() {
        #expect(!cues.any(in: "ask our tea"))
        #expect(cues.any(in: "ask our team"))
        #expect(!cues.any(in: "in your inbo"))
    }

    @Test func agreesWithOneSearchPerPhrase() {
        let texts = ["Sign up: in your inbox daily, from our team.", "ourteam", "our  team", "café our readers ✓ x.co x.com"]
        for text in texts {
            #expect(cues.count(in: text) == cues.phrases.filter { Words.has(text, $0) }.count, "\(text)")
        }
    }
}
