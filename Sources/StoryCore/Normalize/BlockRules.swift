import Foundation

/// What the text of one block says about itself, before the rest of the page is considered.
enum Verdict: Equatable {
    /// Not story text.
    case removed(RemovalReason)
    /// A heading that starts a run of non-story blocks to the end of the page (`Related articles`, `Leave a Reply`).
    case sweepsToEnd(RemovalReason)
    /// `Sources:`: the short lines after it are a source list.
    case sourceListHeader
    /// `Read more →`: closes a teaser whose headline and summary stand just before it.
    case teaserMarker
    /// A line that is mostly a date, maybe with labels and a time: a publication date.
    case dateline(DateStamp)
    /// `date 2024-12-11 The headline`: a date and the title on one line.
    case datedTitle(DateStamp, String)
    /// `By Jane Doe`, maybe followed by the date: `By Jane Doe · 4 March 2025, 12:20`.
    case byline(String, DateStamp?)
    /// `Updated: 5 May 2025`: when the page last changed, not when it was published.
    case lastUpdated(DateStamp)
    case caption
    /// Nothing decisive: story text, a heading, a title, or something the page context decides.
    case undecided
}

/// Rules over a single block's text. Each rule looks at the shape and wording of a block
/// as it appears on news pages in general, never at the strings of particular sites.
enum BlockRules {
    /// `words`: the block's `Words.count`.
    static func verdict(for text: String, words: Int) -> Verdict {
        let lower = Words.fold(text)
        let bare = lower.trimming(" :.|»›>→-–—…")

        if let verdict = headerVerdict(text: text, bare: bare, lower: lower, words: words) { return verdict }
        if let verdict = bylineVerdict(text, lower: lower) { return verdict }
        if let verdict = dateVerdict(text: text, lower: lower, words: words) { return verdict }
        if isCaption(text, lower: lower) { return .caption }
        if let reason = boilerplate(lower: lower, bare: bare, text: text, words: words) { return .removed(reason) }
        return .undecided
    }

    // MARK: Headers that open a non-story section

    private static func headerVerdict(text: String, bare: String, lower: String, words: Int) -> Verdict? {
        guard words <= 8 else { return nil }
        if isTeaserLink(text, bare: bare) { return .teaserMarker }
        // `Lee también…` trails off into the one link after it, inside the story: the label goes
        // alone (the link goes as link text), and the story goes on after it.
        if relatedHeaders.contains(bare), text.hasSuffix("...") || text.hasSuffix("…") { return .removed(.teaser) }
        if relatedHeaders.contains(bare) || relatedFragments.contains(where: { Words.has(bare, $0) })
            || (bare.hasPrefix("more from ") && words <= 5)
            || (bare.hasPrefix("more on ") && words <= 5) || (bare.hasPrefix("latest ") && words <= 3)
        {
            return .sweepsToEnd(.relatedLinks)
        }
        if commentHeaders.contains(bare) { return .sweepsToEnd(.comments) }
        if authorBoxHeaders.contains(bare) { return .sweepsToEnd(.byline) }
        // `0 comments` is as often a link beside the byline as the head of the comments: it
        // goes alone, and the comments' own boxes go by their markup.
        if isCommentCount(bare) { return .removed(.comments) }
        if ["sources", "source", "references", "credits", "sources and references"].contains(bare) { return .sourceListHeader }
        return nil
    }

    /// `12 comments`, `1 reply`: checked by hand, as every short block of every page comes here.
    private static func isCommentCount(_ bare: String) -> Bool {
        // The count comes first: a block not opening with a digit leaves on its first byte,
        // before it is split by `Character`.
        guard let lead = bare.utf8.first, lead &- 0x30 < 10 else { return false }
        let parts = bare.split(separator: " ")
        guard parts.count == 2, let count = parts.first, count.allSatisfy(\.isASCII), count.allSatisfy(\.isNumber) else { return false }
        return ["comment", "comments", "response", "responses", "reply", "replies"].contains(parts[1])
    }

    /// `Read more →` is a link closing a teaser; `Read more:` heads a list of them.
    private static func isTeaserLink(_ text: String, bare: String) -> Bool {
        teaserMarkers.contains(bare) && !text.trimmed.hasSuffix(":")
    }

    /// Headers over a list of other stories, folded as blocks are (`ähnliche artikel` is looked
    /// up as `ahnliche artikel`).
    private static let relatedHeaders: Set<String> = Set([
        "related", "related articles", "related stories", "related news", "related content", "related coverage",
        "related posts", "related reading", "related links", "read more", "read also", "also read", "see also",
        "more stories", "more news", "more articles", "you may also like", "you might also like", "recommended",
        "recommended for you", "recommended stories", "most read", "most popular", "trending", "trending now",
        "top stories", "what to read next", "further reading", "in other news", "more in this section",
        "editor's picks", "don't miss", "popular", "read next", "up next", "more to explore",
        // German, Spanish, French, Italian, Portuguese, Polish, Dutch.
        "mehr zum thema", "lesen sie auch", "auch lesen", "auch interessant", "das könnte sie auch interessieren", "weitere artikel",
        "verwandte artikel", "ähnliche artikel", "weiterlesen", "lea también", "lee también", "lea más", "te puede interesar",
        "noticias relacionadas", "artículos relacionados", "lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet",
        "articles similaires", "leggi anche", "articoli correlati", "potrebbe interessarti", "leia também", "leia mais",
        "notícias relacionadas", "artigos relacionados", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
        "podobne artykuły", "lees ook", "gerelateerde artikelen", "zobacz również", "czytaj również", "najczęściej czytane",
        "meistgelesen", "meistgelesene artikel", "meistdiskutierte artikel", "empfehlungen aus der redaktion", "explore further",
        "à découvrir", "lo más leído", "más leídas", "le più lette", "meest gelezen", "most viewed", "popular stories",
        "top themen", "top themen der redaktion", "weitere themen", "mehr themen", "neueste artikel", "aktuelle artikel",
        "weiterführende links", "weiterführender link", "links zum thema", "nützliche links", "useful links", "external links",
        "externe links", "liens utiles", "enlaces de interés",
    ].map { Words.fold($0) })

    /// Parts of a related-stories header that vary in their other words (`Das Thema könnte dich
    /// auch interessieren`, `Notas relacionadas`, `Vous aimerez aussi`), in a header of eight words
    /// or fewer.
    private static let relatedFragments: [String] = [
        "auch interessieren", "nicht verpassen", "ahnliche beitrage", "weitere beitrage", "aimerez aussi",
        "a lire egalement", "relacionadas", "relacionados", "relacionado", "correlati", "correlate", "you may have missed",
    ]

    private static let commentHeaders: Set<String> = Set([
        "leave a reply", "leave a comment", "post a comment", "add a comment", "comments", "join the discussion",
        "join the conversation", "what do you think", "reader comments", "show comments", "view comments",
        "kommentare", "kommentar schreiben", "schreibe einen kommentar", "comentarios", "deja un comentario",
        "deja una respuesta", "commentaires", "laisser un commentaire", "commenti", "lascia un commento",
        "comentários", "deixe um comentário", "komentarze", "dodaj komentarz", "reacties", "reageer", "vos réactions",
        "réactions", "deine meinung", "ihre meinung",
    ].map { Words.fold($0) })

    /// Headers over a box about the author, at a story's end.
    private static let authorBoxHeaders: Set<String> = Set([
        "about the author", "about the authors", "über den autor", "über die autorin", "über die autoren", "zum autor",
        "zur autorin", "à propos de l'auteur", "sobre el autor", "sobre la autora", "sull'autore", "sobre o autor",
        "o autorze", "over de auteur",
    ].map { Words.fold($0) })

    private static let teaserMarkers: Set<String> = Set([
        "read more", "continue reading", "read full story", "read full article", "full story", "read the full story",
        "learn more", "read on", "view more", "see more", "weiterlesen", "mehr lesen", "mehr erfahren", "zum artikel",
        "zum shop", "zum rezept", "jetzt kaufen", "buy now", "shop now",
        "lire la suite", "en savoir plus", "leer más", "seguir leyendo", "leggi tutto", "continua a leggere",
        "leia mais", "continuar lendo", "czytaj dalej", "czytaj więcej", "lees verder", "lees meer",
    ].map { Words.fold($0) })

    // MARK: Dates, bylines, captions

    private static func dateVerdict(text: String, lower: String, words: Int) -> Verdict? {
        // Prose is most blocks, too much to parse whole for dates. In a long block only a date
        // among its first words can make a verdict (every other one needs the line to be nearly
        // all date and labels): look for one in the first 30 words first.
        if words > 40 {
            var spaces = 0
            let cut = text.utf8.firstIndex { byte in
                if byte == 0x20 { spaces += 1 }
                return spaces == 30
            }
            let head = String(text[..<(cut ?? text.endIndex)])
            guard let early = DateParser.firstStamped(in: head),
                  Words.count(in: head[..<early.range.lowerBound]) <= 2
            else { return nil }
        }
        // A line short enough to be a date line may write the date the American way (`05/02/2013`).
        guard let match = DateParser.firstStamped(in: text) ?? (words <= 12 ? DateParser.firstStamped(in: text, slashMonthFirst: true) : nil),
              let stamp = match.stamp
        else {
            return nil
        }
        let before = text[..<match.range.lowerBound]
        let after = text[match.range.upperBound...]
        let beforeWords = Words.tokens(in: String(before)).map { Words.fold($0) }
        // `date 2024-12-11 Headline …`, `Published 4 March 2025: Headline`
        if beforeWords.count <= 2, beforeWords.allSatisfy({ dateLabels.contains($0) }), !beforeWords.isEmpty || before.trimmed.isEmpty {
            let rest = after.trimmed.trimming(" :|-–—/")
            if beforeWords.contains(where: { updateLabels.contains($0) }) && Words.count(in: rest) <= 3 { return .lastUpdated(stamp) }
            if Words.count(in: rest) >= 4, !beforeWords.isEmpty, !rest.hasSuffix(".") { return .datedTitle(stamp, rest) }
        }
        // The rest of the line is labels, separators and short breadcrumb segments: a dateline.
        let restWords = (beforeWords + Words.tokens(in: String(after)).map { Words.fold($0) })
        // A time may stand before the date (`12:52 p.m. EDT May 2, 2013`): its numbers are no words.
        var unlabelled = restWords.filter { word in
            !dateLabels.contains(word) && DateParser.weekdayNumber(word) == nil && !word.allSatisfy(\.isNumber) && !isClockReading(word)
        }
        if restWords.contains(where: { updateLabels.contains($0) }), unlabelled.count <= 2 { return .lastUpdated(stamp) }
        // `Posted on September 21, 2020 by Adi Tzlil`, `Geschrieben von Cooper am 25.08.2015`: the
        // author named after `by` or `von` is part of a date line.
        if let by = unlabelled.firstIndex(where: { authorMarkers.contains($0) }), unlabelled.count - by <= 4,
           !lower.hasSuffix(".")
        {
            unlabelled.removeSubrange(by...)
        }
        if unlabelled.isEmpty { return .dateline(stamp) }
        // `AFP, Tuesday 2 Jul 2013`, `INDONESIA, July 2, 2013`, `Janic Cathomen, 01.12.2021`: the
        // agency, the place or the author, then the date; or the date, then the author
        // (`28. Jan. 2022 Paula Balov`). A name is up to three capitalized words and nothing else.
        // The name ends at a comma or at the labels before the date (`dpa am 25.01.2022`).
        var beforeName = Substring(before.trimmed)
        while let last = beforeName.split(separator: " ").last, dateLabels.contains(Words.fold(last)) {
            beforeName = beforeName.dropLast(last.count).trimmed[...]
        }
        if beforeName.hasSuffix(",") { beforeName = beforeName.dropLast() }
        if !beforeName.isEmpty, beforeName.count < before.trimmed.count || before.trimmed.hasSuffix(","), isShortName(beforeName),
           unlabelled.count == Words.tokens(in: String(beforeName)).count
        {
            return .dateline(stamp)
        }
        let afterText = after.trimmed.trimming(" ,|-–—·")
        if before.trimmed.isEmpty, !afterText.isEmpty, isShortName(Substring(afterText)),
           unlabelled.count == Words.tokens(in: afterText).count
        {
            return .dateline(stamp)
        }
        // `07.11.2023 Ormalingen, Baselbiet`, `01.02.2022 Kategorie: Schwimmen, Verband`: the date
        // first, then names and labels (capitalized words, short function words), no sentence.
        if before.trimmed.isEmpty, words <= 12, !lower.hasSuffix("."),
           Words.tokens(in: afterText).allSatisfy({ word in
               // Names are capitalized, or written in a script without case (`来源： 新华社`).
               word.first.map { $0.isUppercase || !$0.isCased } == true || word.count <= 3 || word.allSatisfy(\.isNumber)
           })
        {
            return .dateline(stamp)
        }
        let segments = text.split(whereSeparator: { "|»›/•·".contains($0) })
        let crumbs = segments.filter { !$0.contains(where: \.isNumber) }
        if segments.count >= 2, crumbs.allSatisfy({ Words.count(in: $0) <= 4 }), unlabelled.count <= 6, !lower.hasSuffix(".") {
            return .dateline(stamp)
        }
        return nil
    }

    /// Up to three words, each capitalized (`Janic Cathomen`, `AFP`, `INDONESIA`): a name.
    private static func isShortName(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        // An agency's initials may be written in lowercase (`dpa`).
        if words.count == 1, let word = words.first, (2...4).contains(word.count), word.allSatisfy(\.isLetter) { return true }
        return (1...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } }
    }

    static func isDateLabel(_ folded: String) -> Bool { dateLabels.contains(folded) }

    /// The minutes of a time run into its half of the day (`8:05am` is `8` and `05am`), or an
    /// hour so written (`9pm`).
    private static func isClockReading(_ folded: String) -> Bool {
        (folded.hasSuffix("am") || folded.hasSuffix("pm")) && (1...2).contains(folded.count - 2) && folded.dropLast(2).allSatisfy(\.isNumber)
    }

    /// Words that introduce the author in a date line.
    private static let authorMarkers: Set<String> = ["by", "von", "par", "por", "di", "door", "author", "autor"]

    private static let dateLabels: Set<String> = [
        "date", "published", "posted", "updated", "last", "modified", "on", "at", "am", "pm", "utc", "gmt", "z",
        "publication", "publie", "publicado", "veroffentlicht", "datum", "fecha", "data", "edited", "created", "first",
        "t", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "time", "le", "el", "am", "um", "a", "p", "m",
        // The clock word after a time (`05:28 Uhr`, `14h30`) and labels of the corpus's languages.
        "geschrieben", "gespeichert", "gepostet", "pressemitteilung", "medienmitteilung", "press", "release", "wurde",
        "originally", "et", "ct", "mt", "pt", "cst", "cdt", "mst", "mdt", "hrs", "hr", "wib", "ist",
        "uhr", "h", "stand", "erstellt", "erschienen", "veroffentlichung", "publiziert", "vom", "publikacja",
        "opublikowano", "pubblicato", "publicada", "publicacion", "gepubliceerd", "geplaatst", "publiee",
        "aggiornato", "atualizado", "zaktualizowano", "bijgewerkt", "actualise",
        // `Story Created: …`, `Found March 08, 2013`, `Released 2013-09-28 05:08:35 GMT`, and the
        // zones of a stamp's time (`9:56 AM AKDT`).
        "story", "found", "released", "akst", "akdt", "hst", "aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt",
        "sast", "msk", "jst", "kst", "hkt", "sgt",
        // A British site's clock (`8:05am UK, Monday 16 September 2013`).
        "uk",
    ]

    private static let updateLabels: Set<String> = [
        "updated", "modified", "edited", "actualizado", "aktualisiert", "mis", "aggiornato", "atualizado", "zaktualizowano",
        "bijgewerkt", "actualise",
    ]

    /// A byline, alone or with the date after it.
    private static func bylineVerdict(_ text: String, lower: String) -> Verdict? {
        guard text.utf8.count < 200 else { return nil }
        if creditLines.starts(lower), text.count < 200 { return .removed(.byline) }
        // Every byline opens with one of these (after any separator); the date search below is
        // for the blocks that do, not for every short block of every page.
        let opening = lower.trimming(" |·•,-–—/")
        guard bylinePrefixes.starts(opening) else { return nil }
        guard let match = DateParser.firstStamped(in: text) else {
            return byline(text, words: Words.count(in: text)).map { .byline($0, nil) }
        }
        let head = text[..<match.range.lowerBound].trimming(" |·•,-–—/")
        let tail = text[match.range.upperBound...].trimming(" |·•,-–—/")
        guard tail.isEmpty, let name = byline(head, words: Words.count(in: head)) else { return nil }
        return .byline(name, match.stamp)
    }

    private static let bylinePrefixes = PrefixList(["by ", "written by ", "words by ", "von ", "par ", "por ", "author: ", "authors: "])

    /// Wire sign-offs that credit the staff: `(Reporting by …; Editing by …)`.
    private static let creditLines = PrefixList([
        "(reporting by", "reporting by", "(additional reporting", "additional reporting by", "(editing by", "compiled by", "(writing by",
    ])

    /// `By Jane Doe`, `By Jane Doe and Omar Ali, Reuters`, `Words by …`.
    private static func byline(_ text: String, words: Int) -> String? {
        guard words >= 2, words <= 12, text.count < 100 else { return nil }
        let lower = text.lowercased()
        guard bylinePrefixes.starts(lower) else { return nil }
        let name = Bylines.clean(text)
        let tokens = Words.tokens(in: name)
        guard let first = tokens.first, first.first?.isUppercase == true else { return nil }
        // Names are capitalized; the odd joining word (and, de, van) is not; a sentence has more of them.
        let lowercase = tokens.filter { $0.first?.isLowercase == true }
        guard lowercase.count * 3 <= tokens.count, !name.hasSuffix("."),
              DateParser.weekdayNumber(Words.fold(first)) == nil, DateParser.monthNumber(Words.fold(first)) == nil
        else { return nil }
        return name
    }

    /// Captions end with a credit: `(AFP Photo)`, `(Photo by X/Getty Images)`, `Photo: X`, `Image: X/Reuters`.
    static func isCaption(_ text: String, lower: String) -> Bool {
        if isCreditLine(text) { return true }
        // A credit on a line of its own: `Foto: Jana Berg`, `Bild via Pixabay`, `Source: Eurostat`.
        if lower.utf8.count < 60, creditOpenings.starts(lower) { return true }
        // A caption named as one (`Abbildung: …`, `Fig. 2 …`) or led by its picture's zoom button.
        if captionOpenings.contains(where: { lower.hasPrefix($0) }), Words.count(in: lower) <= 60 { return true }
        // Every credit below needs a label's colon, or ends in `)`, `…images`, `…afp` or `…reuters`:
        // most blocks have neither and leave by one byte scan, before the string work below.
        if lower.firstUTF8Index(of: 0x3A) == nil {
            let last = lower.utf8.last { $0 != 0x20 && $0 != 0x2E }
            guard last == 0x29 || last == 0x73 || last == 0x70 else { return false }
        }
        // Credits stand at the end: only the last stretch of a block is searched for one.
        let trimmed = String(lower.trimming(" .").suffix(160))
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let credit = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            let words = Set(credit.split(whereSeparator: { !$0.isLetter }).map(String.init))
            if credit.count < 80, !words.isDisjoint(with: creditWords) { return true }
        }
        let bytes = Array(trimmed.utf8)
        for label in ["photo:", "photograph:", "image:", "picture:", "credit:", "photo credit:", "foto:", "bild:", "illustration:"] {
            let needle = Array(label.utf8)
            // The last place the label stands, with a short credit after it and a caption before it.
            guard needle.count < bytes.count else { continue }
            for start in stride(from: bytes.count - needle.count, through: 1, by: -1) where bytes[start] == needle[0] {
                guard Array(bytes[start..<(start + needle.count)]) == needle else { continue }
                let after = bytes.count - start - needle.count
                if (4..<70).contains(after) { return true }
                break
            }
        }
        if trimmed.hasSuffix("getty images") || trimmed.hasSuffix("/ afp") || trimmed.hasSuffix("via reuters") {
            return true
        }
        return false
    }

    /// `PAP/ Jan Nowak`, `Jane Doe/Reuters`, `EPA/ANDY RAIN`: a photo credit on a line of its
    /// own under the caption — an agency's acronym or credit word and a name of two or more
    /// capitalized words, either side of one slash. (`AC/DC` and `TCP/IP` name no one.)
    static func isCreditLine(_ text: String) -> Bool {
        guard text.utf8.count < 70, text.utf8.contains(0x2F) else { return false }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmed }
        guard parts.count == 2 else { return false }
        func isAgency(_ part: String) -> Bool {
            let isAcronym = (2...6).contains(part.count) && part.allSatisfy { $0.isUppercase }
            let words = Words.tokens(in: part.lowercased()).map(String.init)
            return isAcronym || (!words.isEmpty && words.count <= 2 && words.contains(where: creditWords.contains))
        }
        func isName(_ part: String) -> Bool {
            let words = part.split(separator: " ")
            return (2...4).contains(words.count)
                && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } }
        }
        return (isAgency(parts[0]) && isName(parts[1])) || (isName(parts[0]) && isAgency(parts[1]))
    }

    private static let creditOpenings = PrefixList([
        "photo:", "photos:", "photo by ", "photograph:", "photograph by ", "image:", "image by ", "picture:", "credit:",
        "photo credit:", "illustration:", "foto:", "fotos:", "foto via ", "bild:", "bilder:", "bild via ", "fot.", "zdjęcie:",
        "source:", "sources:", "quelle:", "quellen:", "fuente:", "fonte:", "bron:",
    ].map { Words.fold($0) })

    private static let captionOpenings: [String] = [
        "figure:", "fig.", "caption:", "enlarge ", "abbildung:", "abb.", "grafik:", "bildunterschrift:", "photo ©", "foto ©", "bild ©",
        "vergrößern ", "légende :", "légende:", "ilustración:", "didascalia:", "ryc.", "rys.",
    ].map { Words.fold($0) }

    private static let creditWords: Set<String> = [
        "photo", "photos", "photograph", "image", "images", "picture", "getty", "afp", "reuters", "epa",
        "shutterstock", "credit", "courtesy", "foto", "bild", "handout", "anadolu", "pool",
    ]

    // MARK: Boilerplate by wording

    private static func boilerplate(lower: String, bare: String, text: String, words: Int) -> RemovalReason? {
        // Every cue list is searched in one pass over the block, the first time one is needed,
        // not in a pass per list.
        var found: [Int]?
        func cues(_ list: CueList) -> Int {
            if found == nil { found = allCues.counts(in: lower) }
            return found![list.rawValue]
        }
        // Only a line as short as one of these can be one, so a long paragraph is not hashed
        // whole to find out.
        let short = bare.utf8.count <= longestLine
        if (short && navigationLines.contains(bare)) || skipLinks.starts(bare) || (words <= 6 && backLinks.starts(bare)) {
            return .navigation
        }
        if isMenu(text) { return .navigation }
        // `Warning: Creating default object from empty value in /var/www/… on line 12`: the
        // site's own error messages, printed into the page.
        if serverErrorOpenings.starts(lower), Words.has(lower, ".php on line ") { return .unrelated }
        if short, advertisementLines.contains(bare) { return .advertisement }
        if words <= 10, (short && shareLines.contains(bare)) || shareOpenings.starts(bare) { return .share }
        // `Spread the love`, `Spread the word`: a share widget's prompt, whatever it spreads.
        if words <= 4, bare.hasPrefix("spread the ") { return .share }
        if words <= 12, cues(.socialNetworks) >= 2 { return .share }
        if lower.hasPrefix("©") || copyrightOpenings.starts(lower) || Words.has(lower, "all rights reserved") {
            return .copyright
        }
        if Words.has(lower, "cookie"), ["we use", "this site", "website", "consent", "accept", "our cookie", "browse", "browsing"].contains(where: { Words.has(lower, $0) }) {
            return .cookieNotice
        }
        if commentFormOpenings.starts(lower) || Words.has(lower, "required fields are marked") {
            return .comments
        }
        if words <= 40, cues(.newsletter) > 0 { return .newsletter }
        if words <= 30, cues(.promotion) > 0 { return .promotion }
        // The label before a colon (or bar), found by byte: every block comes here, and a
        // Character search walks graphemes.
        let colon = bare.firstUTF8Index(of: UInt8(ascii: ":"))
        if let cut = colon ?? bare.firstUTF8Index(of: UInt8(ascii: "|")), words <= 40, isTagLabel(bare[..<cut].trimmed, value: bare[cut...]) {
            return .tags
        }
        // `Tags`, `Filed under`, `Schlagworte zum Thema` on a line of their own, over the terms.
        if words <= 4, tagLabels.contains(bare) { return .tags }
        if words <= 12, cues(.metadata) > 0 { return .metadata }
        if words <= 25, cues(.postedLine) > 0 { return .metadata }
        if words <= 15, cues(.feedback) > 0 { return .promotion }
        if words <= 25, cues(.paywall) > 0 { return .promotion }
        if words <= 60, cues(.disclosure) > 0 { return .editorialPolicy }
        if let colon, colon > bare.startIndex, words <= 25, inlineTeaserLabels.contains(String(bare[..<colon]).trimmed) {
            return .teaser
        }
        if cues(.publisher) >= 3 || isEditorialVoice(lower: lower, words: words) { return .editorialPolicy }
        if isPublisherBlurb(lower: lower, words: words) { return .publisherBlurb }
        return nil
    }

    /// `Home | News | Sport | Business`: several very short segments and no sentence.
    private static func isMenu(_ text: String) -> Bool {
        // By scalar: every block of every page is asked, and a Character test walks graphemes.
        guard text.utf8.count < 300, mayHoldSeparator(text),
              text.unicodeScalars.contains(where: isMenuSeparator)
        else { return false }
        let segments = text.split(whereSeparator: { $0.unicodeScalars.count == 1 && isMenuSeparator($0.unicodeScalars.first!) })
            .map { $0.trimmed }.filter { !$0.isEmpty }
        guard segments.count >= 3 else { return false }
        return segments.allSatisfy { Words.count(in: $0) <= 3 && !$0.contains(where: \.isNumber) }
    }

    /// `|`, `•`, `·`, `»`, `›`, `/`: by value, not by hashing each scalar into a set.
    private static func isMenuSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7C, 0x2022, 0xB7, 0xBB, 0x203A, 0x2F: true
        default: false
        }
    }

    /// Whether a byte of `text` may belong to a menu separator (`|`, `/`, or the last byte of
    /// `•`, `·`, `»`, `›`), on the contiguous bytes, not through the `utf8` view's generic
    /// `contains`: every block of every page is asked.
    private static func mayHoldSeparator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.contains { $0 == 0x7C || $0 == 0x2F || $0 == 0xB7 || $0 == 0xBB || $0 == 0xA2 || $0 == 0xBA }
        }
    }

    private static let navigationLines: Set<String> = Set([
        "menu", "search", "home", "sign in", "log in", "login", "sign up", "register", "subscribe", "close", "open menu",
        "main menu", "navigation", "toggle navigation", "back to top", "top", "next", "previous", "log in subscribe",
        "sign in subscribe", "my account", "e-paper", "epaper", "print edition", "go", "search for", "pdf version",
        "print recipe", "pin", "pin it", "save recipe", "contact", "sorted by",
        // The same controls in German, French, Spanish, Italian, Portuguese, Polish, Dutch.
        "zurück", "weiter", "drucken", "seite drucken", "artikel drucken", "rezept drucken", "pinnen", "kontakt", "suche",
        "anmelden", "registrieren", "jetzt registrieren", "retour", "imprimer", "rechercher", "se connecter", "volver",
        "imprimir", "buscar", "indietro", "stampa", "cerca", "accedi", "voltar", "drukuj", "powrót", "szukaj", "zaloguj",
        "terug", "afdrukken", "zoeken", "inloggen", "quellen ausblenden", "quellen anzeigen", "externer inhalt",
        "pdf herunterladen", "als pdf herunterladen", "download pdf", "download as pdf", "external content", "abo",
        "abonnieren", "jetzt abonnieren", "s'abonner", "suscríbete", "abbonati", "assine", "subskrybuj",
    ].map { Words.fold($0) })

    /// `Back to overview`, `Zurück zur Übersicht`, `Retour aux actualités`: a link back up the site.
    private static let backLinks = PrefixList([
        "back to ", "zuruck zu", "retour a ", "retour aux ", "volver a ", "torna a", "torna all", "voltar para ",
        "voltar a ", "powrot do ", "terug naar ",
    ])

    private static let skipLinks = PrefixList(["skip to ", "jump to "])
    private static let serverErrorOpenings = PrefixList([
        "warning:", "notice:", "deprecated:", "fatal error:", "parse error:", "strict standards:", "catchable fatal error:",
    ])
    private static let copyrightOpenings = PrefixList(["(c) ", "copyright "])
    private static let commentFormOpenings = PrefixList([
        "your email address will not be published", "cancel reply", "save my name, email", "you must be logged in to",
        "sie mussen sich einloggen", "sie mussen angemeldet sein", "deine e-mail-adresse wird nicht veroffentlicht",
        "ihre e-mail-adresse wird nicht veroffentlicht", "e-mail (wird benotigt", "name (wird benotigt",
        "votre adresse e-mail ne sera pas publiee", "vous devez etre connecte", "tu direccion de correo electronico no sera publicada",
        "debes iniciar sesion", "il tuo indirizzo email non sara pubblicato", "o seu endereco de e-mail nao sera publicado",
        "twoj adres e-mail nie zostanie opublikowany",
    ])

    private static let longestLine = navigationLines.union(advertisementLines).union(shareLines).map(\.utf8.count).max() ?? 0

    private static let advertisementLines: Set<String> = [
        "advertisement", "advertisment", "advertising", "ad", "ads", "sponsored", "sponsored content", "promoted",
        "continue reading below", "story continues below advertisement", "article continues below", "scroll to continue",
        "scroll to continue with content", "paid content", "partner content", "anzeige", "publicite", "publicidad",
    ]

    private static let shareLines: Set<String> = Set([
        "share", "share this", "share this article", "share this story", "share this post", "share article",
        "share on facebook", "share on twitter", "share on x", "share via email", "spread the word", "spread the love",
        "tweet", "email this", "print", "print this article", "copy link", "follow us", "share this page",
        "share the news",
        "teilen", "artikel teilen", "beitrag teilen", "diesen artikel teilen", "diesen beitrag teilen", "seite teilen",
        "news teilen", "partager", "partager l'article", "partager cet article", "compartir", "compartir esta noticia",
        "condividi", "condividi l'articolo", "compartilhar", "partilhar", "udostępnij", "delen", "deel dit artikel",
    ].map { Words.fold($0) })

    /// `Share this article on Facebook`: a share line and more words after it.
    private static let shareOpenings = PrefixList(shareLines.sorted().map { $0 + " " })

    private enum CueList: Int {
        case socialNetworks, newsletter, promotion, metadata, publisher, feedback, disclosure, postedLine, paywall
    }

    private static let allCues = PhraseSet(lists: [
        socialNetworks, newsletterCues, promotionCues, metadataCues, publisherCues, feedbackCues, disclosureCues,
        postedLineCues, paywallCues,
    ])

    /// A page asking what the reader thought of it: `Was this article helpful?`, `Valora esta noticia`.
    private static let feedbackCues: [String] = [
        "was this article helpful", "was this helpful", "was this page helpful", "did you find this", "rate this article",
        "like recipe", "like this recipe", "war der artikel", "war dieser artikel", "artikel hilfreich",
        "beitrag hilfreich", "artikel bewerten", "beitrag bewerten", "keine bewertungen", "möchten sie den artikel",
        "valora esta", "califica esta", "te ha resultado útil", "cet article vous a", "ce contenu vous a", "noter cet article",
        "ti è stato utile", "valuta questo", "czy ten artykuł", "oceń artykuł", "was dit artikel",
    ].map { Words.fold($0) }

    /// A publisher's note that it earns from the links in the text.
    private static let disclosureCues: [String] = [
        "earn a commission", "earns a commission", "affiliate links", "affiliate link", "affiliate-links",
        "affiliate-link", "provision vom", "provisionslink", "enthält affiliate", "liens affiliés", "enlaces de afiliados",
        "link di affiliazione",
    ].map { Words.fold($0) }

    /// A blog's line on when and where a post was filed: `This entry was posted in …`.
    private static let postedLineCues: [String] = [
        "this entry was posted", "this entry was filed", "der beitrag wurde am", "dieser beitrag wurde",
        "dieser text wurde veröffentlicht", "ultima modifica",
    ].map { Words.fold($0) }

    /// A paywall's count or offer: `You have read 1 of 4 free articles`, `Instant access to the full article`.
    private static let paywallCues: [String] = [
        "free articles", "articles gratuits", "kostenlose artikel", "artículos gratuitos", "articoli gratuiti",
        "preview of subscription content", "instant access to the full", "to continue reading", "um weiterzulesen",
        "pour lire la suite", "para seguir leyendo",
    ].map { Words.fold($0) }

    private static let socialNetworks: [String] = ["facebook", "twitter", "whatsapp", "linkedin", "telegram", "reddit", "pinterest", "email", "x.com"]

    private static let newsletterCues: [String] = [
        "newsletter", "subscribe to our", "subscribe now", "sign up for our", "sign up to our", "sign up for the",
        "delivered to your inbox", "in your inbox", "get our daily", "subscribe for", "subscribers only",
    ]

    private static let promotionCues: [String] = [
        "write for us", "send us your", "download our app", "download the app", "get the app",
        "follow us on", "join our", "support our journalism", "support independent journalism", "become a member",
        "listen to this article", "donate now", "make a donation", "send us a tip", "got a news tip", "whatsapp channel",
        "google news", "click here to", "open in app", "straight to your phone", "folgen sie uns", "folge uns", "suivez-nous",
        "síguenos", "siga-nos", "nos siga", "seguici", "obserwuj nas", "volg ons", "app herunterladen", "unsere app",
    ].map { Words.fold($0) }

    /// `Tags`, `Filed under`, and a label ending in one of them (`Post category`, `Article tags`):
    /// two or three words whose last is a tag label, not opening with an article, before a short
    /// list of terms (`The port category: the authority said …` is a sentence).
    private static func isTagLabel(_ label: String, value: Substring) -> Bool {
        if tagLabels.contains(label) { return true }
        let words = label.split(separator: " ")
        guard (2...3).contains(words.count), let first = words.first, let last = words.last, !labelArticles.contains(first),
              tagLabels.contains(String(last))
        else { return false }
        return Words.count(in: value) <= 8 && !value.contains(".")
    }

    /// Words that open a sentence's subject, never a label.
    private static let labelArticles: Set<Substring> = ["the", "a", "an"]

    private static let tagLabels: Set<String> = Set([
        "tags", "tagged", "tagged with", "topics", "keywords", "filed under", "categories", "category", "labels", "themen",
        "etiquetas", "mots-cles", "kategorie", "kategorien", "schlagworte", "schlagwörter", "stichworte", "schlagworte zum thema",
        "themen im artikel", "temas", "tematy", "tagi", "kategorie wpisu", "argomenti", "categorie", "catégories", "etiquettes",
        "sujets", "onderwerpen", "assuntos",
    ].map { Words.fold($0) })

    private static let metadataCues: [String] = [
        "reading time", "min read", "mins read", "minute read", "minutes read", "post views",
        "views:", "word count", "listen to article", "estimated reading", "print this page",
        // Reading time in the corpus's other languages.
        "lesezeit", "lesedauer", "tiempo de lectura", "min de lectura", "temps de lecture", "min de lecture",
        "tempo di lettura", "tempo de leitura", "minut czytania", "min czytania", "leestijd", "min leestijd",
    ]

    /// Labels that lead a link to another article in the middle of a story, in the languages
    /// pages are written in; folded as blocks are (`lea también` is looked up as `lea tambien`).
    private static let inlineTeaserLabels: Set<String> = Set([
        "related", "read more", "read also", "also read", "see also", "more", "watch", "listen", "recommended",
        "read next", "must read", "don't miss", "more on this", "related article", "related story", "learn more",
        "find out more",
        "lea también", "lea más", "lee también", "leer más", "ver también", "vea también", "te puede interesar", "más información",
        "lire aussi", "à lire aussi", "à lire", "voir aussi", "en savoir plus",
        "mehr zum thema", "lesen sie auch", "auch lesen", "lesen sie mehr", "auch interessant", "mehr dazu", "siehe auch",
        "leggi anche", "vedi anche", "per saperne di più",
        "leia também", "leia mais", "veja também", "saiba mais",
        "lees ook", "lees meer", "zie ook",
        "czytaj także", "czytaj też", "czytaj więcej", "zobacz także", "zobacz też", "dowiedz się więcej",
        "čtěte také", "přečtěte si také", "читайте также", "смотрите также", "читайте еще",
    ].map { Words.fold($0) })

    /// How a block speaks as the publisher to the reader: `our team`, `contact us`, `we appreciate`.
    private static let publisherCues: [String] = [
        "our team", "our writers", "our editors", "our journalists", "our reporters", "our readers", "our content",
        "fact-check", "fact check", "editorial policy", "editorial standards", "editorial guidelines", "corrections",
        "accuracy", "reach out to us", "contact us", "we appreciate", "your trust", "our website", "our site",
        "privacy policy", "terms of use", "terms of service", "ethics policy", "via email",
        "our newsroom", "independent journalism", "this article was", "ai-generated", "affiliate",
    ]

    /// The publisher speaking of how it works: `we`, `our` and `us` again and again beside the
    /// words of editorial practice, and no quotation (a source quoted on its own policy is story).
    private static func isEditorialVoice(lower: String, words: Int) -> Bool {
        guard words >= 15, words <= 150, !lower.unicodeScalars.contains(where: quotationMarks.contains) else { return false }
        // Word by word on the bytes, no word made a `String`: every block of prose is asked.
        var ourselves = 0
        var practices: [String] = []
        var text = lower
        text.withUTF8 { bytes in
            Words.forEachWordRange(bytes) { range in
                let word = bytes[range]
                if firstPersonPlural.contains(bytes: word) {
                    ourselves += 1
                } else if practices.count < 2, editorialPractice.contains(bytes: word) {
                    let practice = String(decoding: word, as: UTF8.self)
                    if !practices.contains(practice) { practices.append(practice) }
                }
            }
        }
        return ourselves >= 3 && practices.count >= 2
    }

    private static let quotationMarks: Set<Unicode.Scalar> = ["\"", "“", "”", "«", "»"]

    private static let firstPersonPlural: WordSet = ["we", "our", "us", "ours", "we're", "we've"]

    private static let editorialPractice: WordSet = [
        "editorial", "editors", "editor", "accuracy", "accurate", "error", "errors", "correction", "corrections",
        "transparency", "transparent", "policy", "policies", "standards", "guidelines", "reviewed", "review", "newsroom",
        "journalism", "journalists", "reporters", "content", "trust", "readers", "ethics", "fact-checked", "verified",
        "independent", "impartial", "sources",
    ]

    /// `Example.com (Example News Agency) is a real-time news provider …`: a site's name, as its
    /// address, the subject of a sentence that says what kind of publication it is.
    private static func isPublisherBlurb(lower: String, words: Int) -> Bool {
        guard words >= 12, words <= 120 else { return false }
        // Only the first six words can name the subject; the pattern search runs on them alone.
        var spaces = 0
        let headEnd = lower.firstIndex { character in
            if character == " " { spaces += 1 }
            return spaces == 6
        } ?? lower.endIndex
        guard lower[..<headEnd].utf8.contains(0x2E),
              let domain = lower[..<headEnd].range(of: #"[a-z0-9-]+\.(com|net|org|co\.uk|info|news|[a-z]{2})\b"#, options: .regularExpression)
        else { return false }
        let after = Words.tokens(in: String(lower[domain.upperBound...])).prefix(12).map(String.init)
        guard after.contains(where: { copulas.contains($0) }) else { return false }
        return after.contains { publicationNouns.contains($0) }
    }

    private static let copulas: Set<String> = ["is", "es", "ist", "est", "e", "jest", "was"]

    private static let publicationNouns: Set<String> = [
        "news", "newspaper", "magazine", "media", "agency", "outlet", "publication", "portal", "website", "site", "provider",
        "journal", "broadcaster", "publisher", "noticias", "periodico", "diario", "zeitung", "nachrichten", "journal",
        "quotidien", "giornale", "gazeta",
    ]
}
