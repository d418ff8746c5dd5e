/// A parsed search query: words that must all match, phrases, prefixes, exclusions and filters.
///
/// `okafor "ferry service" cancel* -weather outlet:herald speaker:wrona date:2025-01`
public struct SearchQuery: Sendable, Equatable {
    public enum Term: Sendable, Equatable {
        case word(String)
        case prefix(String)
        case phrase([String])
    }

    public var terms: [Term] = []
    public var excluded: [String] = []
    public var outlet: String?
    public var speaker: String?
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var date: String?

    public var isEmpty: Bool { terms.isEmpty && outlet == nil && speaker == nil && date == nil }

    public init(_ text: String) {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
                continue
            }
            if character == "\"" {
                let start = text.index(after: index)
                let end = text[start...].firstIndex(of: "\"") ?? text.endIndex
                let words = Words.tokens(in: String(text[start..<end])).map { String($0) }
                if words.count == 1 { terms.append(.word(words[0])) } else if !words.isEmpty { terms.append(.phrase(words)) }
                index = end < text.endIndex ? text.index(after: end) : end
                continue
            }
            var end = index
            while end < text.endIndex, !text[end].isWhitespace { end = text.index(after: end) }
            var token = String(text[index..<end])
            index = end
            // filter:value, the value may be quoted: outlet:"The Herald"
            if let colon = token.firstIndex(of: ":"), ["outlet", "speaker", "date"].contains(token[..<colon].lowercased()) {
                let key = token[..<colon].lowercased()
                var value = String(token[token.index(after: colon)...])
                if value.hasPrefix("\"") {
                    let rest = text[index...]
                    let close = rest.firstIndex(of: "\"") ?? rest.endIndex
                    value = (String(value.dropFirst()) + rest[rest.startIndex..<close]).trimmed
                    index = close < text.endIndex ? text.index(after: close) : close
                }
                switch key {
                case "outlet": outlet = value
                case "speaker": speaker = value
                default: date = value
                }
                continue
            }
            if token.hasPrefix("-"), token.count > 1 {
                excluded += Words.tokens(in: String(token.dropFirst())).map { String($0) }
                continue
            }
            let isPrefix = token.hasSuffix("*")
            if isPrefix { token.removeLast() }
            let words = Words.tokens(in: token).map { String($0) }
            for (position, word) in words.enumerated() {
                terms.append(isPrefix && position == words.count - 1 ? .prefix(word) : .word(word))
            }
        }
    }
}
