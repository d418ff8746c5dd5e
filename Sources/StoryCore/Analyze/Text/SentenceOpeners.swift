/// Capitals that do not make a name: the first word of a sentence (`Indeed`, `Another`,
/// `Trying`, `Officials`) and a dateline (`WASHINGTON —`, `VALMORA, March 14 —`).
///
/// A capitalized word that opens a sentence is a common word when the article writes it in lower
/// case elsewhere, or when it is a word no name is (an adverb, a determiner, a described source),
/// unless the article also capitalizes it inside a sentence (`Brown said` in a story that writes
/// `brown water` keeps Brown when it names Ms Brown mid-sentence too).
struct SentenceOpeners {
    private var lowercase = WordBag()
    private var capitalizedInside = WordBag()

    /// Words kept by their letters' key where they have one: every word of the story is asked
    /// about, and hashing a `UInt64` is far cheaper than hashing a `String`.
    private struct WordBag {
        private var keys: Set<UInt64> = []
        private var others: Set<String> = []

        mutating func insert(_ word: String) {
            if let key = LetterKey.of(word) { keys.insert(key) } else { others.insert(word) }
        }

        func contains(_ word: String) -> Bool {
            if let key = LetterKey.of(word) { return keys.contains(key) }
            return others.contains(word)
        }
    }

    /// `paragraphs`: each paragraph's tokens and the token ranges of its sentences.
    init(_ paragraphs: [(tokens: [WordToken], sentences: [Range<Int>])]) {
        // Only the words that open sentences capitalized are ever asked about: the others are
        // passed over on their first byte, not hashed (every word of the story comes here).
        var openingWords = WordBag()
        for (tokens, sentences) in paragraphs {
            for sentence in sentences {
                guard let first = tokens[sentence].first(where: \.isWord), first.isCapitalized else { continue }
                openingWords.insert(first.folded)
            }
        }
        // By index, fields read in place: a copy of each token would retain and release its strings.
        for (tokens, sentences) in paragraphs {
            for sentence in sentences {
                var first = true
                for index in sentence where tokens[index].isWord {
                    defer { first = false }
                    guard openingWords.contains(tokens[index].folded) else { continue }
                    if tokens[index].isCapitalized {
                        if !first { capitalizedInside.insert(tokens[index].folded) }
                    } else {
                        lowercase.insert(tokens[index].folded)
                    }
                }
            }
        }
    }

    /// The tokens with each sentence's opening word made lower case where it is a common word.
    func lowered(_ tokens: [WordToken], sentences: [Range<Int>]) -> [WordToken] {
        var tokens = tokens
        for sentence in sentences {
            guard let index = tokens[sentence].firstIndex(where: \.isWord) else { continue }
            let token = tokens[index]
            guard token.isCapitalized, isCommon(token, next: index + 1 < tokens.count ? tokens[index + 1] : nil) else { continue }
            tokens[index] = WordToken(text: token.text, folded: token.folded, range: token.range, isWord: true, isCapitalized: false)
        }
        return tokens
    }

    private func isCommon(_ token: WordToken, next: WordToken?) -> Bool {
        let word = token.folded
        if capitalizedInside.contains(word) { return false }
        if Self.openers.contains(word) || SpeakerKinds.groupNouns.contains(word) { return true }
        // `Mayor Ana Lind opened …`: a title before a name keeps its capital.
        if lowercase.contains(word) { return !(next?.isCapitalized ?? false) }
        // `Trying to calm…`, `Clearly, …`: a gerund or an adverb opening a phrase of its own
        // (`Shipping firm co-founder X` is a noun's modifier, and keeps its capital).
        guard word.utf8.count > 5, word.hasSuffix("ing") || word.hasSuffix("ly"), let next else { return false }
        return next.text == "," || Self.phraseStarts.contains(next.folded)
    }

    /// Words that start the phrase after an opening gerund or adverb: `Trying to`, `Speaking on`.
    private static let phraseStarts: WordSet = [
        "to", "the", "a", "an", "his", "her", "their", "its", "our", "my", "on", "in", "at", "for", "with", "from",
        "about", "after", "before", "into", "over", "under", "through", "that", "this", "these", "those", "it", "them",
    ]

    /// Words that open sentences and are never a name.
    static let openers: WordSet = [
        "indeed", "another", "already", "also", "still", "even", "only", "just", "now", "then", "yet", "one", "two",
        "three", "each", "every", "other", "others", "such", "no", "not", "nor", "neither", "either", "both", "all",
        "most", "few", "more", "less", "much", "many", "some", "several", "any", "instead", "thus", "hence",
        "therefore", "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise", "meanwhile", "later",
        "earlier", "today", "yesterday", "tonight", "tomorrow", "last", "next", "first", "second", "finally",
        "perhaps", "maybe", "certainly", "clearly", "obviously", "apparently", "reportedly", "separately",
        "similarly", "likewise", "ultimately", "eventually", "asked", "told", "says", "said", "according", "despite",
        "until", "unless", "whether", "because", "once", "here", "there", "where", "why", "how", "what", "who",
        "which", "whose", "overall", "altogether", "together", "elsewhere", "further", "again", "soon", "rather",
    ]

    /// A dateline opening a paragraph: capitals (and a date) up to a dash, left out of the sentence.
    static func datelineEnd(_ tokens: [WordToken]) -> Int? {
        // `WASHINGTON —`, or a live blog's `08:15 —`.
        guard let first = tokens.first, first.isWord, first.text.utf8.count >= 2,
              first.text.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
              first.text.utf8.count >= 3 || first.text.utf8.allSatisfy({ (0x30...0x39).contains($0) })
        else { return nil }
        for index in tokens.indices.prefix(14) {
            let token = tokens[index]
            if ["—", "–", "-", "--"].contains(token.text) { return index + 1 }
            if token.isWord, !token.isCapitalized, token.text.first?.isNumber != true { return nil }
            if !token.isWord, ![",", "(", ")", ".", ":"].contains(token.text) { return nil }
        }
        return nil
    }
}
