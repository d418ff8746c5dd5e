import Foundation

/// A deterministic pseudo-random source: the same seed gives the same story on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Writes a synthetic story of many articles, as the scrapers of many outlets would save it:
/// reworded and reordered paragraphs, quotes, relative dates, short forms, boilerplate, some
/// mojibake and CRLF, in all four formats. Our own invented event; nothing from real pages.
struct StoryGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private let towns = ["Arvel", "Kestrum", "Lowen", "Marrow Bay", "Tessaly", "Ordwick"]
    private let outlets = [
        "The Arvel Post", "Coastline Courier", "Northern Wire", "Valley Standard", "Daily Meridian", "The Ledger",
        "Harbour Times", "Evening Signal", "Regional Gazette", "Morning Bulletin", "Capital Herald", "Westside News",
    ]

    /// Facts of the story, each in a few wordings; `{town}` and dates are filled in per article.
    private let facts: [[String]] = [
        ["A wildfire forced the evacuation of about 3,000 residents of {town} on Tuesday, officials said.",
         "Some 3,000 people were evacuated from {town} on Tuesday as a wildfire spread, according to officials.",
         "Officials ordered about 3,000 residents out of {town} on Tuesday when a wildfire crossed the ridge."],
        ["The fire started in dry scrubland north of the town on Monday evening.",
         "Flames first appeared in scrubland north of {town} on Monday evening.",
         "It began on Monday evening in dry brush to the north of the town."],
        ["Fire chief Marta Ilves said crews had contained about 40 percent of the blaze by Wednesday morning.",
         "By Wednesday morning about 40 percent of the fire was contained, fire chief Marta Ilves said.",
         "Crews held roughly two fifths of the fire line by Wednesday, according to fire chief Marta Ilves."],
        ["“We are making progress, but the wind is still our biggest enemy,” Ilves told reporters.",
         "“We are making progress but the wind remains our biggest enemy,” Ms Ilves said.",
         "Ilves said crews were making progress but that the wind remained their biggest enemy."],
        ["Mayor Tomas Reyna said the town had opened two shelters at local schools.",
         "Two schools have been turned into shelters, Mayor Tomas Reyna said.",
         "The mayor, Tomas Reyna, said shelters were open at two schools."],
        ["“Nobody should go back until we say it is safe,” Reyna said on Wednesday.",
         "“No one should return until we say it is safe,” the mayor said.",
         "Reyna urged residents not to return until officials said it was safe."],
        ["The last major fire in the area, in 2019, destroyed 40 homes.",
         "A fire in 2019 destroyed 40 homes in the same hills.",
         "In 2018, a similar fire burned 40 homes nearby."],
        // A body spelled out by some outlets and shortened by others, as agencies are.
        ["At least 12 homes have been destroyed, the Regional Fire Service (RFS) said.",
         "The RFS said at least 14 homes had burned.",
         "At least 12 houses were lost, according to the Regional Fire Service."],
        ["Weather forecasters expect rain over the weekend, which could help crews.",
         "Rain is forecast for the weekend and could slow the fire.",
         "Forecasters said weekend rain may help firefighters."],
        ["Power was cut to 5,000 homes as a precaution, the utility Eldra Energy said.",
         "Eldra Energy cut power to about 5,000 homes as a precaution.",
         "About 5,000 customers lost power after Eldra Energy shut lines down."],
        ["The regional governor, Ana Kovic, visited the command post on Wednesday and promised extra aircraft.",
         "Governor Ana Kovic promised more firefighting aircraft during a visit on Wednesday.",
         "Ana Kovic, the regional governor, said on Wednesday that more aircraft would arrive by Friday."],
        ["“This is the driest summer we have recorded,” said Leon Haber, a climatologist at the regional university.",
         "Leon Haber, a climatologist, said it was the driest summer on record.",
         "“This is the driest summer ever recorded,” according to climatologist Leon Haber."],
    ]

    private let boilerplateTop = [
        "Skip to main content", "Home | News | Sport | Weather | Opinion", "Subscribe", "Log in",
    ]
    private let boilerplateBottom = [
        "Share this article", "Related articles", "Council approves new parking rules in the old town",
        "Local team wins the regional cup after extra time", "Tags: wildfire, evacuation, {town}",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "© 2025 {outlet}. All rights reserved.",
    ]

    private let firstNames = ["Ada", "Bram", "Cora", "Dario", "Elin", "Fenna", "Goran", "Hedda", "Ivo", "Juna", "Kasper", "Lior",
                              "Mira", "Nils", "Oona", "Pavel", "Rhea", "Soren", "Talia", "Uwe"]
    private let surnames = ["Aalto", "Brandt", "Castell", "Dunmore", "Eskola", "Fairlie", "Grove", "Halden", "Ingram", "Juhl",
                            "Korver", "Lindqvist", "Marsh", "Norcott", "Oakes", "Pelham", "Quill", "Rowan", "Sallow", "Thorne"]
    private let places = ["the harbour road", "the old mill", "the school gym", "the sports hall", "the ridge trail",
                          "the ferry landing", "the market square", "the church hall", "the allotments", "the petrol station"]
    private let things = ["a suitcase", "the family dog", "two goats", "a box of photographs", "her late husband's medals",
                          "a laptop", "the cat", "insulin", "his grandmother's clock", "nothing at all"]

    /// Two or three sentences of a resident's, a volunteer's or a shopkeeper's view, varied per article.
    private mutating func colourParagraph(town: String) -> String {
        let person = "\(random.pick(firstNames)) \(random.pick(surnames))"
        let years = 3 + random.below(50)
        let templates = [
            "\(person), who has lived in \(town) for \(years) years, left with \(random.pick(things)) and spent the night at \(random.pick(places)).",
            "Volunteers at \(random.pick(places)) handed out \(20 + random.below(400)) meals by midnight, said \(person), who coordinates them.",
            "“I have never seen the sky that colour,” said \(person), \(18 + random.below(70)), standing outside \(random.pick(places)).",
            "Traffic backed up for \(2 + random.below(12)) kilometres on the road out of \(town) as families drove north.",
            "\(person) runs a shop near \(random.pick(places)) and said trade had stopped the moment the smoke arrived.",
            "Teachers moved \(30 + random.below(300)) pupils to \(random.pick(places)) in the afternoon, the school said.",
            "Some residents refused to leave; \(person) said he would stay to water the roof of his house until the last minute.",
            "Firefighters from \(2 + random.below(9)) neighbouring districts joined the effort, with \(10 + random.below(90)) engines in all.",
        ]
        return (0..<(2 + random.below(2))).map { _ in random.pick(templates) }.joined(separator: " ")
    }

    /// One article's paragraphs as an outlet reporting on its own writes them.
    private mutating func reportedParagraphs(town: String) -> [String] {
        var paragraphs: [String] = []
        for fact in facts where random.chance(80) {
            paragraphs.append(random.pick(fact).replacingOccurrences(of: "{town}", with: town))
        }
        // Local colour of the outlet's own: different in every article, as reporting is, which
        // brings the articles to the ~3.5 KB of a real news story (2,000 of them ≈ 7 MB).
        for _ in 0..<(9 + random.below(5)) { paragraphs.insert(colourParagraph(town: town), at: random.below(paragraphs.count + 1)) }
        // Reorder a little, as outlets do.
        for _ in 0..<2 where paragraphs.count > 3 {
            let a = random.below(paragraphs.count)
            let b = random.below(paragraphs.count)
            paragraphs.swapAt(a, b)
        }
        return paragraphs
    }

    /// A wire copy as an outlet reprints it: the agency's paragraphs, now and then one cut, a
    /// word changed or a line of the outlet's own added at the end.
    private mutating func reprintedParagraphs(of copy: [String], town: String) -> [String] {
        var paragraphs = copy
        if random.chance(40), paragraphs.count > 4 { paragraphs.remove(at: random.below(paragraphs.count)) }
        if random.chance(40), !paragraphs.isEmpty {
            let index = random.below(paragraphs.count)
            paragraphs[index] = paragraphs[index].replacingOccurrences(of: " said", with: " told reporters")
        }
        if random.chance(30) { paragraphs.append(colourParagraph(town: town)) }
        return paragraphs
    }

    /// Writes `count` articles into `folder`; returns their total size in bytes. With `reprints`,
    /// most articles are reprints of four agency copies with small edits, as a wire story runs.
    /// `cast`: other people, places and days in place of the wildfire's own (one of many stories);
    /// `firstNumber`: where this story's file numbers start.
    mutating func write(count: Int, into folder: URL, reprints: Bool = false, cast: Cast? = nil, firstNumber: Int = 0) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var bytes = 0
        let copies = reprints ? (0..<4).map { _ in reportedParagraphs(town: cast?.town ?? towns[0]) } : []
        for number in firstNumber..<(firstNumber + count) {
            let outlet = "\(random.pick(outlets)) \(number / outlets.count + 1)"
            let town = cast?.town ?? (reprints ? towns[0] : random.pick(towns))
            let day = 20 + random.below(3)
            let paragraphs = reprints && !random.chance(5)
                ? reprintedParagraphs(of: copies[random.below(copies.count)], town: town) : reportedParagraphs(town: town)
            let title = "Wildfire forces \(random.pick(["evacuation", "thousands to flee", "residents out"])) in \(town)"
            let format = random.below(10)
            var text: String
            var ext: String
            switch format {
            case 0:
                ext = "md"
                text = "---\ntitle: \"\(title)\"\nsource: \(outlet)\ndate: 2025-08-\(day)T0\(random.below(9)):15:00+02:00\nauthor: Staff\n---\n\n"
                    + paragraphs.joined(separator: "\n\n") + "\n"
            case 1:
                ext = "html"
                text = "<html><head><title>\(title) | \(outlet)</title><meta property=\"article:published_time\" content=\"2025-08-\(day)T10:00:00Z\"></head><body><nav>Home News Sport</nav><article><h1>\(title)</h1>"
                    + paragraphs.map { "<p>\($0.replacingOccurrences(of: "&", with: "&amp;"))</p>" }.joined()
                    + "</article><aside class=\"related\"><p>Other stories</p></aside><footer>© 2025 \(outlet)</footer></body></html>"
            case 2:
                ext = "json"
                let body = paragraphs.joined(separator: "\n\n").replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
                text = "{\"title\": \"\(title)\", \"source\": {\"name\": \"\(outlet)\"}, \"publishedAt\": \"2025-08-\(day)T08:30:00Z\", \"content\": \"\(body)\"}"
            default:
                ext = "txt"
                var lines = boilerplateTop.filter { _ in random.chance(60) }
                lines.append(title)
                lines.append("By Staff Reporter")
                if random.chance(70) { lines.append("August \(day), 2025 09:\(10 + random.below(50))") }
                lines += paragraphs
                lines += boilerplateBottom.map { $0.replacingOccurrences(of: "{town}", with: town).replacingOccurrences(of: "{outlet}", with: outlet) }
                text = lines.joined(separator: "\n") + "\n"
            }
            if let cast { text = cast.recast(text) }
            if random.chance(5) { text = text.replacingOccurrences(of: "’", with: "â€™").replacingOccurrences(of: "“", with: "â€œ") }
            if random.chance(10) { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            let data = Data(text.utf8)
            bytes += data.count
            let name = String(format: "%05d-%@.%@", number, outlet.lowercased().replacingOccurrences(of: " ", with: "-"), ext)
            try data.write(to: folder.appendingPathComponent(name))
        }
        return bytes
    }

    /// Writes `stories` invented stories of the same kind (each its own town, people, utility and
    /// month), `count` articles in all, most of each story reprints of its wire copies.
    mutating func write(stories: Int, count: Int, into folder: URL) throws -> Int {
        var bytes = 0
        var written = 0
        for story in 0..<stories {
            let share = count / stories + (story < count % stories ? 1 : 0)
            bytes += try write(count: share, into: folder, reprints: random.chance(60), cast: Cast.invent(&random, number: story), firstNumber: written)
            written += share
        }
        return bytes
    }
}

/// The people, places and days of one invented story, put in place of the wildfire's own.
struct Cast {
    var town: String
    var replacements: [(String, String)]

    static let syllables = ["ar", "bel", "cor", "dun", "el", "fen", "gar", "hal", "is", "jor", "kel", "lun", "mar", "nor",
                            "os", "pel", "quin", "ros", "sar", "tev", "ul", "vek", "wen", "yar", "zel"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    static func word(_ random: inout SplitMix64, _ parts: Int) -> String {
        let text = (0..<parts).map { _ in random.pick(syllables) }.joined()
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    static func invent(_ random: inout SplitMix64, number: Int) -> Cast {
        let town = word(&random, 2) + random.pick(["", " Bay", "ton", "wick", " Falls"])
        let chief = (word(&random, 2), word(&random, 2))
        let mayor = (word(&random, 2), word(&random, 3))
        let governor = (word(&random, 2), word(&random, 2))
        let month = 1 + number % 12
        let year = 2015 + (number / 12) % 10
        return Cast(town: town, replacements: [
            ("Marta Ilves", "\(chief.0) \(chief.1)"), ("Ilves", chief.1),
            ("Tomas Reyna", "\(mayor.0) \(mayor.1)"), ("Reyna", mayor.1),
            ("Ana Kovic", "\(governor.0) \(governor.1)"), ("Kovic", governor.1),
            ("Eldra Energy", "\(word(&random, 2)) Power"), ("Leon Haber", "\(word(&random, 2)) \(word(&random, 2))"),
            ("2025-08-", "\(year)-\(month < 10 ? "0" : "")\(month)-"), ("August ", months[month - 1] + " "), (", 2025", ", \(year)"),
        ])
    }

    func recast(_ text: String) -> String {
        replacements.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
