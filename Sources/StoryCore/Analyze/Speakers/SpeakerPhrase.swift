/// How a sentence refers to whoever is speaking.
public enum SpeakerReference: Sendable, Equatable {
    /// A name as written, with the role and honorific that came with it.
    case name(String, role: String?, honorific: String?)
    /// `he`, `she`, `him`, `her`.
    case pronoun(Gender)
    /// `the minister`, `the company`: resolved to the last person or body with that role.
    case role(String)
}

public enum Gender: String, Sendable, Equatable {
    case male, female
}

/// Finds speaker phrases next to a speech verb: `Regional Transport Minister Ana Kovic said`,
/// `said Ines Carvalho, director of the port authority`, `he added`, `the minister said`.
enum SpeakerPhrase {
    /// The phrase ending just before `end` (the verb), reading backwards: subject position.
    static func before(_ tokens: [WordToken], end: Int) -> (SpeakerReference, Range<Int>)? {
        var index = end - 1
        while index >= 0, tokens[index].isWord, auxiliaries.contains(tokens[index].folded) { index -= 1 }
        // `the Regional Fire Service (RFS) said`: the short form in brackets is stepped over.
        if index >= 3, tokens[index].text == ")", tokens[index - 2].text == "(", tokens[index - 1].isWord,
           Acronyms.isShortForm(tokens[index - 1].text), tokens[index - 3].isCapitalized
        {
            index -= 3
        }
        guard index >= 0 else { return nil }
        // `Ines Carvalho, director of the authority, said`: step over the appositive.
        var role: String?
        if tokens[index].text == "," {
            guard let open = (max(0, index - 16)..<index).reversed().first(where: { tokens[$0].text == "," }) else { return nil }
            let appositive = Array(tokens[(open + 1)..<index])
            guard let first = appositive.first else { return nil }
            if appositive.allSatisfy({ $0.isWord && (isNamePart(appositive, appositive.firstIndex(of: $0)!) || $0.isCapitalized) }) {
                // `Eldra’s Chief Executive, Tomas Reyna, revealed`: the name sits between the commas.
                var roleStart = open
                while roleStart > 0, tokens[roleStart - 1].isWord || tokens[roleStart - 1].text == "’" || tokens[roleStart - 1].text == "'" { roleStart -= 1 }
                let before = Array(tokens[roleStart..<open]).filter(\.isWord)
                let leadingRole = before.last.map { roleWords.contains($0.folded) } == true ? before.map(\.text).joined(separator: " ") : nil
                return reference(appositive, appositiveRole: leadingRole).map { ($0, (open + 1)..<index) }
            }
            guard !first.isCapitalized || roleWords.contains(first.folded) else { return nil }
            role = roleText(appositive)
            index = open - 1
            guard index >= 0 else { return nil }
        }
        let token = tokens[index]
        if let gender = pronouns[token.folded] { return (.pronoun(gender), index..<(index + 1)) }
        if token.isCapitalized || (token.isWord && roleWords.contains(token.folded)) {
            var start = index
            while start > 0, isNamePart(tokens, start - 1) || (tokens[start - 1].isWord && roleWords.contains(tokens[start - 1].folded)) {
                start -= 1
            }
            return reference(Array(tokens[start...index]), appositiveRole: role).map { ($0, start..<(index + 1)) }
        }
        return nil
    }

    /// The phrase starting at `start` (just after the verb), reading forwards: `said Kovic`, `said the minister`.
    static func after(_ tokens: [WordToken], start: Int) -> (SpeakerReference, Range<Int>)? {
        guard start < tokens.count else { return nil }
        let token = tokens[start]
        if let gender = pronouns[token.folded], start + 1 >= tokens.count || !tokens[start + 1].isWord { return (.pronoun(gender), start..<(start + 1)) }
        var end = start
        if token.folded == "the" { end += 1 }
        // `according to climatologist Leon Haber`: a word for what someone does, before the name.
        if end + 1 < tokens.count, isOccupation(tokens[end]), isNamePart(tokens, end + 1) { end += 1 }
        while end < tokens.count, isNamePart(tokens, end) || (tokens[end].isWord && roleWords.contains(tokens[end].folded)) { end += 1 }
        guard end > start, end > start + (token.folded == "the" ? 1 : 0) else { return nil }
        var role: String?
        if end + 1 < tokens.count, tokens[end].text == "," {
            var stop = end + 1
            while stop < tokens.count, tokens[stop].text != ",", tokens[stop].text != ".", tokens[stop].text != ";", stop - end < 14 { stop += 1 }
            let appositive = Array(tokens[(end + 1)..<stop])
            if let first = appositive.first, !first.isCapitalized || roleWords.contains(first.folded) { role = roleText(appositive) }
        }
        let phrase = Array(tokens[start..<end]).filter { $0.folded != "the" || $0.range.lowerBound != tokens[start].range.lowerBound }
        return reference(phrase, appositiveRole: role).map { ($0, start..<end) }
    }

    /// A lowercase word shaped like an occupation (`climatologist`, `historian`, `consultant`):
    /// the role list cannot name every one.
    private static func isOccupation(_ token: WordToken) -> Bool {
        guard token.isWord, !token.isCapitalized, token.folded.utf8.count >= 5, !sentenceWords.contains(token.folded) else { return false }
        return roleWords.contains(token.folded) || occupationEndings.contains { token.folded.hasSuffix($0) }
    }

    /// The endings of words for what people do: `climatologist`, `historian`, `consultant`.
    private static let occupationEndings = ["ist", "ian", "er", "or", "ant", "ent", "eur"]

    /// Splits `Regional Transport Minister Ana Kovic` into role and name: the name is the
    /// run of capitalized words at the end, the role whatever titles and modifiers precede it.
    static func reference(_ phrase: [WordToken], appositiveRole: String?) -> SpeakerReference? {
        let words = phrase.filter(\.isWord)
        guard !words.isEmpty else { return nil }
        var split = words.count
        while split > 0, isNameLike(words[split - 1]) { split -= 1 }
        // `Regional Fire Service`, `Foreign Ministry`: capitalized role words before a body's
        // capitalized head are part of its name, not the role of someone called `Service`.
        if words.count >= 2, let head = words.last, head.isCapitalized, organizationWords.contains(head.folded) {
            while split > 0, words[split - 1].isCapitalized, !sentenceWords.contains(words[split - 1].folded) { split -= 1 }
        }
        let nameTokens = Array(words[split...])
        let leading = Array(words[..<split])
        let honorific = leading.last.map { $0.folded.trimming(".") }.flatMap { honorifics[$0] != nil ? $0 : nil }
        let roleTokens = leading.filter { !personalTitles.contains($0.folded.trimming(".")) && $0.folded != "the" }
        let premodifier = roleTokens.isEmpty ? nil : roleTokens.map(\.text).joined(separator: " ")
        guard !nameTokens.isEmpty else {
            // No name: `the minister`, `the company`, `officials`.
            guard let head = words.last, (roleWords.contains(head.folded) && !roleModifiers.contains(head.folded)) || organizationWords.contains(head.folded)
            else { return nil }
            return .role(words.filter { $0.folded != "the" }.map(\.folded).joined(separator: " "))
        }
        return .name(nameTokens.map(\.text).joined(separator: " "), role: appositiveRole ?? premodifier, honorific: honorific)
    }

    /// Titles that say how to address someone, not what they do.
    private static let personalTitles: WordSet = ["mr", "ms", "mrs", "miss", "dr", "sir", "dame", "monsieur", "madame", "herr", "frau", "senor", "senora"]

    static func isNamePart(_ tokens: [WordToken], _ index: Int) -> Bool {
        // Fields read in place: a copy of the token retains and releases two strings, and this is
        // asked of every word of every sentence.
        if tokens[index].isCapitalized, !sentenceWords.contains(tokens[index].folded), pronouns[tokens[index].folded] == nil { return true }
        // `Omar al-Hakim`, `Ludwig van Beethoven`: particles between capitalized words.
        // Asked of every word of every sentence: the neighbours are checked before the lookup.
        return index + 1 < tokens.count && index > 0 && tokens[index + 1].isCapitalized && tokens[index - 1].isCapitalized
            && particles.contains(tokens[index].folded)
    }

    private static func isNameLike(_ token: WordToken) -> Bool {
        (token.isCapitalized || particles.contains(token.folded)) && !roleWords.contains(token.folded) && !sentenceWords.contains(token.folded)
            && hasLetter(token.text)
    }

    /// Whether a word has a letter: a word starting with an ASCII letter (nearly every name) is
    /// answered on its first byte, without walking its `Character`s.
    private static func hasLetter(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, (0x61...0x7A).contains(first | 0x20) { return true }
        return text.contains(where: \.isLetter)
    }

    /// The role in an appositive: `director of the Valmora Port Authority`, but not `which operates the dam`.
    static func roleText(_ tokens: [WordToken]) -> String? {
        let words = tokens.filter(\.isWord)
        guard let first = words.first, !["which", "who", "whose", "where", "when", "speaking", "according", "adding"].contains(first.folded),
              words.count <= 10, words.contains(where: { roleWords.contains($0.folded) })
        else { return nil }
        var text = ""
        for token in tokens {
            if !text.isEmpty, token.isWord || "(&".contains(token.text) { text += " " }
            text += token.text
        }
        return text
    }

    static let pronouns = Pronouns()

    /// `he`, `him`, `she`, `her`, asked of every capitalized word (is it a name?): answered by two
    /// `WordSet` probes, not by hashing the word for a dictionary.
    struct Pronouns: Sendable {
        private let male: WordSet = ["he", "him"]
        private let female: WordSet = ["she", "her"]

        subscript(word: String) -> Gender? {
            male.contains(word) ? .male : female.contains(word) ? .female : nil
        }
    }

    static let auxiliaries: WordSet = [
        "also", "later", "then", "again", "further", "previously", "separately", "repeatedly", "has", "had", "have", "was",
        "is", "would", "will", "had", "reportedly", "once", "earlier", "publicly", "privately", "recently", "firmly",
        "flatly", "quickly", "simply", "only", "even", "still", "subsequently", "ultimately", "initially", "just", "did",
        "does", "could", "may", "might", "openly", "angrily", "calmly", "bluntly", "reportedly",
    ]

    static let honorifics: [String: Gender?] = [
        "mr": .male, "ms": .female, "mrs": .female, "miss": .female, "sir": .male, "dame": .female, "lord": .male,
        "lady": .female, "dr": nil, "prof": nil, "professor": nil, "president": nil, "mayor": nil, "minister": nil,
        "senator": nil, "sen": nil, "gen": nil, "general": nil, "judge": nil, "rev": nil, "father": .male, "king": .male,
        "queen": .female, "prince": .male, "princess": .female, "chancellor": nil, "governor": nil, "gov": nil,
        "rep": nil, "commissioner": nil, "ambassador": nil, "captain": nil, "capt": nil, "col": nil, "sheikh": .male,
        "monsieur": .male, "madame": .female, "herr": .male, "frau": .female, "senor": .male, "senora": .female,
    ]

    static let roleWords: WordSet = [
        "minister", "deputy", "foreign", "president", "prime", "secretary", "spokesperson", "spokesman", "spokeswoman",
        "director", "chief", "head", "general", "mayor", "governor", "senator", "chairman", "chairwoman", "chair", "ceo",
        "commissioner", "ambassador", "envoy", "leader", "official", "officials", "officer", "captain", "commander",
        "inspector", "professor", "engineer", "operator", "manager", "analyst", "expert", "lawyer", "attorney", "judge",
        "prosecutor", "researcher", "economist", "adviser", "advisor", "aide", "representative", "lawmaker", "mp",
        "councillor", "councilor", "owner", "founder", "chairperson", "coordinator", "superintendent", "sheriff",
        "chancellor", "premier", "vice", "assistant", "acting", "former", "interim", "executive", "senior", "defence",
        "defense", "interior", "transport", "finance", "health", "justice", "state", "operations", "regional",
        "national", "federal", "press", "union", "party", "police", "fire", "emergency", "general-secretary",
        "secretary-general", "dr", "mr", "ms", "mrs", "prof", "witness", "resident", "residents", "spokesmen",
        "diplomat", "negotiator", "correspondent", "reporter", "editor", "activist", "campaigner", "organiser",
        "organizer", "candidate", "member", "chairs", "boss", "host", "doctor", "nurse", "teacher", "student",
        "farmer", "shopkeeper", "worker", "driver", "pilot", "mayor's", "mother", "father", "survivor",
    ]

    /// Role words that qualify a role and never stand for one alone: `regional`, `deputy`.
    static let roleModifiers: WordSet = [
        "deputy", "foreign", "prime", "vice", "assistant", "acting", "former", "interim", "executive", "senior", "defence",
        "defense", "interior", "transport", "finance", "health", "justice", "state", "operations", "regional", "national",
        "federal", "press", "general", "emergency", "fire", "police", "party", "union",
    ]

    static let organizationWords: WordSet = [
        "company", "firm", "authority", "ministry", "government", "office", "agency", "union", "council",
        "court", "police", "service", "department", "operator", "army", "military", "group", "organization",
        "organisation", "committee", "commission", "board", "campaign", "spokesperson", "statement", "embassy",
    ]

    private static let particles: WordSet = ["al", "bin", "ibn", "de", "van", "von", "da", "du", "le", "la", "del", "der", "el", "dos", "das", "di", "ben", "abu"]

    /// Capitalized words that begin sentences or are not names.
    private static let sentenceWords: WordSet = [
        "the", "a", "an", "but", "and", "or", "so", "yet", "however", "meanwhile", "when", "while", "after", "before",
        "in", "on", "at", "as", "for", "if", "this", "that", "these", "those", "it", "its", "there", "asked", "speaking",
        "according", "despite", "although", "though", "since", "during", "with", "without", "by", "from", "to", "of",
        "i", "we", "they", "you", "our", "my", "his", "her", "their", "interestingly", "separately", "additionally",
        "notably", "also", "still", "instead", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "earlier", "later", "now", "then", "here", "both", "all", "some", "many",
    ]
}
