/// Everyone the story names as speaking, merged across spellings and outlets.
///
/// Full names come first; a surname or an honorific with a surname (`Okafor`, `Ms Okafor`)
/// then joins the one person with that surname, or, when several share it, the one the same
/// article named in full. Two full names with different first names stay two people.
struct PersonRegistry {
    struct Person {
        /// Each spelling and role, with the articles that use it: an outlet counts once however often it repeats a name.
        var forms: [String: Set<Int>] = [:]
        /// When each form was first seen, to break ties in favour of the earlier spelling.
        var firstSeen: [String: Int] = [:]
        var roles: [String: Set<Int>] = [:]
        var gender: Gender?
        var firstKey: String?
        var surnameKey: String
        var articles: Set<Int> = []
        var order: Int
        var isSpeaker = false
        /// Set for a described source (`officials`, `the company`), which no name can join.
        var described: SpeakerKind?
        /// Named as a body speaks: `the Harbor Times reported`, `a spokeswoman for Keller Marine`.
        var speaksAsBody = false
        /// Worked out as forms and roles are noted: `kind` is asked for every candidate of every
        /// pronoun, and must not fold names and roles again each time.
        var nameLooksLikeBody = false
        var hasPersonalRole = false
        /// The last word of each form, folded: `the ministry` is asked of them.
        var heads: Set<String> = []
    }

    private(set) var people: [Person] = []
    private var seen = 0
    /// People by surname and by first name, in registration order: a big story names thousands,
    /// and a lookup must not scan them all.
    private var bySurname: [String: [Int]] = [:]
    private var byFirstName: [String: [Int]] = [:]
    /// People by each word of their roles, so that `the deputy minister` need not look at everyone
    /// named so far.
    private var byRoleWord: [String: [Int]] = [:]
    /// People and bodies by the short form their full name spells: `RFS` is the Regional Fire Service.
    private var byInitials: [String: [Int]] = [:]

    /// A full name's keys and its first name's gender, worked out once per spelling: a story
    /// names the same few people thousands of times, and registering them goes in turn, after
    /// the articles are read: no mention should be split and keyed again.
    private struct FullName {
        let first: String
        let surname: String
        let gender: Gender?
        /// The short form a body's name would have (`Regional Fire Service` → `RFS`).
        let initials: String?

        /// A name of two words or more, keyed by its first and last word; nil for one word.
        init?(_ name: String) {
            let words = PersonRegistry.nameWords(name)
            guard words.count >= 2 else { return nil }
            first = PersonNames.key(words[0])
            surname = PersonNames.key(words[words.count - 1])
            gender = PersonNames.gender(ofFirstName: String(words[0]))
            initials = Acronyms.initials(of: name)
        }
    }

    private var fullNames: [String: FullName?] = [:]
    /// The key of each one-word name registered or mentioned, for the same reason.
    private var shortKeys: [String: String] = [:]

    private mutating func fullName(_ name: String) -> FullName? {
        if let known = fullNames[name] { return known }
        let made = FullName(name)
        fullNames[name] = made
        return made
    }

    /// Works out a one-word name's key now, so that looking it up later (on both cores) need not.
    mutating func noteShortName(_ name: String) {
        if shortKeys[name] == nil { shortKeys[name] = PersonNames.key(name) }
    }

    /// The gender a full name's first name implies, if any.
    mutating func firstNameGender(_ name: String) -> Gender? {
        fullName(name)?.gender
    }

    /// Registers a full name (two words or more); returns the person.
    @discardableResult
    mutating func registerFull(_ name: String, role: String?, honorific: String?, article: Int, speaking: Bool, order: Int) -> Int? {
        guard let full = fullName(name) else { return nil }
        let first = full.first
        let surname = full.surname
        let index = person(first: first, surname: surname) ?? add(Person(firstKey: first, surnameKey: surname, order: order))
        if people[index].firstKey == nil {
            people[index].firstKey = first
            byFirstName[first, default: []].append(index)
            byFirstName[first]?.sort()
        }
        note(index, form: name, role: role, honorific: honorific, article: article, speaking: speaking)
        if people[index].gender == nil { people[index].gender = full.gender }
        if let initials = full.initials, byInitials[initials]?.contains(index) != true { byInitials[initials, default: []].append(index) }
        return index
    }

    private func person(first: String, surname: String) -> Int? {
        bySurname[surname]?.first { Self.sameFirstName(people[$0].firstKey, first) }
    }

    private mutating func add(_ person: Person) -> Int {
        people.append(person)
        let index = people.count - 1
        bySurname[person.surnameKey, default: []].append(index)
        if let first = person.firstKey { byFirstName[first, default: []].append(index) }
        return index
    }

    /// `Sergei`/`Sergey` (already one key), or an initial and the name it stands for.
    private static func sameFirstName(_ known: String?, _ other: String) -> Bool {
        guard let known else { return true }
        if known == other { return true }
        // Different first bytes, different first letters: most people sharing a surname leave
        // here, before their characters are counted (a grapheme walk).
        guard known.utf8.first == other.utf8.first else { return false }
        if known.count == 1 || other.count == 1 { return known.first == other.first }
        return isVowelSlip(known, other)
    }

    /// `Kristen`/`Kristin`, `Katharine`/`Katherine`: one vowel written for another in a first name
    /// of five letters or more, the surname being the same, is a slip, not a second person.
    private static func isVowelSlip(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count, x.count >= 5 else { return false }
        let differing = x.indices.filter { x[$0] != y[$0] }
        let vowels: Set<UInt8> = Set("aeiou".utf8)
        return differing.count == 1 && vowels.contains(x[differing[0]]) && vowels.contains(y[differing[0]])
    }

    /// The person a name refers to: a full name by surname and first name, a single word by
    /// `resolveShort`. The same matching `registerFull` merges by, so lookups and merges agree.
    func find(_ name: String, article: Int) -> Int? {
        // Every spelling registration saw is already split and keyed, so a mention is not split
        // and keyed again: a story mentions the same few names thousands of times.
        guard let full = fullNames[name] ?? FullName(name) else { return resolveShort(name, article: article) }
        return person(first: full.first, surname: full.surname)
    }

    /// A one-word name: the person with that surname (or first name), preferring one named in `article`.
    func resolveShort(_ name: String, article: Int) -> Int? {
        let key = shortKeys[name] ?? PersonNames.key(name)
        let matches = bySurname[key] ?? byFirstName[key] ?? (Acronyms.isShortForm(name) ? byInitials[name] : nil) ?? []
        if matches.count == 1 { return matches[0] }
        let here = matches.filter { people[$0].articles.contains(article) }
        if here.count == 1 { return here[0] }
        // Several here with that surname: the one who speaks, when only one does.
        let speaking = (here.isEmpty ? matches : here).filter { people[$0].isSpeaker }
        return speaking.count == 1 ? speaking[0] : nil
    }

    /// A described source, one per wording across the story (`officials`, `the company`,
    /// `senior Pentagon official`): keyed so that no name can ever join it.
    mutating func registerDescribed(_ words: String, kind: SpeakerKind, article: Int, order: Int) -> Int {
        let key = "#" + Words.fold(words)
        if let known = bySurname[key]?.first {
            note(known, form: words, role: nil, honorific: nil, article: article, speaking: true)
            return known
        }
        let index = add(Person(firstKey: nil, surnameKey: key, order: order, described: kind))
        note(index, form: words, role: nil, honorific: nil, article: article, speaking: true)
        return index
    }

    mutating func noteSpeaksAsBody(_ index: Int) {
        people[index].speaksAsBody = true
    }

    /// What a speaker is: a described source as described; a name is a person when a first name,
    /// an honorific or a pronoun says so, a body when its words or the way it speaks say so.
    func kind(_ index: Int) -> SpeakerKind {
        let person = people[index]
        if let described = person.described { return described }
        if person.gender != nil { return .person }
        // `Professor Cres Eastman, Director of …`: a person's role outweighs `said it is crucial`.
        if person.hasPersonalRole { return .person }
        if person.speaksAsBody || person.nameLooksLikeBody { return .organization }
        return .person
    }

    /// Registers a one-word name that no full name explains (`Parliament`, `Eldra`): its own speaker.
    @discardableResult
    mutating func registerSingle(_ name: String, role: String?, honorific: String?, article: Int, speaking: Bool, order: Int) -> Int {
        noteShortName(name)
        if let index = resolveShort(name, article: article) {
            note(index, form: name, role: role, honorific: honorific, article: article, speaking: speaking)
            return index
        }
        let index = add(Person(firstKey: nil, surnameKey: shortKeys[name] ?? PersonNames.key(name), order: order))
        note(index, form: name, role: role, honorific: honorific, article: article, speaking: speaking)
        return index
    }

    mutating func note(_ index: Int, form: String, role: String?, honorific: String?, article: Int, speaking: Bool) {
        let display = honorific.map { _ in form } ?? form
        if people[index].forms[display] == nil {
            if !people[index].nameLooksLikeBody, SpeakerKinds.isOrganizationName(display) { people[index].nameLooksLikeBody = true }
            if let last = display.spaceSeparated().last { people[index].heads.insert(Words.fold(last)) }
        }
        people[index].forms[display, default: []].insert(article)
        if people[index].firstSeen[display] == nil { people[index].firstSeen[display] = seen; seen += 1 }
        if let role {
            if people[index].roles[role] == nil, !people[index].hasPersonalRole,
               Self.roleWords(role).contains(where: { SpeakerPhrase.roleWords.contains($0) && !SpeakerPhrase.roleModifiers.contains($0) && !SpeakerKinds.organizationNouns.contains($0) })
            {
                people[index].hasPersonalRole = true
            }
            if people[index].roles[role] == nil {
                for word in Self.roleWords(role) where byRoleWord[word]?.last != index { byRoleWord[word, default: []].append(index) }
            }
            people[index].roles[role, default: []].insert(article)
        }
        if let honorific, let gender = SpeakerPhrase.honorifics[honorific] ?? nil { people[index].gender = gender }
        people[index].articles.insert(article)
        if speaking { people[index].isSpeaker = true }
    }

    mutating func noteGender(_ index: Int, _ gender: Gender) {
        if people[index].gender == nil { people[index].gender = gender }
    }

    /// The name to show: the most used full form, else the most used form.
    func displayName(_ index: Int) -> String {
        let forms = people[index].forms
        let full = forms.filter { Self.nameWords($0.key).count >= 2 }
        let pool = full.isEmpty ? forms : full
        let order = people[index].firstSeen
        return pool.max { ($0.value.count, -(order[$0.key] ?? 0)) < ($1.value.count, -(order[$1.key] ?? 0)) }?.key ?? ""
    }

    func aliases(_ index: Int) -> [String] {
        let name = displayName(index)
        return people[index].forms.keys.filter { $0 != name }.sorted()
    }

    /// The role most often given, the more specific on a tie.
    func role(_ index: Int) -> String? {
        people[index].roles.max { ($0.value.count, $0.key.count) < ($1.value.count, $1.key.count) }?.key
    }

    func roleMatches(_ index: Int, _ reference: String) -> Bool {
        // Split on bytes (`spaceSeparated`), not by the generic `split`: this runs in turn, for each candidate.
        let parts = reference.spaceSeparated()
        guard let head = parts.last.map(String.init) else { return false }
        // A role's words are indexed as roles are noted (`byRoleWord`, the same folding and
        // splitting): refolding every role of the person on each call, and working out their
        // display name again for each word, would make this grow with the size of the story.
        if byRoleWord[head]?.contains(index) == true { return true }
        let words = Set(parts.map(String.init)).subtracting(["the", "a"])
        let name = displayName(index).lowercased().spaceSeparated()
        return words.contains { word in name.contains(Substring(word)) }
    }

    /// Whether `the ministry`, `the company` can be this body: the same head word (`Interior
    /// Ministry`), or a noun any body answers to.
    func bodyMatches(_ index: Int, _ role: String) -> Bool {
        guard let head = role.spaceSeparated().last.map(String.init) else { return false }
        let heads = people[index].heads
        if heads.contains(head) { return true }
        // `the newspaper` is a newspaper's name; `the company` is any body's but a newspaper's.
        let isMedia = heads.contains(where: SpeakerKinds.mediaHeads.contains)
        if SpeakerKinds.mediaNouns.contains(head) { return isMedia }
        return Self.anyBody.contains(head) && !isMedia && !heads.contains(where: Self.publicBodies.contains)
    }

    /// `the port authority`: the one body in the story whose name ends in `Authority` and holds
    /// `port`, when only one does.
    mutating func bestBodyMatch(_ role: String) -> Int? {
        // Asked again for every `the school said` of a big story: answered once while the
        // registry holds the same people.
        if let known = bodyMatches[role], known.people == people.count { return known.match }
        let match = findBestBody(role)
        bodyMatches[role] = (people.count, match)
        return match
    }

    private var bodyMatches: [String: (people: Int, match: Int?)] = [:]

    private func findBestBody(_ role: String) -> Int? {
        let words = role.spaceSeparated().map(String.init)
        guard let head = words.last, words.count >= 2 else { return nil }
        let modifiers = words.dropLast().filter { !SpeakerKinds.determiners.contains($0) }
        guard !modifiers.isEmpty else { return nil }
        let fitting = people.indices.filter { index in
            people[index].described == nil && kind(index) == .organization && people[index].forms.keys.contains { form in
                let parts = form.spaceSeparated().map { Words.fold($0) }
                return parts.last == head && modifiers.allSatisfy(parts.contains)
            }
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    private static let anyBody: WordSet = [
        "company", "firm", "corporation", "business", "group", "organization", "organisation", "maker", "operator", "carrier",
        "manufacturer", "retailer", "developer", "utility", "insurer", "lender",
    ]

    /// Heads of public bodies, which `the company` never means.
    private static let publicBodies: WordSet = [
        "ministry", "department", "agency", "office", "council", "committee", "commission", "government", "administration",
        "police", "army", "court", "parliament", "senate", "congress", "embassy", "university", "school", "hospital", "party",
    ]

    /// Whether `the Russian official` can be this person: every modifier of the reference
    /// (`russian`) appears in their roles; a bare `the official` always can.
    func sharesModifiers(_ index: Int, _ reference: String) -> Bool {
        let words = Words.fold(reference).replacingOccurrences(of: "'s", with: "").split(whereSeparator: { !$0.isLetter }).map(String.init)
        let modifiers = Set(words.dropLast()).subtracting(["the", "a", "an"])
        guard !modifiers.isEmpty else { return true }
        let known = Set(people[index].roles.keys.flatMap(Self.roleWords))
        // `russia` meets `russian`: a shared stem of four letters or more counts.
        return modifiers.allSatisfy { modifier in
            known.contains { word in word == modifier || (min(word.count, modifier.count) >= 4 && (word.hasPrefix(String(modifier.prefix(4))))) }
        }
    }

    /// The one person whose roles share the most words with `reference` (`deputy foreign minister`).
    func bestRoleMatch(_ reference: String) -> Int? {
        let wanted = Set(Self.roleWords(reference)).filter { SpeakerPhrase.roleWords.contains($0) }
        guard !wanted.isEmpty else { return nil }
        // Only people with one of the wanted words in a role can score.
        let candidates = Set(wanted.flatMap { byRoleWord[$0] ?? [] }).sorted()
        // Every qualifier must fit too: `Syria's interim leader` is not `the ousted leader of Syria`.
        let scored = candidates.map { index -> (Int, Int) in
            let words = Set(people[index].roles.keys.flatMap(Self.roleWords))
            return (index, words.intersection(wanted).count)
        }.filter { $0.1 > 0 && sharesModifiers($0.0, reference) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), scored.filter({ $0.1 == best.1 }).count == 1 else { return nil }
        return best.0
    }

    private static func roleWords(_ role: String) -> [String] {
        Words.fold(role).split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    private static func nameWords(_ name: String) -> [Substring] {
        name.spaceSeparated()
    }
}
