/// How a sentence refers to whoever is speaking.
public enum SpeakerReference: Sendable, Equatable {
    /// A name as written, with the role and honorific that came with it.
    case name(String, role: String?, honorific: String?)
    /// `he`, `she`, `him`, `her`.
    case pronoun(Gender)
    /// `the minister`, `the company`: resolved to the last person or body with that role.
    case role(String)
    /// `they`: the group or body speaking just before.
    case plural
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
        // `the Regional Fire Service (RFS) said`, `Rep. Dana Whitcombe (D-Maine) said`: a short
        // form or a party tag in brackets is stepped over.
        if index >= 3, tokens[index].text == ")", tokens[index - 2].text == "(", tokens[index - 1].isWord,
           Acronyms.isShortForm(tokens[index - 1].text) || isAside([tokens[index - 1]]), tokens[index - 3].isCapitalized
        {
            index -= 3
        }
        guard index >= 0 else { return nil }
        // `Ines Carvalho, director of the authority, said`, `Tom Ashgrove, SC, said`: read back
        // over the appositives to the subject.
        var role: String?
        if tokens[index].text == "," {
            switch appositiveChain(tokens, comma: index) {
            case .found(let reference, let range): return (reference, range)
            case .subject(let end, let appositive):
                role = appositive
                index = end
            case .none: return nil
            }
        }
        let token = tokens[index]
        if let gender = pronouns[token.folded] { return (.pronoun(gender), index..<(index + 1)) }
        if token.folded == "they" { return (.plural, index..<(index + 1)) }
        if token.isCapitalized || (token.isWord && (roleWords.contains(token.folded) || isBodyOrGroup(token.folded))) {
            var start = index
            // `Another council member`, `the shipping company`: nouns before the head belong to it.
            while start > 0, isNamePart(tokens, start - 1) || (tokens[start - 1].isWord && (roleWords.contains(tokens[start - 1].folded)
                || (!tokens[start - 1].isCapitalized && SpeakerKinds.organizationNouns.contains(tokens[start - 1].folded))))
            {
                start -= 1
            }
            // `the port authority said`, `the national disaster agency said`: a body's lower-case
            // modifiers, back to its article.
            if start == index, !token.isCapitalized, isBodyOrGroup(token.folded) || organizationWords.contains(token.folded),
               let article = (max(0, index - 4)..<index).reversed().first(where: { ["the", "a", "an"].contains(tokens[$0].folded) }),
               tokens[(article + 1)..<index].allSatisfy({ $0.isWord && !$0.isCapitalized && !SpeechVerbs.isVerb($0) && !sentenceWords.contains($0.folded) })
            {
                start = article + 1
            }
            // `a spokeswoman for Keller Marine said`: the body speaks through someone unnamed.
            if start >= 2, ["for", "at", "of"].contains(tokens[start - 1].folded), SpeakerKinds.spokesRoles.contains(tokens[start - 2].folded) {
                let words = tokens[(start - 2)...index].filter(\.isWord).map(\.folded)
                return (.role(words.joined(separator: " ")), (start - 2)..<(index + 1))
            }
            // `Minister of Fisheries Odile Brandt`: a title's body between the title and the name.
            var link = start - 1
            if link > 0, tokens[link].folded == "the" { link -= 1 }
            if link > 0, ["of", "for", "to"].contains(tokens[link].folded), roleWords.contains(tokens[link - 1].folded), !roleModifiers.contains(tokens[link - 1].folded) {
                start = link - 1
                while start > 0, isNamePart(tokens, start - 1) || (tokens[start - 1].isWord && roleWords.contains(tokens[start - 1].folded)) {
                    start -= 1
                }
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
        if token.folded == "they", start + 1 >= tokens.count || !tokens[start + 1].isWord { return (.plural, start..<(start + 1)) }
        var end = start
        if token.folded == "the" { end += 1 }
        // `according to climatologist Leon Haber`: a word for what someone does, before the name.
        if end + 1 < tokens.count, isOccupation(tokens[end]), isNamePart(tokens, end + 1) { end += 1 }
        // `said disaster agency official Fauzi`: lower-case words of a body before the role.
        if end < tokens.count, !tokens[end].isCapitalized,
           let role = (end..<min(tokens.count - 1, end + 3)).first(where: { roleWords.contains(tokens[$0].folded) && isNamePart(tokens, $0 + 1) }),
           tokens[end..<role].allSatisfy({ $0.isWord && !$0.isCapitalized && !sentenceWords.contains($0.folded) && !SpeechVerbs.isVerb($0) })
        {
            end = role
        }
        while end < tokens.count, isNamePart(tokens, end) || (tokens[end].isWord && roleWords.contains(tokens[end].folded)) { end += 1 }
        // `Ambassador to the United States Hamdullah Mohib`: a title's body, then the name.
        if end > start, end + 1 < tokens.count, roleWords.contains(tokens[end - 1].folded), ["to", "of", "for"].contains(tokens[end].folded) {
            var next = end + 1
            if tokens[next].folded == "the" { next += 1 }
            var stop = next
            while stop < tokens.count, isNamePart(tokens, stop) { stop += 1 }
            // Only when a name follows the body: two capitalized words at least past it.
            if stop - next >= 3 { end = stop }
        }
        guard end > start, end > start + (token.folded == "the" ? 1 : 0) else { return nil }
        var role: String?
        // `Ana Perreira of the Regional Harbor Authority`: whom the speaker speaks for.
        if end + 1 < tokens.count, ["of", "for", "at", "from", "with"].contains(tokens[end].folded), tokens[start..<end].filter(\.isWord).count >= 2 {
            var next = end + 1
            if tokens[next].folded == "the", next + 1 < tokens.count { next += 1 }
            var stop = next
            while stop < tokens.count, tokens[stop].isWord, tokens[stop].isCapitalized || (stop > next && ["of", "for", "and", "on"].contains(tokens[stop].folded) && stop + 1 < tokens.count && tokens[stop + 1].isCapitalized) {
                stop += 1
            }
            if stop > next {
                let phrase = Array(tokens[start..<end]).filter { $0.folded != "the" || $0.range.lowerBound != tokens[start].range.lowerBound }
                return reference(phrase, appositiveRole: phraseText(Array(tokens[next..<stop]))).map { ($0, start..<stop) }
            }
        }
        if end + 1 < tokens.count, tokens[end].text == "," {
            var stop = end + 1
            while stop < tokens.count, tokens[stop].text != ",", tokens[stop].text != ".", tokens[stop].text != ";", stop - end < 14 { stop += 1 }
            let appositive = Array(tokens[(end + 1)..<stop])
            if let first = appositive.first, !first.isCapitalized || roleWords.contains(first.folded) { role = roleText(appositive) }
        }
        let phrase = Array(tokens[start..<end]).filter { $0.folded != "the" || $0.range.lowerBound != tokens[start].range.lowerBound }
        return reference(phrase, appositiveRole: role).map { ($0, start..<end) }
    }

    /// `the company`, `officials`: a body or a described source standing where a speaker does.
    static func isBodyOrGroup(_ word: String) -> Bool {
        SpeakerKinds.organizationNouns.contains(word) || SpeakerKinds.groupNouns.contains(word)
    }

    /// A lowercase word shaped like an occupation (`climatologist`, `historian`, `consultant`):
    /// the role list cannot name every one.
    static func isOccupation(_ token: WordToken) -> Bool {
        guard token.isWord, !token.isCapitalized, token.folded.utf8.count >= 5, !sentenceWords.contains(token.folded) else { return false }
        return roleWords.contains(token.folded) || occupationEndings.contains { token.folded.hasSuffix($0) }
    }

    /// The endings of words for what people do: `climatologist`, `historian`, `consultant`.
    private static let occupationEndings = ["ist", "ian", "er", "or", "ant", "ent", "eur"]

    /// Splits `Regional Transport Minister Ana Kovic` into role and name: the name is the
    /// run of capitalized words at the end, the role whatever titles and modifiers precede it.
    static func reference(_ phrase: [WordToken], appositiveRole: String?) -> SpeakerReference? {
        // Words by their place in the phrase, so that an initial keeps its full stop (`David H. Petraeus`).
        var places = phrase.indices.filter { phrase[$0].isWord }
        // Honours and degrees after a name are not part of it (`Tom Ashgrove SC`); `Jr.` is.
        while places.count > 1, let last = places.last, postNominals.contains(phrase[last].folded), !namedSuffixes.contains(phrase[last].folded) {
            places.removeLast()
        }
        let words = places.map { phrase[$0] }
        guard !words.isEmpty else { return nil }
        var split = words.count
        while split > 0, isNameLike(words[split - 1]) { split -= 1 }
        // `Regional Fire Service`, `Foreign Ministry`: capitalized role words before a body's
        // capitalized head are part of its name, not the role of someone called `Service`.
        if words.count >= 2, let head = words.last, head.isCapitalized, organizationWords.contains(head.folded) {
            while split > 0, words[split - 1].isCapitalized, !sentenceWords.contains(words[split - 1].folded) { split -= 1 }
        }
        // `Clinton's`: a possessor alone is never the name (`St Anne's Hospital` is one).
        if let last = words.last, isPossessive(last) { return nil }
        // `Minister of Education Stefania Giannini`: after `of`, a body's name runs into the
        // person's; a first name the story knows, or the last two words, start the person's.
        let linked = split > 1 && words[split - 1].folded == "the" ? split - 2 : split - 1
        if linked >= 0, ["of", "to", "for"].contains(words[linked].folded), words.count - split >= 3 {
            let tail = words.count - split
            let first = (split..<(words.count - 1)).first { PersonNames.gender(ofFirstName: words[$0].text) != nil }
            split = first ?? (words.count - min(tail, 2))
        }
        let nameTokens = Array(words[split...])
        let leading = Array(words[..<split])
        let honorific = leading.last.map { $0.folded.trimming(".") }.flatMap { honorifics[$0] != nil ? $0 : nil }
        let roleTokens = leading.filter { !personalTitles.contains($0.folded.trimming(".")) && $0.folded != "the" }
        let premodifier = roleTokens.isEmpty ? nil : roleTokens.map(\.text).joined(separator: " ")
        guard !nameTokens.isEmpty else {
            // No name: `the minister`, `the company`, `officials`; a title alone (`Sen.`) is no one.
            guard let head = words.last, !abbreviatedTitles.contains(head.folded),
                  (roleWords.contains(head.folded) && !roleModifiers.contains(head.folded)) || organizationWords.contains(head.folded)
                    || isBodyOrGroup(head.folded)
            else { return nil }
            return .role(words.filter { $0.folded != "the" }.map(\.folded).joined(separator: " "))
        }
        var name = ""
        for offset in split..<words.count {
            if !name.isEmpty { name += " " }
            name += words[offset].text
            let place = places[offset]
            if words[offset].text.count == 1, place + 1 < phrase.count, phrase[place + 1].text == "." { name += "." }
        }
        return .name(name, role: appositiveRole ?? premodifier, honorific: honorific)
    }

    /// `Clinton's`, `Harlan’s` (folded straight).
    static func isPossessive(_ token: WordToken) -> Bool {
        token.folded.hasSuffix("'s") || token.folded.hasSuffix("s'")
    }

    /// Post-nominals that belong to the name as written.
    private static let namedSuffixes: WordSet = ["jr", "sr", "ii", "iii", "iv"]

    /// Titles written short that never name anyone alone: `Sen.`, `Rep.`, `Gov.`.
    static let abbreviatedTitles: WordSet = ["sen", "rep", "gov", "lt", "sgt", "gen", "col", "capt", "adm", "cmdr", "supt", "det", "insp", "cpl", "pvt", "maj", "rev", "hon", "atty", "amb"]

    /// Titles that say how to address someone, not what they do.
    private static let personalTitles: WordSet = ["mr", "ms", "mrs", "miss", "dr", "sir", "dame", "monsieur", "madame", "herr", "frau", "senor", "senora"]

    static func isNamePart(_ tokens: [WordToken], _ index: Int) -> Bool {
        // Fields read in place: a copy of the token retains and releases two strings, and this is
        // asked of every word of every sentence.
        if tokens[index].isCapitalized, !sentenceWords.contains(tokens[index].folded), pronouns[tokens[index].folded] == nil {
            return !isPartyTag(tokens[index])
        }
        // `David H. Petraeus`, `Sen. Ted Corvallis`: the full stop of an initial or a title, inside the name.
        if !tokens[index].isWord, tokens[index].text == ".", index > 0, index + 1 < tokens.count, tokens[index + 1].isCapitalized, tokens[index - 1].isCapitalized {
            let before = tokens[index - 1]
            if before.text.utf8.count == 1 { return index < 2 || tokens[index - 2].isCapitalized || abbreviatedTitles.contains(tokens[index - 2].folded) }
            return abbreviatedTitles.contains(before.folded) || honorifics[before.folded] != nil
        }
        // `Omar al-Hakim`, `Ludwig van Beethoven`: particles between capitalized words.
        // Asked of every word of every sentence: the neighbours are checked before the lookup.
        return index + 1 < tokens.count && index > 0 && tokens[index + 1].isCapitalized && tokens[index - 1].isCapitalized
            && particles.contains(tokens[index].folded)
    }

    private static func isNameLike(_ token: WordToken) -> Bool {
        !isPartyTag(token) && (token.isCapitalized || particles.contains(token.folded)) && !roleWords.contains(token.folded) && !sentenceWords.contains(token.folded)
            && hasLetter(token.text)
    }

    /// Whether a word has a letter: a word starting with an ASCII letter (nearly every name) is
    /// answered on its first byte, without walking its `Character`s.
    private static func hasLetter(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, (0x61...0x7A).contains(first | 0x20) { return true }
        return text.contains(where: \.isLetter)
    }

    /// The role in an appositive: `director of the Valmora Port Authority`, but not `which operates the dam`.
    static func roleText(_ tokens: [WordToken], limit: Int = 10) -> String? {
        let words = tokens.filter(\.isWord)
        guard let first = words.first, !["which", "who", "whose", "where", "when", "speaking", "according", "adding"].contains(first.folded),
              words.count <= limit, !SpeechVerbs.contains(first.folded),
              words.contains(where: { roleWords.contains($0.folded) }) || words.drop(while: { ["a", "an", "the"].contains($0.folded) }).first.map(isOccupation) == true
        else { return nil }
        return phraseText(tokens)
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
        // Titles of office written before a name (`House Speaker`, `Sen.`, `Majority Leader`).
        "speaker", "congressman", "congresswoman", "congressmember", "assemblyman", "assemblywoman", "councilman",
        "councilwoman", "alderman", "whip", "majority", "minority", "sen", "rep", "gov", "lt", "sgt", "gen", "col",
        "capt", "adm", "cmdr", "supt", "det", "insp", "cpl", "pvt", "maj", "atty", "amb", "lieutenant", "sergeant",
        "admiral", "colonel", "major", "detective", "constable", "marshal", "coach", "pastor", "bishop", "rabbi",
        "imam", "cardinal", "pope", "archbishop", "reverend", "dean", "provost", "principal", "trustee", "curator",
        "co-founder", "cofounder", "co-chair", "co-chairman", "co-director", "president-elect", "cfo", "coo", "cto",
        "chief-executive", "counsel", "solicitor", "barrister", "magistrate", "justice", "clerk", "treasurer",
        "comptroller", "auditor", "administrator", "registrar", "ombudsman", "spokespeople", "strategist",
        "pollster", "consultant", "scientist", "physician", "surgeon", "historian", "director-general",
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

    static let particles: WordSet = ["al", "bin", "ibn", "de", "van", "von", "da", "du", "le", "la", "del", "der", "el", "dos", "das", "di", "ben", "abu"]

    /// Capitalized words that begin sentences or are not names.
    static let sentenceWords: WordSet = [
        "the", "a", "an", "but", "and", "or", "so", "yet", "however", "meanwhile", "when", "while", "after", "before",
        "in", "on", "at", "as", "for", "if", "this", "that", "these", "those", "it", "its", "there", "asked", "speaking",
        "according", "despite", "although", "though", "since", "during", "with", "without", "by", "from", "to", "of",
        "i", "we", "they", "you", "our", "my", "his", "her", "their", "interestingly", "separately", "additionally",
        "notably", "also", "still", "instead", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "earlier", "later", "now", "then", "here", "both", "all", "some", "many",
    ]
}
