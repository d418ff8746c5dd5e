/// Matching the names of one person however outlets spell them.
enum PersonNames {
    /// A spelling-insensitive key: `Sergei`/`Sergey`, `Dmitry`/`Dmitri`, `Tomasz`/`Tomas`, `Cissé`/`Cisse` meet.
    static func key(_ word: some StringProtocol) -> String {
        // Every mention of a name is keyed, mostly in the serial part of the quote analysis: an
        // ASCII name is keyed on its bytes, without folding or scalar properties, and the
        // spellings are replaced in place, without copying and comparing array slices per rule.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters: [UInt8] = []
            letters.reserveCapacity(word.utf8.count)
            for byte in word.utf8 where (0x61...0x7A).contains(byte | 0x20) { letters.append(byte | 0x20) }
            byteSpellings.apply(to: &letters)
            return String(decoding: letters, as: UTF8.self)
        }
        var letters = Array(Words.fold(word).unicodeScalars.filter(\.properties.isAlphabetic))
        scalarSpellings.apply(to: &letters)
        return String(String.UnicodeScalarView(letters))
    }

    private static let spellingPairs = [
        ("sch", "sh"), ("sz", "s"), ("ey", "ei"), ("iy", "i"), ("yi", "i"), ("ks", "x"), ("ph", "f"), ("kh", "h"), ("ck", "k"),
        ("y", "i"), ("w", "v"),
    ]
    private static let scalarSpellings = Spellings(spellingPairs.map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) })
    private static let byteSpellings = Spellings(spellingPairs.map { (Array($0.0.utf8), Array($0.1.utf8)) })

    /// The spelling rules over one kind of letter, patterns and replacements kept in one array so
    /// that applying them retains nothing per rule.
    private struct Spellings<Letter: Equatable & Sendable>: Sendable {
        private let letters: [Letter]
        private let rules: [(pattern: Range<Int>, replacement: Range<Int>)]

        init(_ pairs: [([Letter], [Letter])]) {
            var letters: [Letter] = []
            var rules: [(pattern: Range<Int>, replacement: Range<Int>)] = []
            for (pattern, replacement) in pairs {
                // In place, a replacement is written over what was read: it must not be longer.
                precondition(replacement.count <= pattern.count && !pattern.isEmpty)
                rules.append((letters.count..<(letters.count + pattern.count), (letters.count + pattern.count)..<(letters.count + pattern.count + replacement.count)))
                letters += pattern + replacement
            }
            self.letters = letters
            self.rules = rules
        }

        /// Each rule replaces every non-overlapping match, left to right, as `replacingOccurrences`
        /// does, over the result of the rule before (the spellings overlap: `schey`); then a letter
        /// repeated is kept once.
        func apply(to text: inout [Letter]) {
            let count = letters.withUnsafeBufferPointer { rulesText in
                text.withUnsafeMutableBufferPointer { text -> Int in
                    var count = text.count
                    for (pattern, replacement) in rules {
                        func matches(at index: Int) -> Bool {
                            guard text[index] == rulesText[pattern.lowerBound], index + pattern.count <= count else { return false }
                            for offset in 1..<pattern.count where text[index + offset] != rulesText[pattern.lowerBound + offset] { return false }
                            return true
                        }
                        // Most names hold none of the spellings: nothing moves until one is found.
                        guard let first = (0..<count).first(where: matches) else { continue }
                        var read = first
                        var write = first
                        while read < count {
                            if matches(at: read) {
                                for index in replacement {
                                    text[write] = rulesText[index]
                                    write += 1
                                }
                                read += pattern.count
                            } else {
                                text[write] = text[read]
                                write += 1
                                read += 1
                            }
                        }
                        count = write
                    }
                    var kept = min(count, 1)
                    for index in kept..<max(kept, count) where text[index] != text[kept - 1] {
                        text[kept] = text[index]
                        kept += 1
                    }
                    return kept
                }
            }
            text.removeLast(text.count - count)
        }
    }

    /// Gender a first name usually carries, for resolving `he` and `she` when the story gives no other sign.
    static func gender(ofFirstName name: String) -> Gender? {
        let folded = Words.fold(name)
        if male.contains(folded) { return .male }
        if female.contains(folded) { return .female }
        return nil
    }

    private static let male: Set<String> = [
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "daniel",
        "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kevin", "brian", "george",
        "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "eric", "stephen", "jonathan",
        "larry", "justin", "scott", "benjamin", "samuel", "frank", "gregory", "alexander", "patrick", "jack", "dennis",
        "peter", "henry", "carl", "arthur", "walter", "harold", "roger", "joe", "juan", "jose", "carlos", "luis",
        "miguel", "pedro", "antonio", "manuel", "francisco", "javier", "diego", "pablo", "andres", "jorge", "sergio",
        "sergei", "sergey", "dmitry", "dmitri", "vladimir", "ivan", "alexei", "alexey", "mikhail", "nikolai", "igor",
        "andrei", "yuri", "oleg", "boris", "viktor", "pavel", "tomasz", "tomas", "piotr", "jan", "pierre", "jean",
        "jacques", "michel", "philippe", "francois", "emmanuel", "nicolas", "gerald", "hans", "klaus", "jurgen",
        "wolfgang", "olaf", "friedrich", "giuseppe", "giovanni", "marco", "luca", "matteo", "ahmed", "mohammed",
        "muhammad", "mohamed", "ali", "omar", "hassan", "hussein", "bashar", "yusuf", "mustafa", "ibrahim", "khalid",
        "abdullah", "recep", "benjamin", "yoav", "moshe", "yair", "evan", "paul", "joe", "donald", "barack", "bill",
        "xi", "li", "wang", "hiroshi", "takeshi", "kenji", "raj", "rahul", "arjun", "narendra", "dario", "jonas",
        "teodor", "andre", "samir", "rui", "tom", "lars", "erik", "sven", "mateus", "joao", "aboubakar", "aleksandr",
        "volodymyr", "emmanuel", "keir", "rishi", "boris", "olaf", "friedrich", "recep", "nayib", "javier",
    ]

    private static let female: Set<String> = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
        "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda",
        "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "angela",
        "anna", "ana", "maria", "marie", "sofia", "sophia", "isabel", "isabella", "lucia", "carmen", "elena",
        "olga", "natalia", "tatiana", "irina", "svetlana", "ekaterina", "yulia", "julia", "anastasia", "agnieszka",
        "katarzyna", "magdalena", "claire", "camille", "isabelle", "nathalie", "sophie", "chloe", "lea", "manon",
        "ursula", "angela", "annalena", "petra", "heike", "giulia", "giorgia", "francesca", "chiara", "fatima",
        "aisha", "leila", "layla", "noor", "yael", "tamar", "priya", "ananya", "aiko", "yuki", "mei", "ines",
        "lotte", "zoe", "ingrid", "hana", "kasia", "amara", "mireille", "priya", "nina", "eva", "emma", "olivia",
        "ava", "mia", "charlotte", "amelia", "hannah", "kamala", "hillary", "theresa", "liz", "kemi", "jacinda",
        "giorgia", "marine", "ursula", "kaja", "sanna", "mette", "helen", "jane", "kate", "lucy", "grace", "alice",
    ]
}
