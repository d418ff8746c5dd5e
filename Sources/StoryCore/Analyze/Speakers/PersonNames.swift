/// Matching the names of one person however outlets spell them.
enum PersonNames {
    /// A spelling-insensitive key: `Sergei`/`Sergey`, `Dmitry`/`Dmitri`, `Tomasz`/`Tomas`, `Cissé`/`Cisse` meet.
    static func key(_ word: some StringProtocol) -> String {
        // Names are looked up many times each in the serial part of the quote analysis: an ASCII
        // name is keyed on its bytes (folding and scalar properties were 5% of a `quotes` run).
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters = word.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case 0x41...0x5A: byte | 0x20
                case 0x61...0x7A: byte
                default: nil
                }
            }
            for (from, to) in byteSpellingRules { replaceAll(from, with: to, in: &letters) }
            var collapsed: [UInt8] = []
            for byte in letters where collapsed.last != byte { collapsed.append(byte) }
            return String(decoding: collapsed, as: UTF8.self)
        }
        var letters = Array(Words.fold(word).unicodeScalars.filter(\.properties.isAlphabetic))
        // Applied one after another, each over the result of the last, as the spellings overlap
        // (`schey`). On scalar arrays: Foundation's replacingOccurrences here cost 8% of analysis.
        for (from, to) in spellingRules { replaceAll(from, with: to, in: &letters) }
        var collapsed = String.UnicodeScalarView()
        for scalar in letters where collapsed.last != scalar { collapsed.append(scalar) }
        return String(collapsed)
    }

    private static let spellingPairs = [
        ("sch", "sh"), ("sz", "s"), ("ey", "ei"), ("iy", "i"), ("yi", "i"), ("ks", "x"), ("ph", "f"), ("kh", "h"), ("ck", "k"),
        ("y", "i"), ("w", "v"),
    ]
    private static let spellingRules = spellingPairs.map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }
    private static let byteSpellingRules = spellingPairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Every non-overlapping `pattern`, left to right, replaced, as `replacingOccurrences` does.
    private static func replaceAll<Element: Equatable>(_ pattern: [Element], with replacement: [Element], in scalars: inout [Element]) {
        guard scalars.count >= pattern.count else { return }
        // Most names hold none of the spellings: find the first before copying anything (copying
        // every name once per rule made keying names a third of the quote analysis' serial part).
        var first = 0
        while first + pattern.count <= scalars.count, !scalars[first..<(first + pattern.count)].elementsEqual(pattern) { first += 1 }
        guard first + pattern.count <= scalars.count else { return }
        var result = Array(scalars[..<first])
        result.reserveCapacity(scalars.count)
        var index = first
        while index < scalars.count {
            if index + pattern.count <= scalars.count, scalars[index..<(index + pattern.count)].elementsEqual(pattern) {
                result += replacement
                index += pattern.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        scalars = result
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
