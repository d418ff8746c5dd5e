import Foundation
import Testing

@testable import StoryCore

@Suite("Content words")
struct WordsTests {
    /// The byte path must cut and fold words exactly as the token-by-token path does.
    @Test(arguments: [
        "The minister's officials said talks continued on Tuesday, 14 March 2025.",
        "Cissé’s lawyers — and al-Hakim's — denied it; “we will appeal,” they said.",
        "Ünïcödé wörds, ﬁnal ligatures, ＦＵＬＬＷＩＤＴＨ, 東京 and 2024-12-11 dates",
        "rock'n'roll -dash- 'quoted' U.N. don't ’ ’s 's x 12 1,200 ... ",
        "", "a", "ies", "Studies flies cried classes being edly", "e\u{301}cole naïve cafés",
    ])
    func bytePathMatchesTokenPath(_ text: String) {
        #expect(Words.contentWords(in: text) == Words.tokens(in: text).compactMap { Words.contentWord($0) })
        // Keys made from the bytes are the keys of the words themselves.
        #expect(Words.distinctContentKeys(in: text) == Set(Words.contentWords(in: text).map(ContentKey.init)).sorted { $0.value < $1.value })
    }

    /// The scalar path of `ParagraphText` must cut characters exactly as `String` does: every
    /// scalar it takes alone, next to itself, to ASCII and to a spread of the others.
    @Test func paragraphCharactersAreTheStringsCharacters() {
        let alone = (0..<0x2060).compactMap(Unicode.Scalar.init).filter { ParagraphText.standsAlone($0.value) }
        let neighbours = alone.filter { $0.value < 0x80 } + stride(from: 0, to: alone.count, by: 7).map { alone[$0] }
        var joined: [String] = []
        for scalar in alone {
            for other in neighbours where Array("\(scalar)\(other)\(scalar)").count != 3 {
                joined.append("U+\(String(scalar.value, radix: 16)) U+\(String(other.value, radix: 16))")
            }
        }
        #expect(alone.count > 800)
        #expect(joined.isEmpty, "\(joined.prefix(10))")
        for text in ["“We will rebuild,” she said — at 10:30.", "e\u{301}cole 👩‍👩‍👧 🇫🇷 한국\r\n", "", "Cissé’s café\u{200D}x", "a\u{0308}"] {
            let paragraph = ParagraphText(text)
            #expect(paragraph.characters == Array(text), "\(text)")
            #expect((0..<paragraph.count).map { paragraph.text($0..<($0 + 1)) } == Array(text).map(String.init), "\(text)")
        }
    }

    /// Folding on the bytes (text with no letters beyond ASCII) equals Foundation's folding.
    @Test(arguments: [
        "The Minister’s “Talks” — ‘Resumed’ … at 10:30 • Home | News", "ALL CAPS and MiXeD 123", "nbsp\u{A0}here – dash", "",
        "emoji 🔥 and ½ × 2 ≠ 3", "Cissé", "ＦＵＬＬ", "Ünïcödé",
    ])
    func foldingOnBytesIsFoundations(_ text: String) {
        let foundation = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
        #expect(Words.fold(text) == foundation)
        #expect(Words.fold(text[...]) == foundation)
    }

    /// A token's capital is worked out from its bytes for ASCII words and from its scalars for the
    /// rest: both must say what the general rule says.
    @Test func capitalsOnBytesFollowTheGeneralRule() {
        let text = "Omar al-Hakim and x-Ray, U.S. McDonald's e-Mail «Élysée» über-Chef ÉCOLE rock'n'Roll 12-Year"
        let tokens = WordToken.tokenize(Array(text))
        #expect(tokens.filter(\.isCapitalized).map(\.text) == ["Omar", "al-Hakim", "x-Ray", "U.S", "McDonald's", "e-Mail", "Élysée", "über-Chef", "ÉCOLE", "12-Year"])
        for token in tokens {
            #expect(token.isCapitalized == WordToken(text: token.text, folded: token.folded, range: token.range, isWord: token.isWord).isCapitalized, "\(token.text)")
        }
    }

    /// The byte tokenizer must cut exactly the tokens the `Character` tokenizer cuts, over a whole
    /// paragraph and over every sentence-like span numbered from its start.
    @Test(arguments: [
        "“We will rebuild,” said Ms. O’Neill-Ávila, 54, at 10:30 a.m. — U.N. & U.S. officials agreed.",
        "Omar al-Hakim's x-Ray... e.g. U.S.A. A.B.C.d a.b rock'n'roll -dash- ’quoted’ don’t 3.5% 1,200",
        "Cissé’s «Élysée» über-Chef ÉCOLE ½ × ÷ ¿qué? ñandú ŒUVRE ǅemal\u{A0}nbsp – en — em ‘x’ … • 12-Year",
        "tabs\there\nand\u{0B}vertical\u{0C}feeds", "e\u{301}cole 👩‍👩‍👧 🇫🇷 한국 東京\r\nCRLF", "", "a", ".", "x.", "’s", "-a-",
    ])
    func byteTokensAreCharacterTokens(_ text: String) {
        let paragraph = ParagraphText(text)
        #expect(WordToken.tokenize(paragraph) == WordToken.tokenize(Array(text)))
        for start in 0...paragraph.count {
            for end in start...paragraph.count where (end - start) % 5 == 0 || end == paragraph.count {
                let part = Array(paragraph.characters[start..<end])
                #expect(WordToken.tokenize(paragraph, in: start..<end, from: start) == WordToken.tokenize(part), "\(start)..<\(end) of \(text)")
            }
        }
    }

    @Test func byteTokensAreCharacterTokensOnEveryParagraph() throws {
        let paragraphs = try Fixtures.everyParagraph()
        for text in paragraphs {
            #expect(WordToken.tokenize(ParagraphText(text)) == WordToken.tokenize(Array(text)), "\(text)")
        }
        #expect(paragraphs.count > 30, "the harbor story alone has over thirty")
    }

    @Test func stemsAndDropsStopWords() {
        #expect(Words.contentWords(in: "The fires were burning; firefighters' studies") == ["fir", "burn", "firefighter", "study"])
    }

    /// What grouping compares: a wording with `exchanges` and one with `exchange` share the word.
    @Test func formsOfOneWordMeetWhenWordingsAreCompared() {
        for family in [["exchange", "exchanges", "exchanged"], ["release", "released", "releases"], ["agree", "agreed", "agrees"],
                       ["employee", "employees"], ["force", "forces", "forced"], ["state", "stated", "states"], ["warrant", "warrants"]] {
            let stems = family.map { Words.contentWords(in: $0) }
            #expect(Set(stems).count == 1, "\(stems)")
        }
        // Three letters say too little: `case` is not `cas`.
        #expect(Words.contentWords(in: "case fire") == ["case", "fire"])
    }

    @Test func formsOfOneWordMeetInSearch() {
        for family in [["fire", "fires", "fired", "firing"], ["warrant", "warrants"], ["talks", "talked", "talking"],
                       ["press", "presses"], ["study", "studies", "studied"], ["box", "boxes"], ["state", "stated", "states"]] {
            #expect(Set(family.map(Stemmer.searchStem)).count == 1, "\(family.map(Stemmer.searchStem))")
        }
    }
}

@Suite("Trimming by bytes")
struct TrimmingTests {
    /// What `trimming` must return: `Character`s dropped from both ends while the set holds them.
    private func reference(_ text: String, _ characters: String) -> String {
        var slice = text[...]
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }

    @Test(arguments: [
        "Prose ends here.", " :: Related articles → ", "…and so on…", "» Home › News", ".\u{301}accent after a dot.",
        "dot then mark .\u{301}", "emoji 👍🏽.", "flag 🇫🇷 —", "\u{0600}.", "x\u{200D}.", "— — —", "", ".", "é.", "…\u{301}",
        "Ünïcödé wörds —", "東京。", " | · • , - – — / ",
    ])
    func bytesTrimAsCharactersDo(_ text: String) {
        for set in [" :.|»›>→-–—…", " .", " |·•,-–—/", "."] {
            #expect(text.trimming(set) == reference(text, set), "\(text.debugDescription) with \(set.debugDescription)")
            #expect(text[...].trimming(set) == reference(text, set))
        }
    }
}

@Suite("Where a whole date can be")
struct StampPrecheckTests {
    /// The pre-check may let through text with no whole date, never the reverse.
    @Test(arguments: [
        "Published 11 December 2024", "2024-12-11T09:15", "25.12.24", "25 / 12 / 24", "25/12/\u{00A0}24", "12-11-24 at 9",
        "1234567894 December 11", "On 4 March, 3,000 people", "Berth 2009", "in 12/11", "x 12.11.2024.", "Dec. 11, 2024 10:23 AM",
        "3,000 residents on 14 March", "500,000 lives", "", "2024",
    ])
    func neverHidesAWholeDate(_ text: String) {
        let stamped = DateParser.matches(in: text).contains { $0.stamp != nil }
        if stamped { #expect(DateParser.mayHoldStamp(text), "\(text)") }
        #expect(DateParser.firstStamped(in: text)?.stamp == DateParser.matches(in: text).first { $0.stamp != nil }?.stamp)
    }

    /// The same for dates with a day, which the timeline's tagger asks of every sentence.
    @Test(arguments: [
        "11December 2024", "“December 11”", "12 /\u{A0}11 / 2024", "11 décembre", "11. Dezember", "mid-December 5", "On 14 March",
        "March 14", "2024-12-11", "14 de marzo", "Dec. 11", "11–12 March", "the 12th of March", "3.5 percent", "12/11",
        "Mäerz 3", "for 8 kilometres on Tuesday", "in 2019, 40 homes", "",
    ])
    func neverHidesADay(_ text: String) {
        if DateParser.matches(in: text).contains(where: { $0.day != nil }) { #expect(DateParser.mayHoldDay(text), "\(text)") }
    }

    @Test func numbersWithoutAMonthLeaveAtOnce() {
        #expect(!DateParser.mayHoldDay("Traffic backed up for 8 kilometres on Tuesday, and 3,000 left"))
        #expect(!DateParser.mayHoldDay("The last fire, in 2019, destroyed 40 homes — “never again”"))
    }

    @Test func numbersWithoutAYearLeaveAtOnce() {
        #expect(!DateParser.mayHoldStamp("About 3,000 residents and 158 meals, 40 percent"))
        #expect(!DateParser.mayHoldStamp("On 14 March"))
    }
}

@Suite("Collapsing white space")
struct CollapsedWhitespaceTests {
    /// The rule, scalar by scalar: any run of white space (with U+200B and U+FEFF) becomes one space, none at the ends.
    private func reference(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pending = !output.isEmpty
            } else {
                if pending { output.append(" ") }
                pending = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    @Test(arguments: [
        "clean line as most are", " leading", "trailing ", "two  spaces", "tab\there", "line\r\nbreak", "nbsp\u{00A0}here",
        "nel\u{0085}x", "ogham\u{1680}x", "en\u{2002}quad", "zero\u{200B}width", "bom\u{FEFF}x", "ideographic\u{3000}space",
        "narrow\u{202F}nbsp", "é accents ü stay", "東京 — “quotes” €", "\u{00A0}\u{00A0}", "", " ", "a",
    ])
    func collapsesAsTheRuleSays(_ text: String) {
        #expect(text.collapsedWhitespace == reference(text), "\(text.debugDescription)")
        #expect(text[...].collapsedWhitespace == reference(text))
    }
}

@Suite("Byte shortcuts for names, prefixes and counts")
struct ByteShortcutTests {
    /// What the table-driven word walk must find: runs of word scalars, an apostrophe, `’` or
    /// hyphen kept between two of them (the walk as it was, one decoded scalar at a time).
    private func referenceWords(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var words: [String] = []
        var start: Int?
        for (index, scalar) in scalars.enumerated() {
            if Words.isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let begun = start {
                let joins = (scalar == "'" || scalar == "’" || scalar == "-") && index + 1 < scalars.count && Words.isWordScalar(scalars[index + 1])
                if !joins {
                    words.append(String(String.UnicodeScalarView(scalars[begun..<index])))
                    start = nil
                }
            }
        }
        if let begun = start { words.append(String(String.UnicodeScalarView(scalars[begun...]))) }
        return words
    }

    @Test(arguments: [
        "rock'n'roll -dash- 'quoted' U.N. don't ’ ’s 's x 12 1,200 ... ", "al-Hakim’s", "end-", "-start", "a'", "'a",
        "Cissé’s naïve e\u{301}cole", "東京 and 2024-12-11", "x’é y-ü z'\u{301}", "emoji 👍🏽 word", "", "-", "’", "tab\tand\u{A0}nbsp",
    ])
    func wordWalkFindsTheWordsScalarByScalar(_ text: String) {
        #expect(Words.tokens(in: text).map(String.init) == referenceWords(text), "\(text.debugDescription)")
        #expect(Words.count(in: text) == referenceWords(text).count)
    }

    @Test(arguments: [
        "", "a", "12345678", "123456789", "a plain line of ASCII words that runs on past sixteen bytes", "line\r\nbreak", "cr\r",
        "ASCII then é", "e\u{301}", "0123456é", "👍🏽", "東京", "seven 8\u{301}", "tab\tand\u{7F}del",
    ])
    func characterCountIsCount(_ text: String) {
        #expect(text.characterCount == text.count, "\(text.debugDescription)")
    }

    @Test(arguments: ["", "plain ASCII", "Cissé’s naïve e\u{301}cole", "東京 2024", "emoji 👍🏽 and 🇸🇪", "\u{FEFF}bom\u{0}nul\r\n", "\u{10FFFF}"])
    func scalarsMakeTheStringTheyCameFrom(_ text: String) {
        #expect(String(scalars: text.unicodeScalars) == text)
        #expect(String(scalars: Array(text.unicodeScalars)).utf8.elementsEqual(text.utf8))
    }

    @Test(arguments: [
        "by Jane", "By Jane", "by", "by ", "by \u{301}Jane", "written by x", "byline", "", " by x", "(reporting by x",
        "por Ana", "author: x", "authors:", "by\u{A0}Jane",
    ])
    func prefixListAnswersAsHasPrefix(_ text: String) {
        let prefixes = ["by ", "written by ", "por ", "author: ", "(reporting by"]
        let list = PrefixList(prefixes)
        #expect(list.starts(text) == prefixes.contains { text.hasPrefix($0) }, "\(text.debugDescription)")
        #expect(list.starts(text[...]) == prefixes.contains { text.hasPrefix($0) })
    }

    /// `TitleMatch.repeats` leaves early when the last letters differ; it must answer as the
    /// whole comparison of folded keys does.
    @Test(arguments: [
        "Harbor fire destroys ferry terminal", "Harbor fire destroys ferry terminal.”", "LIVE: Harbor fire destroys ferry terminal",
        "News | Harbor fire destroys ferry terminal …", "“Harbor fire destroys ferry terminal”", "Harbor fire destroys ferry terminaL »",
        "The fire destroyed the terminal.”", "Harbor fire destroys ferry terminal\u{301}", "Harbor fire — destroys ferry terminal",
        "harbor fire destroys ferry términal", "", "…", "Update: Harbor fire destroys ferry terminál",
    ])
    func titleRepeatsAnswerAsTheKeysDo(_ text: String) {
        for title in ["Harbor fire destroys ferry terminal", "Harbor fire destroys ferry terminál", "Harbor fire “destroys” ferry terminal…"] {
            let line = TitleMatch.key(text)
            let heading = TitleMatch.key(title)
            var expected = line == heading
            if !expected, line.hasSuffix(heading) {
                let prefix = line.dropLast(heading.count).trimmed
                expected = Words.count(in: prefix) <= 4 && (prefix.hasSuffix(":") || prefix.hasSuffix("|") || prefix.hasSuffix("-") || prefix.hasSuffix("–"))
            }
            #expect(TitleMatch.repeats(text, title: title) == expected, "\(text.debugDescription) / \(title)")
        }
    }

    /// A paragraph cut by scalar asks its scalars what the splitter and the scanner would ask
    /// its `Character`s: the answers must agree for every scalar that can stand alone.
    @Test func scalarsAnswerAsTheirCharactersDo() {
        let alone = (0..<0x2060).compactMap(Unicode.Scalar.init).filter { ParagraphText.standsAlone($0.value) }
        #expect(alone.count > 800)
        for scalar in alone {
            let character = Character(scalar)
            #expect(scalar.asciiByte == character.asciiByte, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isSpace == character.isSpace, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isLetter == character.isLetter, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isNumber == character.isNumber, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isUppercase == character.isUppercase, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isLowercase == character.isLowercase, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isPunctuation == character.isPunctuation, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.soleScalar == character.soleScalar)
        }
    }

    /// Sentences and quotations found on a paragraph's scalars are those found on its characters.
    @Test func sentencesAndQuotationsAreTheSameOnScalars() throws {
        let paragraphs = try Fixtures.everyParagraph() + [
            "He said: “It’s over.” Then he left. Mr. Okafor (the U.N. envoy) said ‘no’. “Yes,” she replied.",
            "« Nous partons », a-t-il dit. „Wir gehen“, sagte er. The port.The mayor spoke… Did she? Yes!",
            "“An unclosed quotation runs on", "‘Single’ quotes and the workers’ union’s ‘strike’.",
        ]
        var scalarCut = 0
        for paragraph in paragraphs {
            let text = ParagraphText(paragraph)
            guard text.isScalarCut else { continue }
            scalarCut += 1
            let reference = ParagraphText.byCharacter(paragraph)
            let spans = QuoteScanner.scan([text])
            #expect(spans == QuoteScanner.scan([reference]), "\(paragraph)")
            #expect(text.sentences(protected: spans.map(\.outer)) == reference.sentences(protected: spans.map(\.outer)), "\(paragraph)")
            #expect(text.characters == reference.characters)
        }
        #expect(scalarCut > 30)
    }

    /// An ASCII word is stemmed on its bytes; the answer must be the `String` rules' answer.
    @Test(arguments: [
        "studies", "studied", "classes", "running", "reportedly", "talked", "quickly", "fires", "fire", "press", "presses",
        "ies", "bies", "sing", "eds", "yes", "is", "as", "gas", "dying", "being", "x\r\ns", "a\r\nings", "cafés", "naïve", "",
        "S", "TALKS", "ed", "lying", "skies", "happily", "flies", "cried", "exchange", "exchanges", "case", "agree", "employee",
        "employees", "café", "\r\ne",
    ])
    func bytesStemAsTheStringRulesDo(_ word: String) {
        func reference(_ word: String) -> String {
            guard word.count > 3 else { return word }
            let rules: [(String, String)] = [
                ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ing", ""), ("edly", ""), ("ed", ""), ("ly", ""), ("es", ""), ("s", ""),
            ]
            for (suffix, replacement) in rules where word.hasSuffix(suffix) {
                let stemmed = String(word.dropLast(suffix.count)) + replacement
                if stemmed.count >= 3 { return stemmed }
            }
            return word.count >= 5 && word.hasSuffix("e") ? String(word.dropLast()) : word
        }
        #expect(Stemmer.stem(word) == reference(word), "\(word.debugDescription)")
    }

    /// The open-addressing table counts as a dictionary does, through every growth.
    @Test func contentKeyTableCountsAsADictionary() {
        var table = ContentKeyTable<Int>()
        var dictionary: [ContentKey: Int] = [:]
        for number in 0..<5_000 {
            let key = ContentKey("word\(number % 1_777)")
            table.update(key, initial: 0) { $0 += number }
            dictionary[key, default: 0] += number
        }
        var seen: [ContentKey: Int] = [:]
        table.forEach { key, value in seen[key] = value }
        #expect(table.count == dictionary.count)
        #expect(seen == dictionary)
        #expect(dictionary.allSatisfy { table.value($0.key) == $0.value })
        #expect(table.value(ContentKey("absent")) == nil)
    }

    @Test(arguments: [
        "a/b.TXT", "story.html", "a.b/c", ".hidden", "dir/.hidden", "file.", "a/b/..", "x.tar.GZ", "noext", "a/b.c/d.e",
        "/abs/path/page.Md", "dir/..x", "a/.b.c", "né.JSON", "a//b.txt",
    ])
    func extensionsAreFoundationsPathExtensions(_ path: String) {
        #expect(FileCollector.lowercasedExtension(of: path) == (path as NSString).pathExtension.lowercased(), "\(path)")
    }

    @Test func wordSetAnswersAsASetOfStrings() throws {
        let words = ["he", "said", "spokesperson", "representative", "superintendent", "mayor's", "secretary-general", "Mr", "cissé", "东京", "a"]
        let set = WordSet(words)
        let plain = Set(words)
        // Each word, its capitalized and upper-case forms, neighbours in length and in key, and what no set holds.
        var asked = ["", "h", "hes", "sai", "saids", "aa", "zzzzzzzzzzzz", "zzzzzzzzzzzzz", "spokespersons", "mayors", "mr", "MR", "cisse",
                     "cisse\u{301}", "e\u{301}", "said\n", " said", "he\u{0}", "representativ", "superintenden"]
        for word in words { asked += [word, word.capitalized, word.uppercased(), String(word.dropLast()), word + "s"] }
        for word in asked { #expect(set.contains(word) == plain.contains(word), "\(word.debugDescription)") }
        // Canonically equal spellings meet, as in a `Set<String>`.
        #expect(WordSet(["cisse\u{301}"]).contains("cissé"))
        #expect(try #require(SpeakerPhrase.pronouns["her"]) == .female && SpeakerPhrase.pronouns["Her"] == nil && SpeakerPhrase.pronouns["hers"] == nil)
    }
}
