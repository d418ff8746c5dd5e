import CLibXML2

/// Words in class names, ids and roles, and what they suggest about a box. They are weak
/// evidence: a box's own content decides with them (`PageEvidence`), and markup on the boxes
/// around the story never removes it.
enum ClassWords {
    /// The words of a box's class, id and role, lowercased (`l-sidebar-fixed` → l, sidebar, fixed).
    /// Taxonomy classes that name what a post is filed under (`tag-cookies`, `category-ads`) say
    /// nothing about the box and are left out.
    static func words(of node: xmlNodePtr) -> [Substring] {
        let attributes = [node.attribute("class"), node.attribute("id"), node.attribute("role")].compactMap { $0 }
        guard !attributes.isEmpty else { return [] }
        return attributes.joined(separator: " ").lowercased()
            .utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
            .compactMap(Substring.init)
            .filter { name in !taxonomyPrefixes.contains { name.utf8.starts(with: $0.utf8) } }
            .flatMap(parts)
    }

    /// The letter runs of one class name (`post-author-info` → post, author, info). Bytes from
    /// 0x80 up count as letters: class names are nearly all ASCII, and every box of every page
    /// is named through here, so no Unicode property is looked up.
    static func parts(_ name: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start: String.Index?
        var index = name.utf8.startIndex
        while index != name.utf8.endIndex {
            let byte = name.utf8[index]
            let isLetter = byte >= 0x80 || (0x61...0x7A).contains(byte | 0x20)
            if isLetter, start == nil { start = index }
            if !isLetter, let first = start {
                parts.append(name[first..<index])
                start = nil
            }
            index = name.utf8.index(after: index)
        }
        if let first = start { parts.append(name[first...]) }
        return parts
    }

    /// Class prefixes of a CMS's taxonomy (WordPress: `tag-news`, `category-politics`).
    static let taxonomyPrefixes = ["tag-", "tags-", "category-", "cat-", "topic-", "format-", "status-"]

    /// Words on a box, or on one of the three around it, that mean it is never the story's box.
    static let neverStory: Set<Substring> = [
        "cookie", "cookies", "consent", "gdpr", "dsgvo", "cmplz", "modal", "popup", "dialog", "overlay", "flyout",
        "offcanvas", "login", "comment", "comments", "reviews", "related",
    ]

    /// Words that name page furniture, and the reason a box so named is removed.
    static let furniture: [String: RemovalReason] = [
        "related": .relatedLinks, "recommended": .relatedLinks, "recirculation": .relatedLinks, "teaser": .teaser,
        "teasers": .teaser, "more": .relatedLinks, "trending": .relatedLinks, "popular": .relatedLinks,
        "share": .share, "sharing": .share, "social": .share, "newsletter": .newsletter, "subscribe": .newsletter,
        "subscription": .newsletter, "signup": .newsletter, "cookie": .cookieNotice, "cookies": .cookieNotice,
        "consent": .cookieNotice, "gdpr": .cookieNotice, "comment": .comments, "comments": .comments,
        "ad": .advertisement, "ads": .advertisement, "advert": .advertisement, "advertisement": .advertisement,
        "sponsored": .advertisement, "promo": .promotion, "breadcrumb": .breadcrumb, "breadcrumbs": .breadcrumb,
        "tags": .tags, "tag": .tags, "skip": .navigation, "menu": .navigation, "navbar": .navigation,
        "sidebar": .relatedLinks, "footer": .copyright, "copyright": .copyright, "masthead": .masthead,
        "byline": .byline, "dateline": .dateline, "timestamp": .dateline, "bio": .byline, "disclaimer": .editorialPolicy,
        "cta": .promotion, "embed": .promotion, "textwidget": .relatedLinks,
    ]

    /// Furniture words that remove a box whatever it holds, outside the boxes around the story:
    /// comments, notices and share bars can be long prose, and are still not the story.
    static let decisive: Set<String> = [
        "comment", "comments", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
        "signup", "share", "sharing", "social", "advertisement", "sponsored", "bio", "disclaimer", "cta", "embed",
    ]

    /// A box about the author (`author-box`, `about-author`, `post-author-info`): one class or id
    /// name joining `author` to a word for a box about someone. A bare `author` names a byline,
    /// and `author-article` an article; neither is such a box.
    static func isAuthorBox(_ node: xmlNodePtr) -> Bool {
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard Words.has(names, "author") else { return false }
        return names.split(separator: " ").contains { name in
            let parts = parts(name)
            return parts.contains { $0 == "author" || $0 == "authors" } && parts.contains { authorBoxWords.contains($0) }
        }
    }

    static let authorBoxWords: Set<Substring> = ["box", "bio", "biography", "description", "profile", "info", "about", "details", "card"]

    /// Words that name an element holding a date, in the languages class names are written in.
    static let dateWords: Set<Substring> = ["date", "datum", "fecha", "data", "pubdate", "dateline", "timestamp", "datetime"]

    /// Words that name the story's own box.
    static let story: Set<Substring> = [
        "article", "body", "content", "entry", "hentry", "main", "post", "text", "story", "blog", "articlebody",
    ]
}
