/// Who said what: finds every statement in every article, resolves its speaker, and groups
/// the outlets' wordings of the same statement.
public enum QuoteAnalyzer {
    /// `terms`: the words of the story's paragraphs (`StoryTerms.of(story)`), when already counted.
    public static func analyze(_ story: Story, terms: StoryTerms? = nil) -> QuoteAnalysis {
        // The story's words, when not given, are gathered with each article's quotations: usually
        // the counts the article carries from the normalizer (`StoryTerms.Tally.of`), else counted here.
        let perArticle = Parallel.map(story.articles) { article in
            (found: QuoteFinder.find(in: article.paragraphs), tally: terms == nil ? StoryTerms.Tally.of(article) : nil)
        }
        let found = perArticle.map(\.found)
        // Adding up the story's words and registering its people are independent and both in
        // turn: side by side, neither waits for the other.
        let (terms, named) = Parallel.both(
            { terms ?? StoryTerms(tallies: perArticle.compactMap(\.tally)) },
            { () -> PersonRegistry in
                var registry = PersonRegistry()
                register(found, into: &registry)
                return registry
            })

        // Who each article names is looked up on both cores: the lookups read only names and keys,
        // which resolving (it learns genders) does not change.
        var registry = named
        let resolvers = Parallel.map(Array(found.indices)) { SpeakerResolver(registry: named, article: $0, names: found[$0].names, findings: found[$0].findings) }
        var drafts: [MentionDraft] = []
        for (articleIndex, (findings, _)) in found.enumerated() {
            let article = story.articles[articleIndex]
            var resolver = resolvers[articleIndex]
            let speakers = resolver.resolve(findings, registry: &registry)
            for (finding, speaker) in zip(findings, speakers) {
                drafts.append(
                    MentionDraft(
                        article: articleIndex, articleID: article.id, paragraph: finding.paragraph, position: finding.position,
                        kind: finding.kind, text: finding.text, context: finding.context, speaker: speaker,
                        speakerText: finding.referenceText))
            }
        }
        return assemble(drafts: drafts, registry: registry, terms: terms)
    }

    /// Two words or more. By byte: `String.contains(" ")` goes through Foundation, and every name is asked.
    private static func isFullName(_ name: String) -> Bool {
        name.firstUTF8Index(of: 0x20) != nil
    }

    /// Full names first, so that surnames and honorifics have someone to join.
    private static func register(_ found: [(findings: [Finding], names: [NameMention])], into registry: inout PersonRegistry) {
        var order = 0
        for (article, (findings, names)) in found.enumerated() {
            for finding in findings {
                order += 1
                if case .name(let name, let role, let honorific) = finding.reference, isFullName(name),
                   let index = registry.registerFull(name, role: role, honorific: honorific, article: article, speaking: true, order: order),
                   speaksAsBody(finding)
                {
                    registry.noteSpeaksAsBody(index)
                }
            }
            for mention in names {
                order += 1
                guard case .name(let name, let role, let honorific) = mention.reference else { continue }
                guard isFullName(name) else {
                    registry.noteShortName(name)
                    continue
                }
                if mention.bodyAfter {
                    let index = registry.registerFull(name, role: role, honorific: honorific, article: article, speaking: false, order: order)
                    if let index { registry.noteSpeaksAsBody(index) }
                    continue
                }
                // Someone the story names without quoting: a person when a title or a first name says
                // so; a body when its name does (`the company` may mean it later).
                if role != nil || honorific != nil || registry.firstNameGender(name) != nil || SpeakerKinds.isOrganizationName(name) {
                    registry.registerFull(name, role: role, honorific: honorific, article: article, speaking: false, order: order)
                }
            }
        }
        // `operations director at Nordvale Hydro`: what someone's role names them as working for is a body.
        for index in registry.people.indices {
            for role in registry.people[index].roles.keys {
                guard let body = SpeakerKinds.affiliation(inRole: role), let person = registry.find(body, article: registry.people[index].articles.min() ?? 0),
                      person != index
                else { continue }
                registry.noteSpeaksAsBody(person)
            }
        }
        for (article, (findings, _)) in found.enumerated() {
            for finding in findings {
                order += 1
                if case .name(let name, let role, let honorific) = finding.reference, !isFullName(name) {
                    let index = registry.registerSingle(name, role: role, honorific: honorific, article: article, speaking: true, order: order)
                    if speaksAsBody(finding) { registry.noteSpeaksAsBody(index) }
                }
            }
        }
    }

    /// `the Harbor Times reported`, `X said it would…`: a name spoken of as a body.
    private static func speaksAsBody(_ finding: Finding) -> Bool {
        // `The United States said it rejected the ruling`: a body says `it` of itself.
        if finding.kind == .indirect, finding.text.hasPrefix("it ") || finding.text.hasPrefix("its ") { return true }
        guard let text = finding.referenceText else { return false }
        return text.hasPrefix("the ") || text.hasPrefix("The ")
    }

    private static func assemble(drafts: [MentionDraft], registry: PersonRegistry, terms: StoryTerms) -> QuoteAnalysis {
        let groups = StatementGrouper.group(drafts, terms: terms).map { $0.sorted { (drafts[$0].article, drafts[$0].position) < (drafts[$1].article, drafts[$1].position) } }
            .sorted { (drafts[$0[0]].article, drafts[$0[0]].position) < (drafts[$1[0]].article, drafts[$1[0]].position) }

        // Each group's wording, speaker and relations on both cores; only numbering speakers and
        // statements goes in turn (comparing each wording with its group's is the heavy part).
        let built = Parallel.map(groups) { group -> (text: String, kind: QuoteKind, person: Int?, mentions: [StatementMention]) in
            let members = group.map { drafts[$0] }
            let lengths = members.map(\.text.characterCount)
            let rank = { (m: MentionDraft) in m.kind == .direct ? 2 : m.kind == .partial ? 0 : 1 }
            let representative = members[members.indices.max { (rank(members[$0]), lengths[$0]) < (rank(members[$1]), lengths[$1]) }!]
            let votes = members.compactMap(\.speaker).reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
            let person = votes.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
            let kind: QuoteKind = members.contains { $0.kind == .direct } ? .direct : members.contains { $0.kind == .partial } ? .partial : .indirect
            let mentions = members.map { member in
                StatementMention(
                    article: member.articleID, paragraph: member.paragraph, kind: member.kind, text: member.text,
                    relation: StatementGrouper.relation(of: member, to: representative), speakerText: member.speakerText)
            }
            return (representative.text, kind, person, mentions)
        }
        var speakerIDs: [Int: String] = [:]
        var speakers: [Speaker] = []
        var statements: [Statement] = []
        for statement in built {
            var speakerID: String?
            if let person = statement.person {
                if speakerIDs[person] == nil {
                    let id = "s\(speakers.count + 1)"
                    speakerIDs[person] = id
                    speakers.append(
                        Speaker(
                            id: id, name: registry.displayName(person), kind: registry.kind(person), aliases: registry.aliases(person),
                            role: registry.role(person)))
                }
                speakerID = speakerIDs[person]
            }
            statements.append(Statement(id: "q\(statements.count + 1)", speaker: speakerID, kind: statement.kind, text: statement.text, mentions: statement.mentions))
        }
        return QuoteAnalysis(speakers: speakers, statements: statements)
    }
}

/// Resolves each finding's speaker reference in one article: names to people, `he` and `she`
/// to the nearest person the pronoun can mean, `the minister` to the last minister named.
struct SpeakerResolver {
    struct Event {
        var position: Int
        var sentence: Int
        var person: Int
        var speaking: Bool
        var first: Bool
    }

    let article: Int
    private var events: [Event] = []
    /// The person each finding names, where it names one: found with the article's other names,
    /// on both cores, so that resolving, which goes in turn, need not look it up.
    private var named: [Int?] = []

    init(registry: PersonRegistry, article: Int, names: [NameMention], findings: [Finding]) {
        self.article = article
        for mention in names {
            guard case .name(let name, _, _) = mention.reference, let person = registry.find(name, article: article) else { continue }
            events.append(Event(position: mention.position, sentence: mention.sentence, person: person, speaking: false, first: mention.firstInSentence))
        }
        named = findings.map { finding in
            guard case .name(let name, _, _)? = finding.reference else { return nil }
            return registry.find(name, article: article)
        }
    }

    mutating func resolve(_ findings: [Finding], registry: inout PersonRegistry) -> [Int?] {
        var result: [Int?] = []
        for (index, finding) in findings.enumerated() {
            var person: Int?
            switch finding.reference {
            case .name?:
                person = named[index]
            case .pronoun(let gender)?:
                person = nearest(before: finding, registry: registry) {
                    registry.kind($0) == .person && (registry.people[$0].gender == nil || registry.people[$0].gender == gender)
                }
                if let person { registry.noteGender(person, gender) }
            case .plural?:
                // `they`: a group or a body that spoke just before; else nobody is guessed.
                person = nearest(before: finding, registry: registry, speakingOnly: true) { registry.kind($0) != .person }
                    ?? nearest(before: finding, registry: registry, within: 2) { registry.kind($0) != .person }
            case .role(let role)?:
                person = resolveRole(role, finding: finding, registry: &registry)
            case nil:
                if finding.continuesPrevious, index > 0, findings[index - 1].paragraph >= finding.paragraph - 1 { person = result[index - 1] }
            }
            if let person {
                events.append(Event(position: finding.position, sentence: finding.sentence, person: person, speaking: true, first: true))
            }
            result.append(person)
        }
        return result
    }

    /// `the minister`: the person the story names with that role; `the company`: the body it
    /// names; else a described source in the article's words (`officials`, `the mayor`), or the
    /// body a spokesman speaks for. Never the last speaker by default.
    private func resolveRole(_ role: String, finding: Finding, registry: inout PersonRegistry) -> Int? {
        let kind = SpeakerKinds.kind(ofRole: role)
        switch kind {
        case .person:
            if let found = nearest(before: finding, registry: registry, where: { registry.kind($0) == .person && registry.roleMatches($0, role) && registry.sharesModifiers($0, role) })
                ?? registry.bestRoleMatch(role)
            {
                return found
            }
        case .organization:
            // `…at St Anne's Hospital on Tuesday, the hospital said`: the body may be named in the statement itself.
            if let found = nearest(before: finding, registry: registry, wholeSentence: true, where: { registry.kind($0) == .organization && registry.bodyMatches($0, role) })
                ?? registry.bestBodyMatch(role)
            {
                return found
            }
        case .group:
            break
        }
        let words = (finding.referenceText ?? role).spaceSeparated().map(String.init)
        let kept = Array(words.drop { SpeakerKinds.determiners.contains(Words.fold($0)) })
        guard !kept.isEmpty else { return nil }
        // `a Keller Marine spokesman`, `a spokeswoman for Keller Marine`: the body speaks.
        if let spokes = kept.firstIndex(where: { SpeakerKinds.spokesRoles.contains(Words.fold($0)) }) {
            let before = kept[..<spokes].filter { $0.first?.isUppercase == true && !SpeakerPhrase.roleWords.contains(Words.fold($0)) }
            let after = kept[(spokes + 1)...].drop { ["for", "of", "at", "the"].contains(Words.fold($0)) }
            let body = before.count == spokes && !before.isEmpty ? Array(before)
                : after.allSatisfy({ $0.first?.isUppercase == true }) ? Array(after) : []
            if !body.isEmpty {
                let name = body.joined(separator: " ")
                let index = registry.find(name, article: article)
                    ?? (body.count >= 2
                        ? registry.registerFull(name, role: nil, honorific: nil, article: article, speaking: true, order: finding.position)
                        : registry.registerSingle(name, role: nil, honorific: nil, article: article, speaking: true, order: finding.position))
                if let index { registry.noteSpeaksAsBody(index) }
                return index
            }
        }
        // One person or body unnamed is `the mayor`, `the company`; many are `officials`.
        // `Syria's interim leader` needs no `the`.
        let possessed = kept.first.map { ["'s", "’s", "s'", "s’"].contains(where: $0.hasSuffix) } ?? false
        let display = (kind == .group || possessed ? [] : ["the"]) + kept.map { word in
            word.first?.isUppercase == true && (SpeakerPhrase.roleWords.contains(Words.fold(word)) || SpeakerPhrase.isBodyOrGroup(Words.fold(word))) ? Words.fold(word) : word
        }
        return registry.registerDescribed(display.joined(separator: " "), kind: kind == .organization ? .organization : .group, article: article, order: finding.position)
    }

    /// The person a reference most likely means: in the nearest sentence that has a fitting one,
    /// a speaker before a sentence subject before any other mention.
    private func nearest(
        before finding: Finding, registry: PersonRegistry, speakingOnly: Bool = false, within reach: Int = 6, wholeSentence: Bool = false,
        where fits: (Int) -> Bool
    ) -> Int? {
        let earlier = events.filter {
            ($0.position < finding.position || $0.sentence <= finding.sentence - (wholeSentence ? 0 : 1)) && (!speakingOnly || $0.speaking)
        }
        for sentence in stride(from: finding.sentence, through: max(0, finding.sentence - reach), by: -1) {
            let here = earlier.filter { $0.sentence == sentence && fits($0.person) }
            guard !here.isEmpty else { continue }
            let ranked = here.sorted { a, b in
                if a.speaking != b.speaking { return a.speaking }
                if a.first != b.first { return a.first }
                return a.position < b.position
            }
            return ranked.first?.person
        }
        return nil
    }
}
