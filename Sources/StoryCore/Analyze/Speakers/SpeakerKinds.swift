/// What a speaker is: a person, a body that speaks as one (a company, a ministry, a newspaper),
/// or a described source (`officials`, `residents`, `a senior Pentagon official`).
public enum SpeakerKind: String, Sendable, Codable {
    case person, organization, group
}

/// The words that tell the kinds of speakers apart.
enum SpeakerKinds {
    /// The last word of a body's name: `Harbor Authority`, `Keller Marine Inc`, `Harbor Times`.
    static let organizationHeads: WordSet = [
        "authority", "ministry", "department", "agency", "office", "council", "committee", "commission", "board",
        "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "co", "group", "holdings", "partners", "industries",
        "bank", "fund", "trust", "foundation", "institute", "university", "college", "school", "academy", "association",
        "federation", "league", "union", "society", "club", "party", "campaign", "church", "court", "police", "army",
        "navy", "military", "service", "services", "administration", "government", "parliament", "senate", "assembly",
        "congress", "embassy", "consulate", "organisation", "organization", "alliance", "coalition", "network",
        "center", "centre", "hospital", "clinic", "airline", "airlines", "airways", "motors", "systems", "technologies",
        "labs", "laboratories", "media", "press", "news", "times", "post", "journal", "herald", "tribune", "gazette",
        "ledger", "courier", "chronicle", "observer", "guardian", "telegraph", "independent", "express", "mirror",
        "daily", "weekly", "magazine", "review", "radio", "television", "tv", "broadcasting", "channel", "wire",
        "reuters", "bureau", "secretariat", "directorate", "inspectorate", "regulator", "watchdog", "exchange",
        "cooperative", "co-op", "firm", "team", "unit", "brigade", "force", "forces", "guard", "patrol",
        // States and their unions speak as bodies: `the United States said it …`.
        "states", "nations", "kingdom", "republic", "emirates", "federation", "confederation", "commonwealth",
    ]

    /// A role that speaks for a body: `a Keller Marine spokesman` speaks for Keller Marine.
    static let spokesRoles: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "representative",
        "representatives", "statement", "release", "press",
    ]

    /// Nouns for a body: `the company said`, `the newspaper reported`.
    static let organizationNouns: WordSet = [
        "company", "firm", "corporation", "business", "group", "organization", "organisation", "agency", "ministry",
        "department", "office", "authority", "government", "administration", "council", "committee", "commission",
        "board", "campaign", "party", "union", "court", "police", "army", "military", "newspaper", "paper", "daily",
        "magazine", "broadcaster", "network", "channel", "outlet", "station", "website", "site", "embassy", "operator",
        "airline", "bank", "regulator", "watchdog", "league", "club", "team", "university", "school", "hospital",
        "church", "service", "utility", "carrier", "maker", "manufacturer", "retailer", "insurer", "lender", "developer",
        "publisher", "studio", "label", "charity", "foundation", "institute", "association", "federation",
    ]

    /// Nouns for a described source of many people: `officials said`, `residents say`.
    static let groupNouns: WordSet = [
        "officials", "sources", "residents", "analysts", "experts", "researchers", "scientists", "authorities",
        "witnesses", "investigators", "critics", "supporters", "opponents", "protesters", "protestors", "lawmakers",
        "legislators", "aides", "advisers", "advisors", "diplomats", "prosecutors", "doctors", "economists", "observers",
        "organizers", "organisers", "activists", "campaigners", "locals", "villagers", "neighbours", "neighbors",
        "parents", "teachers", "students", "workers", "employees", "staff", "members", "leaders", "executives",
        "managers", "insiders", "people", "others", "many", "some", "several", "rescuers", "survivors", "relatives",
        "families", "farmers", "fishermen", "traders", "investors", "officers", "troops", "soldiers", "police",
        "firefighters", "engineers", "authors", "organisers", "negotiators", "mediators", "ministers", "senators",
        "republicans", "democrats", "conservatives", "liberals", "scholars", "historians", "lawyers", "attorneys",
        "spokesmen", "spokespeople", "representatives", "commentators", "pollsters", "forecasters", "meteorologists",
    ]

    /// Whether a name is a body's: its last word says so (`Regional Harbor Authority`), or it is a
    /// short form in capitals (`WHO`, `NASA`).
    static func isOrganizationName(_ name: String) -> Bool {
        let words = name.spaceSeparated()
        guard let last = words.last else { return false }
        let folded = last.utf8.allSatisfy { $0 < 0x80 } ? last.lowercased() : Words.fold(last)
        if organizationHeads.contains(folded.trimming(".")) { return true }
        guard words.count == 1 else { return false }
        let letters = last.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// The head of a described source and what it says of the kind: `officials` (group),
    /// `the company` (organization), `the minister` (a person to look for).
    static func kind(ofRole role: String) -> SpeakerKind {
        let head = role.spaceSeparated().last.map(String.init) ?? role
        if groupNouns.contains(head) { return .group }
        if organizationNouns.contains(head) { return .organization }
        return .person
    }

    /// `operations director at Nordvale Hydro` → `Nordvale Hydro`: the capitalized body after the
    /// last `at`, `of` or `for` of a role.
    static func affiliation(inRole role: String) -> String? {
        let words = role.spaceSeparated()
        guard let link = words.lastIndex(where: { ["at", "of", "for", "with"].contains($0) }) else { return nil }
        let body = words[(link + 1)...].drop { $0 == "the" }
        guard body.count >= 2, body.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return body.joined(separator: " ")
    }

    /// The last word of a newspaper's or broadcaster's name: `the newspaper` means one of these.
    static let mediaHeads: WordSet = [
        "times", "post", "news", "journal", "herald", "tribune", "gazette", "ledger", "courier", "chronicle", "observer",
        "guardian", "telegraph", "independent", "express", "mirror", "daily", "weekly", "magazine", "review", "radio",
        "television", "tv", "broadcasting", "channel", "wire", "press", "media", "network", "star", "sun", "globe",
        "standard", "record", "register", "examiner", "inquirer", "bulletin", "dispatch", "reporter", "today",
    ]

    /// Nouns that mean a newspaper or broadcaster.
    static let mediaNouns: WordSet = [
        "newspaper", "paper", "daily", "magazine", "outlet", "broadcaster", "network", "website", "site", "publication",
        "channel", "station", "tabloid", "weekly",
    ]

    /// Determiners in front of a described source, left out of its name.
    static let determiners: WordSet = ["the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "other", "its", "their"]
}
