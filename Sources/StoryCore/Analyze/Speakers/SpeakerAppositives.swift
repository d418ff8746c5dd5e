/// The comma-separated phrases between a speaker's name and the verb: `Ines Carvalho, director of
/// the port authority, said`, `Harlan's chief of staff, Maria Delacroix, said`, `Tom Ashgrove,
/// SC, said`, `Sen. Ted Corvallis, R-Oregon, said`, `Cynthia Marlow, curator at the University of
/// Vermont, Burlington, said`. Read back from the comma before the verb to the subject.
extension SpeakerPhrase {
    enum Chain {
        /// The speaker, already named (a name between commas, with the role before it).
        case found(SpeakerReference, Range<Int>)
        /// The subject ends at this token; the appositives make its role.
        case subject(end: Int, role: String?)
        case none
    }

    /// How far back the appositives are read: long ones run to twenty words and more
    /// (`Director of the National Survey, and Chairman of the Council for …`).
    static let appositiveReach = 48

    static func appositiveChain(_ tokens: [WordToken], comma: Int) -> Chain {
        // The segments between commas, nearest first; a clause mark or a quotation ends the chain.
        var segments: [Range<Int>] = []
        var end = comma
        var cursor = comma - 1
        let floor = max(0, comma - appositiveReach)
        while cursor >= floor {
            let text = tokens[cursor].text
            if text == "," {
                segments.append((cursor + 1)..<end)
                end = cursor
            } else if chainStops.contains(text) {
                break
            }
            cursor -= 1
        }
        segments.append((cursor + 1)..<end)
        // Post-nominals, party tags and ages say nothing about who speaks: `Tom Ashgrove, SC,`.
        let kept = segments.filter { !$0.isEmpty && !isAside(Array(tokens[$0])) }
        guard let near = kept.first else { return .none }
        let nearTokens = Array(tokens[near])
        if isNameSegment(nearTokens) {
            if kept.count >= 2 {
                let previous = Array(tokens[kept[1]])
                // `Harlan's chief of staff, Maria Delacroix, said`: the role stands before the name.
                if endsInRole(previous) {
                    return reference(nearTokens, appositiveRole: roleText(previous, limit: 24) ?? phraseText(previous)).map { .found($0, near) } ?? .none
                }
                // `curator at the University of Vermont, Burlington, said`: a place ends the
                // appositive before it; the subject stands before that.
                if kept.count >= 3, startsAppositive(previous), let role = roleText(previous, limit: 24) {
                    return .subject(end: kept[2].upperBound - 1, role: role + ", " + phraseText(nearTokens))
                }
            }
            return reference(nearTokens, appositiveRole: nil).map { .found($0, near) } ?? .none
        }
        // `Lydia Marsh for the Food Standards Agency, says`: a name, then whom it speaks for.
        if let (name, role) = nameWithAffiliation(nearTokens), kept.count == 1 || !startsAppositive(nearTokens) {
            return reference(name, appositiveRole: role).map { .found($0, near.lowerBound..<(near.lowerBound + name.count)) } ?? .none
        }
        guard startsAppositive(nearTokens) else { return .none }
        // One appositive or several (`director of X, and chairman of Y`): the subject is the
        // first segment that does not start like one.
        var roles = [nearTokens]
        for segment in kept.dropFirst() {
            let words = Array(tokens[segment])
            if startsAppositive(words), !isTitledName(words) {
                roles.insert(words, at: 0)
                continue
            }
            let role = roles.compactMap { roleText($0, limit: 24) }.joined(separator: ", ")
            return .subject(end: segment.upperBound - 1, role: role.isEmpty ? nil : role)
        }
        return .none
    }

    /// A name alone: capitalized words, initials and particles (`David H. Petraeus`, `Omar al-Hakim`).
    static func isNameSegment(_ tokens: [WordToken]) -> Bool {
        let words = tokens.filter(\.isWord)
        guard !words.isEmpty, words.count <= 6 else { return false }
        return tokens.indices.allSatisfy { index in
            tokens[index].isWord ? isNamePart(tokens, index) && !roleWords.contains(tokens[index].folded) : tokens[index].text == "."
        }
    }

    /// `Professor Ines Caldwell`, `Transport Minister Ana Kovic`: capitalized words ending in a name.
    static func isTitledName(_ tokens: [WordToken]) -> Bool {
        guard let last = tokens.last(where: \.isWord), !roleWords.contains(last.folded) else { return false }
        return tokens.indices.allSatisfy { tokens[$0].isWord ? tokens[$0].isCapitalized || isNamePart(tokens, $0) : tokens[$0].text == "." }
    }

    /// `director of the authority`, `the chairman of …`, `and Chairman of …`, `a former adviser`:
    /// the words that describe someone named beside them.
    static func startsAppositive(_ tokens: [WordToken]) -> Bool {
        guard let first = tokens.first(where: \.isWord) else { return false }
        if first.isCapitalized { return roleWords.contains(first.folded) || appositiveOpeners.contains(first.folded) }
        return !sentenceWords.contains(first.folded) || appositiveOpeners.contains(first.folded)
    }

    /// A role ends the phrase: `Harlan's chief of staff`, `A Keller Marine spokesman`.
    private static func endsInRole(_ tokens: [WordToken]) -> Bool {
        guard let last = tokens.last(where: \.isWord), !last.isCapitalized || roleWords.contains(last.folded) else { return false }
        if roleWords.contains(last.folded) || isOccupation(last) { return true }
        // `chief of staff`, `head of communications`: the role is the word before `of`.
        let words = tokens.filter(\.isWord)
        if let of = words.lastIndex(where: { $0.folded == "of" }), of > 0, roleWords.contains(words[of - 1].folded), words.count - of <= 2 {
            return true
        }
        return false
    }

    /// `Lydia Marsh for the Food Standards Agency`, `Ana Perreira of the Regional Harbor Authority`:
    /// a name of two words or more, then `for`, `of`, `at` or `from` and a body.
    static func nameWithAffiliation(_ tokens: [WordToken]) -> ([WordToken], String)? {
        var end = 0
        while end < tokens.count, isNamePart(tokens, end) || (tokens[end].text == "." && end > 0 && tokens[end - 1].text.count == 1) { end += 1 }
        guard tokens[..<end].filter(\.isWord).count >= 2, end + 1 < tokens.count, affiliationWords.contains(tokens[end].folded) else { return nil }
        var rest = tokens[(end + 1)...].drop { $0.folded == "the" }
        rest = rest.prefix { $0.isWord && ($0.isCapitalized || particles.contains($0.folded) || ["of", "for", "and", "on"].contains($0.folded)) }
        guard let head = rest.first, head.isCapitalized else { return nil }
        return (Array(tokens[..<end]), phraseText(Array(tokens[(end + 1)...])))
    }

    /// An aside between commas that names no one: `SC`, `Jr.`, `R-Oregon`, `54`.
    static func isAside(_ tokens: [WordToken]) -> Bool {
        let words = tokens.filter(\.isWord)
        guard !words.isEmpty else { return true }
        return words.allSatisfy { postNominals.contains($0.folded) } || (words.count == 1 && (isPartyTag(words[0]) || isAge(words[0])))
    }

    /// `R-Texas`, `D-N.Y`, `I-Vt`: a party letter and a state.
    static func isPartyTag(_ token: WordToken) -> Bool {
        // Asked of every capitalized word: read its first three bytes in place.
        var bytes = token.text.utf8.makeIterator()
        guard let party = bytes.next(), party == 0x52 || party == 0x44 || party == 0x49, bytes.next() == 0x2D, let state = bytes.next() else { return false }
        return state.isASCIIUppercase
    }

    private static func isAge(_ token: WordToken) -> Bool {
        token.text.utf8.count <= 3 && token.text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    static func phraseText(_ tokens: [WordToken]) -> String {
        var text = ""
        for token in tokens {
            if !text.isEmpty, token.isWord || "(&".contains(token.text) { text += " " }
            text += token.text
        }
        return text
    }

    /// Marks that end a subject's appositives: what stands before them is another clause.
    private static let chainStops: Set<String> = [".", ";", ":", "“", "”", "\"", "(", ")", "—", "–", "?", "!"]

    /// Words that open an appositive although they begin sentences too: `the chairman of …`.
    private static let appositiveOpeners: WordSet = ["the", "a", "an", "its", "his", "her", "their", "our", "and", "also", "now", "then", "formerly", "who", "herself", "himself"]

    /// `Ana Perreira of the Regional Harbor Authority`.
    private static let affiliationWords: WordSet = ["of", "for", "at", "from", "with"]

    /// Letters after a name that are honours or degrees, not part of who someone is (`Jr.` and
    /// `III` are: they stay in the name when written in it).
    static let postNominals: WordSet = [
        "sc", "qc", "kc", "mp", "msp", "mep", "mla", "phd", "md", "esq", "obe", "mbe", "cbe", "kbe", "rn", "cpa", "jr", "sr",
        "ii", "iii", "iv", "ret", "dds", "llb", "mba",
    ]
}
