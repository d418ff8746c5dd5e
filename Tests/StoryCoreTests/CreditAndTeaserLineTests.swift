import Testing
@testable import StoryCore

/// A photo credit on a line of its own, and a link to another article led by a label, in the
/// languages pages are written in.
@Suite("Credit lines and inline teaser labels")
struct CreditAndTeaserLineTests {
    private func verdict(_ text: String) -> Verdict {
        BlockRules.verdict(for: text, words: Words.count(in: text))
    }

    @Test("a credit standing alone", arguments: [
        "PAP/ Mirela Nowak", "Tomas Lind/Reuters", "EPA/ANNA VOSS", "AFP/Getty Images", "Jonas Berg / Foto",
    ])
    func creditLine(text: String) {
        #expect(verdict(text) == .caption)
    }

    @Test("slashes that credit no one", arguments: [
        "AC/DC", "TCP/IP", "News/Politics", "The harbour/port authority said the pier would reopen on Monday.",
        "Either/Or", "Valmora City/Regional Desk Reporting From The Harbour Front Tonight",
    ])
    func notACreditLine(text: String) {
        #expect(verdict(text) != .caption)
    }

    @Test("a label leading a link to another article", arguments: [
        "Dowiedz się więcej: Kto głosował za nowym portem? Radny wyłamał się", "Lesen Sie auch: Der Hafen wächst weiter",
        "Lea también: El muelle reabre el lunes", "À lire aussi : Le port rouvre lundi", "Leggi anche: Il porto riapre",
        "Читайте также: Порт откроется в понедельник", "Learn more: How the harbour was rebuilt",
    ])
    func teaserLabel(text: String) {
        #expect(verdict(text) == .removed(.teaser))
    }

    @Test("a colon inside the story", arguments: [
        "The mayor said: the harbour will reopen on Monday, and the ferries will run again by the weekend.",
        "Zobacz: to jest zdanie z artykułu, które mówi o porcie i jego nowych dźwigach od poniedziałku.",
    ])
    func notATeaserLabel(text: String) {
        #expect(verdict(text) != .removed(.teaser))
    }

    @Test("a credit line led by its label", arguments: ["Foto: Jana Berg", "Bild via Pixabay", "Photograph by Tom Weir", "Quelle: Landesamt"])
    func creditOpening(text: String) {
        #expect(verdict(text) == .caption)
    }

    @Test("page controls in the languages pages are written in", arguments: [
        ("Zurück zur Übersicht", RemovalReason.navigation), ("Back to all news", .navigation), ("Retour aux actualités", .navigation),
        ("Drucken", .navigation), ("Rezept drucken", .navigation), ("Powrót", .navigation), ("Diesen Artikel teilen", .share),
        ("NEWS TEILEN:", .share), ("Udostępnij", .share), ("Compartir esta noticia", .share),
    ])
    func pageControl(text: String, reason: RemovalReason) {
        #expect(verdict(text) == .removed(reason))
    }

    @Test("sentences that open like a control", arguments: [
        "Back to the harbour came the fishing fleet, three days late and short of two boats lost in the storm.",
        "Zurück zur Normalität will die Stadt erst im Frühjahr, sagte die Bürgermeisterin am Montag vor dem Rat.",
        "Foto: the word opens this sentence, which goes on far longer than any credit line under a picture would.",
    ])
    func notAControl(text: String) {
        #expect(verdict(text) == .undecided)
    }

    @Test("a caption named as one or led by its zoom button", arguments: [
        "Abbildung: Vergleich der Schneehöhen auf dem Gletscher im März", "Fig. 2 The harbour crane seen from the north pier",
        "Vergrößern Eine kleine runde Aussparung im Display des Telefons.", "Foto © Jana Berg",
    ])
    func captionOpening(text: String) {
        #expect(verdict(text) == .caption)
    }

    @Test("a sentence that opens with the same word", arguments: [
        "Figure skaters from six countries will compete at the harbour rink this weekend, the organisers said on Monday.",
        "Abbildungen der alten Hafenkräne hängen seit Montag im Rathaus, wie die Stadt mitteilte.",
    ])
    func notACaptionOpening(text: String) {
        #expect(verdict(text) != .caption)
    }
}
