import Foundation

/// Word-level helpers shared by normalization and analysis.
public enum Words {
    /// Words as a reader counts them: runs of letters or digits, inner apostrophes and hyphens kept.
    public static func count(in text: some StringProtocol) -> Int {
        tokens(in: String(text)).count
    }

    /// The words of `text`, in order, as they are written.
    public static func tokens(in text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if let begun = start {
                let joins = "'’-".contains(character) && next < text.endIndex
                    && (text[next].isLetter || text[next].isNumber)
                if !joins {
                    result.append(text[begun..<index])
                    start = nil
                }
            }
            index = next
        }
        if let begun = start { result.append(text[begun..<text.endIndex]) }
        return result
    }

    /// Lowercased, without diacritics: `Cissé` → `cisse`.
    public static func fold(_ text: some StringProtocol) -> String {
        // Most words are ASCII: lowercasing their bytes is all folding does, without Foundation's cost.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return String(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Content words of `text`, folded and lightly stemmed, stop words left out.
    public static func contentWords(in text: String) -> [String] {
        tokens(in: text).compactMap { token in
            let folded = fold(token).replacingOccurrences(of: "’", with: "'")
            let bare = folded.hasSuffix("'s") ? String(folded.dropLast(2)) : folded
            guard bare.count > 1, !StopWords.english.contains(bare) else { return nil }
            if bare.allSatisfy(\.isNumber) { return bare }
            return Stemmer.stem(bare)
        }
    }
}

/// A light English suffix stripper: enough that `warrants` meets `warrant` and `talks` meets `talked`.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        guard word.count > 3 else { return word }
        for (suffix, replacement) in rules where word.hasSuffix(suffix) {
            let stemmed = String(word.dropLast(suffix.count)) + replacement
            if stemmed.count >= 3 { return stemmed }
        }
        return word
    }

    private static let rules: [(String, String)] = [
        ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ing", ""), ("edly", ""), ("ed", ""),
        ("ly", ""), ("es", ""), ("s", ""),
    ]
}

/// Words too common to say anything about what a block is about.
public enum StopWords {
    public static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor",
        "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
        "own", "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "s", "t",
        "new", "two", "three", "mr", "ms", "mrs", "de", "la", "le", "el", "der", "die", "das", "und", "et", "les",
    ]
}
