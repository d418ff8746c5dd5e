import Testing
@testable import StoryCore

/// Blocks where the publisher speaks of itself: its editorial practice, or what kind of
/// publication it is. Told by their shape and voice, not by one site's wording.
@Suite("The publisher's own voice")
struct PublisherVoiceTests {
    static func verdict(_ text: String) -> Verdict {
        BlockRules.verdict(for: text, words: Words.count(in: text))
    }

    @Test("a note on how the publisher works is editorial policy", arguments: [
        "At the Harbour Ledger we check every story twice. Our editors review each claim against our sources, and when we get something wrong we publish a correction at the foot of the article.",
        "We are committed to accuracy. If you believe we have made an error, tell us and our standards editor will review it; our corrections appear on this page.",
    ])
    func editorialNote(text: String) {
        #expect(Self.verdict(text) == .removed(.editorialPolicy))
    }

    @Test("a site that says what kind of publication it is", arguments: [
        "harbourledger.com is an independent news website covering the ports and shipping of the northern coast since 2009.",
        "Valmora-Post.net (Valmora Post) ist eine unabhängige Zeitung für die Küste und berichtet täglich über Häfen und Schifffahrt.",
    ])
    func blurb(text: String) {
        #expect(Self.verdict(text) == .removed(.publisherBlurb))
    }

    @Test("story text that says `we` or names a site stays", arguments: [
        "“We will rebuild our pier and our harbour, and we will do it this year,” the mayor said, adding that the council's editors of the plan had reviewed every source.",
        "The company said its website, harbourline.com, was down for two hours on Monday after an attack, and that no customer data had been taken.",
        "We arrived at the harbour at dawn; our guide, a retired pilot, showed us the crane that had fallen and the quay it had crushed.",
    ])
    func storyText(text: String) {
        #expect(Self.verdict(text) == .undecided)
    }

    @Test("share prompts, whatever they spread", arguments: ["Spread the love", "Spread the word", "Spread the news"])
    func sharePrompt(text: String) {
        #expect(Self.verdict(text) == .removed(.share))
    }
}
