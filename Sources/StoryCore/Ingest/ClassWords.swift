import CLibXML2

/// Words in class names, ids and roles, and what they suggest about a box. They are weak
/// evidence: a box's own content decides with them (`PageEvidence`), and markup on the boxes
/// around the story never removes it.
enum ClassWords {
    /// The words of a box's class, id and role, lowercased (`l-sidebar-fixed` → l, sidebar, fixed).
    static func words(of node: xmlNodePtr) -> [Substring] {
        ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "") + " " + (node.attribute("role") ?? ""))
            .lowercased().split(whereSeparator: { !$0.isLetter })
    }

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
        "byline": .byline, "dateline": .dateline, "timestamp": .dateline,
    ]

    /// Furniture words that remove a box whatever it holds, outside the boxes around the story:
    /// comments, notices and share bars can be long prose, and are still not the story.
    static let decisive: Set<String> = [
        "comment", "comments", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
        "signup", "share", "sharing", "social", "ad", "ads", "advert", "advertisement", "sponsored",
    ]

    /// Words that name the story's own box.
    static let story: Set<Substring> = [
        "article", "body", "content", "entry", "hentry", "main", "post", "text", "story", "blog", "articlebody",
    ]
}
