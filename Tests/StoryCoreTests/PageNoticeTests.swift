import Testing
@testable import StoryCore

/// What a page says to its reader about itself: asking for a rating, disclosing paid links,
/// filing a post, counting free articles, asking for a login to comment, heading the author's box.
@Suite("Notices a page gives about itself")
struct PageNoticeTests {
    private func verdict(_ text: String) -> Verdict {
        BlockRules.verdict(for: text, words: Words.count(in: text))
    }

    @Test("a notice", arguments: [
        ("Was this article helpful?", RemovalReason.promotion), ("War der Artikel nützlich?", .promotion),
        ("Valora esta noticia", .promotion), ("(Noch keine Bewertungen)", .promotion),
        ("Vous avez lu 1 des 4 articles gratuits", .promotion), ("Instant access to the full article PDF.", .promotion),
        ("Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.", .editorialPolicy),
        ("This post contains affiliate links; we may earn a commission when you buy.", .editorialPolicy),
        ("This entry was posted in Harbour News and tagged cranes. Bookmark the permalink.", .metadata),
        ("Dieser Text wurde veröffentlicht unter der Lizenz CC BY-NC-ND 4.0.", .metadata),
        ("Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.", .comments),
        ("Votre adresse e-mail ne sera pas publiée.", .comments), ("Quellen ausblenden", .navigation),
        ("Síguenos en Telegram, Instagram y Facebook", .share), ("Folgen Sie uns auf Instagram", .promotion),
        ("Get the latest news straight to your phone with our app.", .promotion), ("Jetzt abonnieren", .navigation),
        ("Warning: Creating default object from empty value in /var/www/site/functions.php on line 123", .unrelated),
        ("Notice: Undefined index: page in /home/blog/index.php on line 7", .unrelated),
    ])
    func notice(text: String, reason: RemovalReason) {
        #expect(verdict(text) == .removed(reason))
    }

    @Test("story sentences with the same words", arguments: [
        "The jobless rate this month fell to its lowest level since the harbour reopened, the agency said.",
        "Workers may earn a bonus if the pier reopens before the storms, the port authority said on Monday.",
        "The video, posted in March, showed the crane toppling into the harbour during the storm.",
        "Die Studie wurde veröffentlicht in einer Fachzeitschrift, die den Hafen seit Jahren beobachtet.",
        "Der Rat gründete eine Kommission, die eine Provision für jeden verkauften Liegeplatz prüfen soll.",
        "Warning: the harbour will close again on line 4 of the ferry network if the storms return, officials said.",
    ])
    func storySentence(text: String) {
        #expect(verdict(text) == .undecided)
    }

    @Test("the author's box sweeps to the end", arguments: ["Über den Autor", "About the author", "À propos de l'auteur"])
    func authorBox(header: String) {
        #expect(verdict(header) == .sweepsToEnd(.byline))
    }
}
