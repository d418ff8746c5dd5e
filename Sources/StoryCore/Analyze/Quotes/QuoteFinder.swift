/// A statement found in one article, before its speaker reference is resolved to a person.
struct Finding {
    var paragraph: Int
    /// Orders findings and name mentions within the article.
    var position: Int
    var sentence: Int
    var kind: QuoteKind
    var text: String
    /// Text around the statement that says the same thing: the reported clause of a partial quotation.
    var context: String
    var reference: SpeakerReference?
    var referenceText: String?
    /// No speaker in its own sentence: it takes the speaker of the quotation before it.
    var continuesPrevious = false
}

/// A place where an article names someone, for resolving `he` and `the minister` later.
struct NameMention {
    var position: Int
    var sentence: Int
    var reference: SpeakerReference
    var firstInSentence: Bool
    /// `Carvalho said she …`: the pronoun that follows the name and its verb.
    var pronounAfter: Gender?
    /// `Nordvale Hydro said it had …`: a body speaks of itself as `it`.
    var bodyAfter = false
}

/// Finds direct, partial and reported statements in one article's paragraphs.
enum QuoteFinder {
    static func find(in paragraphs: [String]) -> (findings: [Finding], names: [NameMention]) {
        let texts = paragraphs.map(ParagraphText.init)
        let spans = QuoteScanner.scan(texts)
        var findings: [Finding] = []
        var names: [NameMention] = []
        var sentenceNumber = 0
        let spansByParagraph = Dictionary(grouping: spans, by: \.paragraph)
        // Each paragraph's tokens (its dateline left out) and sentences, read first: whether a
        // sentence's first word is a name depends on how the whole article writes it.
        let read = texts.indices.map { number -> (tokens: [WordToken], sentences: [Range<Int>], slices: [Range<Int>]) in
            var tokens = WordToken.tokenize(texts[number])
            if let dateline = SentenceOpeners.datelineEnd(tokens) { tokens.removeFirst(dateline) }
            let sentences = texts[number].sentences(protected: (spansByParagraph[number] ?? []).map(\.outer))
            // Tokens and sentences are both in text order: each sentence's tokens are one slice,
            // found by walking on (filtering all tokens for each sentence would grow with their product).
            return (tokens, sentences, slices(of: tokens, by: sentences))
        }
        let openers = SentenceOpeners(read.map { ($0.tokens, $0.slices) })
        for (number, paragraph) in texts.enumerated() {
            let opening = spansByParagraph[number] ?? []
            let sentences = read[number].sentences
            let sentenceTokens = read[number].slices
            let tokens = openers.lowered(read[number].tokens, sentences: sentenceTokens)
            var lastSpeakerFinding: Int?
            for (sentenceIndex, sentence) in sentences.enumerated() {
                let sentenceID = sentenceNumber + sentenceIndex
                let inside = opening.filter { sentence.contains($0.outer.lowerBound) }
                let frame = inside.isEmpty ? Array(tokens[sentenceTokens[sentenceIndex]]) : outside(tokens[sentenceTokens[sentenceIndex]], inside)
                names += nameMentions(frame, sentence: sentenceID, offset: number * 100_000)
                if inside.isEmpty {
                    if let finding = reported(frame, paragraph: paragraph, number: number, sentence: sentenceID) {
                        findings.append(finding)
                        lastSpeakerFinding = findings.count - 1
                    }
                    continue
                }
                // `She said the council would …, and he replied that the company “welcomes any review.”`
                if let firstQuote = inside.map(\.outer.lowerBound).min() {
                    let lead = frame.filter { $0.range.upperBound <= firstQuote }
                    if let finding = reported(lead, paragraph: paragraph, number: number, sentence: sentenceID, beforeQuotation: true) {
                        findings.append(finding)
                        lastSpeakerFinding = findings.count - 1
                    }
                }
                let frameVerb = frame.firstIndex(where: { SpeechVerbs.isVerb($0) })
                for span in inside {
                    guard var finding = quoted(span, frame: frame, frameVerb: frameVerb, paragraph: paragraph, sentence: sentence, sentenceID: sentenceID)
                    else { continue }
                    if finding.reference == nil, lastSpeakerFinding != nil {
                        finding.continuesPrevious = true
                    } else if finding.reference == nil, sentenceIndex > 0,
                              let colon = introduction(Array(tokens[sentenceTokens[sentenceIndex - 1]]))
                    {
                        finding.reference = colon
                    } else if finding.reference == nil, sentenceIndex == 0, number > 0, let last = read[number - 1].slices.last,
                              let colon = introduction(Array(read[number - 1].tokens[last]))
                    {
                        // `Obama tweeted using his account:` ending the paragraph before the quotation.
                        finding.reference = colon
                    }
                    findings.append(finding)
                    if finding.reference != nil { lastSpeakerFinding = findings.count - 1 }
                }
            }
            sentenceNumber += sentences.count
            // A paragraph that is only a quotation continues the speaker of the paragraph before.
            if let last = findings.last, last.paragraph == number, last.reference == nil, opening.count == 1,
               opening[0].outer.lowerBound <= 1, findings.count >= 2, findings[findings.count - 2].paragraph == number - 1
            {
                findings[findings.count - 1].continuesPrevious = true
            }
        }
        return (findings, names)
    }

    /// For each range of `sentences` (in order, not overlapping), the indices of the tokens that start in it.
    static func slices(of tokens: [WordToken], by sentences: [Range<Int>]) -> [Range<Int>] {
        var start = 0
        return sentences.map { sentence in
            while start < tokens.count, tokens[start].range.lowerBound < sentence.lowerBound { start += 1 }
            var end = start
            while end < tokens.count, tokens[end].range.lowerBound < sentence.upperBound { end += 1 }
            defer { start = end }
            return start..<end
        }
    }

    // MARK: Quotations

    /// The tokens of a sentence that lie outside its quotations (both in text order), in one walk.
    static func outside(_ tokens: ArraySlice<WordToken>, _ spans: [QuoteSpan]) -> [WordToken] {
        let spans = spans.map(\.outer).sorted { $0.lowerBound < $1.lowerBound }
        var result: [WordToken] = []
        result.reserveCapacity(tokens.count)
        var next = 0
        for token in tokens {
            let position = token.range.lowerBound
            while next < spans.count, spans[next].upperBound <= position { next += 1 }
            // Spans may nest or overlap: any span starting at or before the token may hold it.
            var held = false
            var look = next
            while look < spans.count, spans[look].lowerBound <= position {
                if spans[look].contains(position) { held = true; break }
                look += 1
            }
            if !held { result.append(token) }
        }
        return result
    }

    /// How far from a quotation its frame is read: a speaker and a speech verb stand near it, and
    /// reading a whole sentence for each quotation in it would grow with their product.
    static let reach = 64

    /// The first index in `frame` (in text order) whose token `isPast` says is past a point.
    private static func boundary(_ frame: [WordToken], _ isPast: (WordToken) -> Bool) -> Int {
        var low = 0
        var high = frame.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(frame[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private static func quoted(
        _ span: QuoteSpan, frame: [WordToken], frameVerb: Int?, paragraph: ParagraphText, sentence: Range<Int>, sentenceID: Int
    ) -> Finding? {
        let text = span.text.trimmed.trimming(",;: ")
        let words = Words.count(in: text)
        guard words >= 1 else { return nil }
        let beforeEnd = boundary(frame) { $0.range.upperBound > span.outer.lowerBound }
        let afterStart = boundary(frame) { $0.range.lowerBound >= span.outer.upperBound }
        let before = Array(frame[max(0, beforeEnd - reach)..<beforeEnd])
        let after = Array(frame[afterStart..<min(frame.count, afterStart + reach)])
        var reference: (SpeakerReference, String)?
        var framedByVerb = false

        // “…,” Okafor added. / “…,” said Ines Carvalho, director of …
        if let verb = after.prefix(8).firstIndex(where: { SpeechVerbs.isVerb($0) }) {
            // Only a frame made of a speaker and the verb: `,” Okafor added`, not `, regardless of which party wins`.
            let between = after[..<verb]
            if between.allSatisfy({ !$0.isWord ? $0.text == "," : SpeakerPhrase.pronouns[$0.folded] != nil || $0.isCapitalized
                || SpeakerPhrase.roleWords.contains($0.folded) || SpeakerPhrase.auxiliaries.contains($0.folded) || ["the", "a", "an"].contains($0.folded) })
            {
                framedByVerb = true
                if let (found, range) = SpeakerPhrase.before(after, end: verb) {
                    reference = (found, phraseText(after, range))
                } else if !["told", "tells", "asked", "informed"].contains(after[verb].folded),
                          let (found, range) = SpeakerPhrase.after(after, start: verb + 1)
                {
                    reference = (found, phraseText(after, range))
                }
            }
        }
        // Okafor said: “…” / According to Okafor, “…” / …, stating, “…”
        if reference == nil, let verb = before.lastIndex(where: { SpeechVerbs.isVerb($0) }) {
            framedByVerb = true
            reference = speaker(of: verb, in: before)
        }
        // Okafor was clear: “…”
        if reference == nil, before.last?.text == ":" {
            framedByVerb = true
            reference = subject(before, before: before.count - 1)
        }
        // A fragment quoted in a sentence that reports speech belongs to that sentence's speaker.
        if reference == nil, let verb = frameVerb {
            reference = speaker(of: verb, in: frame) ?? subject(frame, before: verb)
        }

        let previous = before.last
        let embedded = previous.map { $0.isWord && !SpeechVerbs.contains($0.folded) } ?? false
        let startsLower = text.first?.isLowercase ?? false
        let kind: QuoteKind = embedded || startsLower || (words <= 3 && !framedByVerb) ? .partial : .direct
        if kind == .partial {
            // Scare quotes and names of works are nobody's statement.
            let attributed = reference != nil || frame.contains { SpeechVerbs.isVerb($0) }
            if words <= 2, !attributed { return nil }
            // `locals call the boat ‘the bathtub’`: a name given, not a statement made.
            if words <= 4, before.suffix(4).contains(where: { namingVerbs.contains($0.folded) }) { return nil }
            if isTitleOfWork(text, before: before) { return nil }
        }
        return Finding(
            paragraph: span.paragraph, position: span.paragraph * 100_000 + span.outer.lowerBound, sentence: sentenceID,
            kind: kind, text: text, context: kind == .partial ? paragraph.text(sentence) : "", reference: reference?.0, referenceText: reference?.1)
    }

    /// `Okafor was clear:` before a quotation that has no verb of its own.
    private static func introduction(_ words: [WordToken]) -> SpeakerReference? {
        guard words.last?.text == ":" else { return nil }
        if let verb = words.lastIndex(where: { SpeechVerbs.isVerb($0) }), let (found, _) = speaker(of: verb, in: words) {
            return found
        }
        return firstNamePhrase(words)?.0
    }

    private static func firstNamePhrase(_ tokens: [WordToken]) -> (SpeakerReference, String)? {
        guard let start = tokens.firstIndex(where: { $0.isCapitalized && SpeakerPhrase.isNamePart(tokens, tokens.firstIndex(of: $0)!) }) else {
            if let pronoun = tokens.first(where: { SpeakerPhrase.pronouns[$0.folded] != nil }) {
                return (.pronoun(SpeakerPhrase.pronouns[pronoun.folded]!), pronoun.text)
            }
            return nil
        }
        var end = start
        while end < tokens.count, SpeakerPhrase.isNamePart(tokens, end) { end += 1 }
        guard let reference = SpeakerPhrase.reference(Array(tokens[start..<end]), appositiveRole: nil) else { return nil }
        return (reference, phraseText(tokens, start..<end))
    }

    /// `the law known as “Safe Streets”`, `the book “War and Peace”`.
    private static func isTitleOfWork(_ text: String, before: [WordToken]) -> Bool {
        let cue = before.suffix(3).map(\.folded)
        if cue.suffix(2) == ["known", "as"] { return true }
        if cue.contains(where: workCues.contains) { return true }
        let words = Words.tokens(in: text)
        return words.count <= 6 && words.count >= 2 && words.allSatisfy { $0.first?.isUppercase == true || $0.count <= 3 }
    }

    // MARK: Reported speech

    /// `Okafor stated that …`, `According to Okafor, …`, `…, the minister said.`
    /// `beforeQuotation`: the words before a quotation in its sentence, whose verb, when it ends
    /// them, introduces the quotation (`…, Najib Razak said, “…”`) rather than closing a statement.
    private static func reported(
        _ tokens: [WordToken], paragraph source: ParagraphText, number paragraph: Int, sentence: Int, beforeQuotation: Bool = false
    ) -> Finding? {
        let words = tokens
        // Counted lazily: every sentence comes here, and a filtered copy of its tokens is not needed.
        guard words.lazy.filter(\.isWord).prefix(6).count == 6 else { return nil }
        func finding(_ reference: (SpeakerReference, String), clause whole: Range<Int>) -> Finding? {
            // The clause ends where a second speaker takes over: `…, and he replied that …`.
            var clause = whole
            if let cut = words[whole].indices.first(where: { k in
                words[k].text == "," && k + 1 < words.count && ["and", "but", "while"].contains(words[k + 1].folded)
                    && words[(k + 2)..<min(words.count, k + 6)].contains(where: { SpeechVerbs.isVerb($0) })
            }) {
                clause = whole.lowerBound..<cut
            }
            let clauseTokens = words[clause].filter(\.isWord)
            guard clauseTokens.count >= 4, let first = words[clause].first, let last = words[clause].last else { return nil }
            let text = source.text(first.range.lowerBound..<last.range.upperBound).trimming(" ,.;:")
            return Finding(
                paragraph: paragraph, position: paragraph * 100_000 + first.range.lowerBound, sentence: sentence,
                kind: .indirect, text: text, context: "", reference: reference.0, referenceText: reference.1)
        }
        // According to X, CLAUSE  /  CLAUSE, according to X.
        if let according = words.indices.first(where: { words[$0].folded == "according" && $0 + 1 < words.count && words[$0 + 1].folded == "to" }),
           let (found, range) = SpeakerPhrase.after(words, start: according + 2)
        {
            let end = range.upperBound
            let reference = (found, phraseText(words, range))
            // `CLAUSE, according to Kristen Wilkins, assistant professor …`: what comes after is her role.
            if according > 0, words[according - 1].text == "," { return finding(reference, clause: 0..<(according - 1)) }
            // `According to ABC News, Basya also believes …`: an outlet relays a speaker who has a verb of their own.
            if end < words.count, words[end].text == ",", let relayed = relayedSpeaker(words, from: end + 1) {
                return finding(relayed.reference, clause: relayed.clause)
            }
            if end < words.count, words[end].text == "," { return finding(reference, clause: (end + 1)..<words.count) }
            // `According to the Interior Ministry over 345 pilgrims have been killed`: no comma.
            if according == 0, startsClause(words, at: end) { return finding(reference, clause: end..<words.count) }
        }
        for verb in words.indices where SpeechVerbs.isVerb(words[verb]) {
            let folded = words[verb].folded
            if verb > 0, ["to", "not", "be", "been"].contains(words[verb - 1].folded) { continue }
            if folded == "according" { continue }
            var clauseStart = verb + 1
            // told reporters / told Radio Nord (that) …; announced on Tuesday that …
            // `announced on Tuesday, 4 March, that …`, `told Radio Nord that …`: only a time, a place
            // or a listener may stand between the verb and its `that`.
            if let that = words[clauseStart..<min(words.count, clauseStart + 9)].firstIndex(where: { $0.folded == "that" }),
               words[clauseStart..<that].allSatisfy({ token in
                   !token.isWord ? token.text == "," : token.isCapitalized || token.text.first?.isNumber == true
                       || betweenVerbAndThat.contains(token.folded) || DateParser.weekdayNumber(token.folded) != nil
               })
            {
                clauseStart = that + 1
            } else if listenerVerbs.contains(folded),
                      let that = words[clauseStart..<min(words.count, clauseStart + 8)].firstIndex(where: { $0.folded == "that" }),
                      words[clauseStart..<that].allSatisfy({ $0.isWord && !SpeechVerbs.isVerb($0) })
            {
                // `Heller told the judge that …`: whoever was told, then the clause.
                clauseStart = that + 1
            } else if listenerVerbs.contains(folded) {
                while clauseStart < words.count, words[clauseStart].isWord, listenerWords.contains(words[clauseStart].folded) || words[clauseStart].isCapitalized {
                    clauseStart += 1
                }
            }
            let hasThat = clauseStart > verb + 1 && words[clauseStart - 1].folded == "that"
            // `…, said Ana Perreira of the Harbor Authority.`: a name after the verb that closes the
            // sentence is the speaker, whatever stands before the comma (`…in Lowell Bay, the
            // largest town, said …`). Only verbs that invert; `told` takes a listener.
            if !hasThat, verb > 1, words[verb - 1].text == ",", invertingVerbs.contains(folded),
               let (found, range) = SpeakerPhrase.after(words, start: verb + 1),
               range.upperBound == words.count || clauseEnds.contains(words[range.upperBound].text),
               let inverted = finding((found, phraseText(words, range)), clause: 0..<(verb - 1))
            {
                return inverted
            }
            let reference = speaker(of: verb, in: words)
            // …, the ministry announced on Monday.  /  …, Okafor said.
            // Words after the verb, counted up to seven: only `none` and `six or fewer` matter.
            let trailing = words[(verb + 1)...].lazy.filter(\.isWord).prefix(7).count
            if beforeQuotation, trailing == 0 { continue }
            // `…, Okafor said on Monday` closes a statement; `Okafor said the firm had hired lawyers` opens one.
            if !hasThat, trailing <= 6, SpeechVerbs.introducesClause(folded), let reference,
               !(startsClause(words, at: verb + 1) && hasFiniteVerb(words, from: verb + 1)),
               let start = phraseStart(words, verb: verb, reference: reference.1), start > 1, words[start - 1].text == ","
            {
                return finding(reference, clause: 0..<statementEnd(words, comma: start - 1))
            }
            // `…, said Uwe Marsh, who runs the shelter.`: the inverted order; what was said comes first.
            // Only where no speaker stands before the verb (`…, its secretary, Vell, told Port News`).
            if !hasThat, verb > 1, words[verb - 1].text == ",", SpeechVerbs.introducesClause(folded), let reference,
               SpeakerPhrase.before(words, end: verb) == nil,
               let (_, range) = SpeakerPhrase.after(words, start: verb + 1),
               range.upperBound == words.count || clauseEnds.contains(words[range.upperBound].text),
               let inverted = finding(reference, clause: 0..<(verb - 1))
            {
                return inverted
            }
            guard hasThat || (SpeechVerbs.introducesClause(folded) && startsClause(words, at: clauseStart)
                && (looseClauseVerbs.contains(folded) || hasFiniteVerb(words, from: clauseStart)))
            else { continue }
            guard let reference else { continue }
            return finding(reference, clause: clauseStart..<words.count)
        }
        return nil
    }

    /// Where a statement ends before its speaker: `…last month, its general secretary, Dario Vell,
    /// told …` ends before the role that stands in front of the name.
    private static func statementEnd(_ words: [WordToken], comma: Int) -> Int {
        var cut = comma
        while let open = words[..<cut].lastIndex(where: { $0.text == "," }), cut - open <= 9 {
            let segment = Array(words[(open + 1)..<cut])
            guard let last = segment.last(where: \.isWord), SpeakerPhrase.roleWords.contains(last.folded) || SpeakerPhrase.isOccupation(last),
                  SpeakerPhrase.startsAppositive(segment) || segment.first.map(SpeakerPhrase.isPossessive) == true
            else { break }
            cut = open
        }
        return cut
    }

    /// Where a speaker phrase ending at `verb` begins, `the` included.
    private static func phraseStart(_ words: [WordToken], verb: Int, reference: String) -> Int? {
        // `…, the Regional Fire Service (RFS) said`: the bracketed short form stands between.
        let end = verb >= 3 && words[verb - 1].text == ")" && words[verb - 3].text == "(" ? verb - 3 : verb
        // The phrase must be the words just before the verb, not a name read back over appositives.
        // Only starts whose word opens the reference are spelled out and compared.
        let first = reference.prefix { $0 != " " }
        guard var start = stride(from: end - 1, through: max(0, end - 12), by: -1).first(where: {
            words[$0].text.utf8.count <= first.utf8.count && first.hasPrefix(words[$0].text) && phraseText(words, $0..<end) == reference
        })
        else { return nil }
        // `…, the national disaster agency said`: lower-case modifiers and the article before the head.
        if words[start].isWord, !words[start].isCapitalized,
           let determiner = (max(0, start - 4)..<start).reversed().first(where: { ["the", "a", "an"].contains(words[$0].folded) }),
           words[(determiner + 1)..<start].allSatisfy({ $0.isWord && !SpeechVerbs.isVerb($0) })
        {
            return determiner
        }
        if start > 0, words[start - 1].folded == "the" { start -= 1 }
        return start
    }

    /// A bare clause starts with its subject, not with a preposition, an adverb or a gerund.
    private static func startsClause(_ words: [WordToken], at index: Int) -> Bool {
        guard index < words.count, words[index].isWord else { return false }
        let word = words[index].folded
        if words[index].isCapitalized || words[index].text.first?.isNumber == true { return true }
        if startsCount(words, at: index) { return true }
        // `say dredging alone will not …`: a gerund is a subject when a verb follows it.
        return !nonSubjects.contains(word) && (!word.hasSuffix("ing") || hasFiniteVerb(words, from: index + 1)) && !word.hasSuffix("ly")
    }

    /// `at least 14 homes`, `more than 200 people`, `about 40 percent`: a count, the subject of the
    /// clause, though its first word is one that otherwise starts no clause (`said at the meeting`).
    private static func startsCount(_ words: [WordToken], at index: Int) -> Bool {
        // A figure or a number word (`a`, `several`: `said about a plan` is no count).
        func isNumber(_ offset: Int) -> Bool {
            guard index + offset < words.count else { return false }
            let token = words[index + offset]
            return token.text.first?.isNumber == true || (TemporalTagger.number(token) != nil && !vagueCounts.contains(token.folded))
        }
        let word = words[index].folded
        let next = index + 1 < words.count ? words[index + 1].folded : ""
        if word == "at", next == "least" || next == "most" { return isNumber(2) }
        if countComparatives.contains(word), next == "than" { return isNumber(2) }
        if word == "up", next == "to" { return isNumber(2) }
        return countApproximators.contains(word) && isNumber(1)
    }

    /// Number words that name no count on their own: `said about a plan`.
    private static let vagueCounts: WordSet = ["a", "an", "several", "few"]
    /// `more than 200`, `fewer than ten`.
    private static let countComparatives: WordSet = ["more", "less", "fewer"]
    /// `about 40`, `nearly 300`, `some 40`.
    private static let countApproximators: WordSet = ["about", "nearly", "almost", "around", "roughly", "over", "some"]

    /// `According to ABC News, Basya also believes …`: the speaker and clause inside a relayed
    /// statement, when its subject is a name with a speech verb of its own close behind.
    private static func relayedSpeaker(_ words: [WordToken], from start: Int) -> (reference: (SpeakerReference, String), clause: Range<Int>)? {
        let window = words[start..<min(words.count, start + 24)]
        guard let verb = window.firstIndex(where: { SpeechVerbs.isVerb($0) && $0.folded != "according" }),
              words[start].isCapitalized, let found = speaker(of: verb, in: words), case .name = found.0
        else { return nil }
        return (found, (verb + 1)..<words.count)
    }

    /// Bare clauses after these are nearly always statements (`said the union had written`);
    /// after the others (`conceded a penalty which …`) a clause needs a verb of its own.
    private static let looseClauseVerbs: WordSet = ["said", "says", "say", "told", "tells", "added", "adds"]

    /// Whether words from `start` hold a finite verb before any relative clause: `the vote would
    /// be close`, `the firm raised prices`, not `a penalty which the referee awarded`.
    private static func hasFiniteVerb(_ words: [WordToken], from start: Int) -> Bool {
        for token in words[start..<min(words.count, start + 12)] {
            if !token.isWord { if token.text == "," { return false }; continue }
            if relativeWords.contains(token.folded) { return false }
            if finiteVerbs.contains(token.folded) || (token.folded.hasSuffix("ed") && !token.isCapitalized && token.folded.utf8.count > 3) { return true }
        }
        return false
    }

    private static let relativeWords: WordSet = ["which", "who", "whom", "whose", "that", "where", "when"]

    /// Auxiliaries, copulas and common irregular pasts: a clause has one of these or a past in `-ed`.
    private static let finiteVerbs: WordSet = [
        "is", "was", "were", "are", "am", "be", "been", "had", "has", "have", "will", "would", "could", "can", "should",
        "may", "might", "must", "did", "does", "do", "shall", "won't", "wouldn't", "can't", "couldn't", "didn't", "doesn't",
        "isn't", "wasn't", "weren't", "aren't", "hasn't", "haven't", "hadn't", "went", "came", "took", "made", "got",
        "gave", "left", "saw", "found", "began", "became", "knew", "thought", "kept", "held", "brought", "fell", "lost",
        "won", "paid", "put", "set", "ran", "met", "sent", "spent", "stood", "built", "needs", "wants", "remains", "plans",
        "faces", "means", "knows", "goes", "makes", "takes", "gets", "seems", "looks", "works", "lives", "continues",
    ]

    /// Verbs that take a listener before what is said: `told the judge that …`.
    private static let listenerVerbs: WordSet = ["told", "tells", "tell", "informed", "assured", "reassured", "warned", "reminded", "promised"]

    /// Verbs written after their statement and before their speaker: `…, said Okafor.`
    private static let invertingVerbs: WordSet = [
        "said", "says", "added", "adds", "explained", "explains", "noted", "notes", "recalled", "recalls", "wrote", "writes",
        "warned", "warns", "insisted", "insists", "continued", "continues", "concluded", "argued", "argues", "stated",
        "states", "declared", "observed", "acknowledged", "admitted", "replied", "responded", "asked", "cautioned",
        "conceded", "countered", "suggested", "predicted", "reported", "reports", "announced",
    ]

    /// What may follow the speaker of `…, said Uwe Marsh, who …`: the end of the name's clause.
    private static let clauseEnds: Set<String> = [",", ".", ";"]

    private static let workCues: WordSet = [
        "called", "named", "titled", "entitled", "dubbed", "law", "act", "bill", "book", "film", "song", "album", "novel", "programme",
        "program", "operation", "slogan", "campaign",
    ]

    private static let namingVerbs: WordSet = [
        "call", "calls", "called", "dub", "dubs", "dubbed", "term", "terms", "termed", "label", "labels", "labelled",
        "labeled", "brand", "brands", "branded", "nickname", "nicknamed", "known", "named", "titled", "entitled",
    ]

    private static let betweenVerbAndThat: WordSet = [
        "on", "in", "at", "last", "this", "earlier", "later", "today", "yesterday", "tonight", "week", "month", "year",
        "morning", "evening", "night", "afternoon", "the", "a", "an", "reporters", "journalists", "him", "her", "them",
        "us", "me", "lawmakers", "parliament", "media", "press", "interview", "exclusive", "with", "during", "radio",
        "television", "tv", "broadcaster", "newspaper", "agency", "also", "again", "repeatedly", "publicly", "separately",
        "his", "her", "their", "its", "charge", "claim", "view", "belief", "position", "accusation", "assertion", "argument",
        "meeting", "briefing", "conference", "news", "summit", "hearing", "session", "rally", "speech", "statement",
    ]

    private static let nonSubjects: WordSet = [
        "at", "in", "on", "to", "for", "with", "about", "of", "by", "from", "into", "over", "after", "before", "during",
        "as", "so", "nothing", "yes", "no", "more", "less", "little", "much", "very", "too", "also", "only", "just",
        "again", "once", "what", "how", "why", "when", "where", "whether", "if", "goodbye", "hello", "sorry", "thanks",
    ]

    private static let listenerWords: WordSet = [
        "reporters", "journalists", "the", "a", "an", "lawmakers", "parliament", "him", "her", "them", "us", "me",
        "listeners", "viewers", "media", "press", "news", "agency", "newspaper", "radio", "television", "broadcaster",
        "interviewer", "state", "local", "officials", "senators", "congress", "members",
    ]

    // MARK: Speakers around a verb

    /// Who a speech verb's statement belongs to: `according to X`; the sentence's subject for a
    /// participle (`…, stating that`); else the phrase before the verb, or the one after it.
    static func speaker(of verb: Int, in tokens: [WordToken]) -> (SpeakerReference, String)? {
        let word = tokens[verb].folded
        if word == "according", verb + 2 < tokens.count, tokens[verb + 1].folded == "to" {
            return SpeakerPhrase.after(tokens, start: verb + 2).map { ($0.0, phraseText(tokens, $0.1)) }
        }
        if word.hasSuffix("ing"), verb > 0, tokens[verb - 1].text == "," || tokens[verb - 1].text == "and" {
            return subject(tokens, before: verb)
        }
        if let (found, range) = SpeakerPhrase.before(tokens, end: verb) {
            return (found, phraseText(tokens, range))
        }
        // `… announced an inquiry and said …`: the subject of the first verb speaks for the second.
        if verb > 0, tokens[verb - 1].folded == "and", let found = subject(tokens, before: verb) {
            return found
        }
        // The inverted order, `said Okafor`, follows a quotation or a comma.
        let inverted = verb == 0 || [",", "”", "\"", "’", "'"].contains(tokens[verb - 1].text)
        if inverted, !["told", "tells", "asked", "informed"].contains(word), let (found, range) = SpeakerPhrase.after(tokens, start: verb + 1) {
            return (found, phraseText(tokens, range))
        }
        return nil
    }

    /// The subject of a sentence: past a leading phrase (`On Monday,`, `When asked …,`), the first
    /// pronoun, name or `the` + role.
    static func subject(_ tokens: [WordToken], before end: Int) -> (SpeakerReference, String)? {
        var start = 0
        if let first = tokens.first, leadingPhraseWords.contains(first.folded),
           let comma = tokens[..<end].firstIndex(where: { $0.text == "," })
        {
            start = comma + 1
        }
        guard start < end else { return nil }
        let token = tokens[start]
        if let gender = SpeakerPhrase.pronouns[token.folded], ["he", "she"].contains(token.folded) {
            return (.pronoun(gender), token.text)
        }
        if token.folded == "they" { return (.plural, token.text) }
        var stop = start
        if token.folded == "the" { stop += 1 }
        // `Shipping firm co-founder Tobias Wrenfield`: a body's words, a role, then the name.
        while stop < end, tokens[stop].isWord, SpeakerPhrase.isNamePart(tokens, stop) || SpeakerPhrase.roleWords.contains(tokens[stop].folded)
            || tokens[stop].isCapitalized || (stop > start && (SpeakerPhrase.organizationWords.contains(tokens[stop].folded) || SpeakerPhrase.isOccupation(tokens[stop]))
                && stop + 1 < end && (tokens[stop + 1].isCapitalized || SpeakerPhrase.roleWords.contains(tokens[stop + 1].folded) || SpeakerPhrase.isOccupation(tokens[stop + 1])))
        {
            stop += 1
        }
        guard stop > start else { return nil }
        // `Russia’s Deputy Foreign Minister, Sergei Okafor, revealed …`
        if stop + 1 < end, tokens[stop].text == ",", let close = tokens[(stop + 1)..<end].firstIndex(where: { $0.text == "," }),
           tokens[(stop + 1)..<close].allSatisfy({ $0.isCapitalized || !$0.isWord })
        {
            let role = phraseText(tokens, start..<stop)
            return SpeakerPhrase.reference(Array(tokens[(stop + 1)..<close]), appositiveRole: role).map { ($0, phraseText(tokens, (stop + 1)..<close)) }
        }
        return SpeakerPhrase.reference(Array(tokens[start..<stop]), appositiveRole: nil).map { ($0, phraseText(tokens, start..<stop)) }
    }

    private static let leadingPhraseWords: WordSet = [
        "on", "in", "at", "when", "after", "before", "asked", "speaking", "however", "meanwhile", "separately", "interestingly",
        "despite", "while", "although", "regarding", "referring", "as", "during", "since", "last", "earlier", "later",
        "additionally", "also", "still", "notably", "instead", "but", "yet", "today", "yesterday", "addressing", "responding",
    ]

    // MARK: Names

    private static func nameMentions(_ tokens: [WordToken], sentence: Int, offset: Int) -> [NameMention] {
        var mentions: [NameMention] = []
        var index = 0
        var first = true
        while index < tokens.count {
            guard SpeakerPhrase.isNamePart(tokens, index) || (tokens[index].isCapitalized && SpeakerPhrase.roleWords.contains(tokens[index].folded)) else {
                index += 1
                continue
            }
            // The word at `index` has just passed the test below (a capitalized word is a word).
            var end = index + 1
            while end < tokens.count, SpeakerPhrase.isNamePart(tokens, end) || (tokens[end].isWord && tokens[end].isCapitalized && SpeakerPhrase.roleWords.contains(tokens[end].folded)) { end += 1 }
            if let reference = SpeakerPhrase.reference(Array(tokens[index..<end]), appositiveRole: nil), case .name = reference {
                var pronoun: Gender?
                if end + 1 < tokens.count, SpeechVerbs.contains(tokens[end].folded), let gender = SpeakerPhrase.pronouns[tokens[end + 1].folded],
                   ["he", "she"].contains(tokens[end + 1].folded)
                {
                    pronoun = gender
                }
                var found = reference
                // `Tomasz Wrona, chief executive of Bluewater Ferries, rejected …`: the appositive is a role.
                if case .name(let name, nil, let honorific) = reference, end + 1 < tokens.count, tokens[end].text == ",",
                   let close = tokens[(end + 1)..<min(tokens.count, end + 14)].firstIndex(where: { $0.text == "," || $0.text == "." }),
                   let role = SpeakerPhrase.roleText(Array(tokens[(end + 1)..<close])), tokens[end + 1].isCapitalized == false || SpeakerPhrase.roleWords.contains(tokens[end + 1].folded)
                {
                    found = .name(name, role: role, honorific: honorific)
                }
                let body = end + 1 < tokens.count && SpeechVerbs.contains(tokens[end].folded) && tokens[end + 1].folded == "it"
                mentions.append(
                    NameMention(
                        position: offset + tokens[index].range.lowerBound, sentence: sentence, reference: found, firstInSentence: first,
                        pronounAfter: pronoun, bodyAfter: body))
                first = false
            }
            index = max(end, index + 1)
        }
        return mentions
    }

    static func phraseText(_ tokens: [WordToken], _ range: Range<Int>) -> String {
        var text = ""
        for token in tokens[range] {
            if !text.isEmpty, token.isWord { text += " " }
            text += token.text
        }
        return text.trimming(" ,")
    }
}
