/// How a statement is carried: a whole quoted sentence, a quoted fragment, or reported speech.
public enum QuoteKind: String, Sendable, Codable {
    case direct, partial, indirect
}

/// How one outlet's wording relates to the statement's fullest wording.
public enum MentionRelation: String, Sendable, Codable {
    case verbatim, partial, paraphrase, indirect
}

/// One outlet's wording of a statement.
public struct StatementMention: Sendable, Equatable {
    public var article: String
    public var paragraph: Int
    public var kind: QuoteKind
    public var text: String
    public var relation: MentionRelation
    /// The words the article used for the speaker: `he`, `the minister`, `Okafor`.
    public var speakerText: String?
}

/// A person (or body) who makes statements in the story, under every spelling the outlets use.
public struct Speaker: Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: SpeakerKind
    public var aliases: [String]
    public var role: String?
}

/// One statement, grouped across the outlets that carry it.
public struct Statement: Sendable, Equatable {
    public var id: String
    public var speaker: String?
    public var kind: QuoteKind
    /// The fullest wording: the longest direct quotation, else the longest mention.
    public var text: String
    public var mentions: [StatementMention]
}

/// Who said what in a story.
public struct QuoteAnalysis: Sendable {
    public var speakers: [Speaker]
    public var statements: [Statement]

    public init(speakers: [Speaker], statements: [Statement]) {
        self.speakers = speakers
        self.statements = statements
    }
}

extension Statement {
    /// For a statement no named person is found for: the words an outlet uses for who said it
    /// (`Syria’s interim leader`, `a port official`), so a reader still sees who it was; a bare
    /// pronoun (`he`) says nothing and is passed over.
    public var describedSpeaker: String? {
        guard speaker == nil else { return nil }
        return mentions.lazy.compactMap(\.speakerText).first { text in
            let words = Words.tokens(in: text)
            return words.count > 1 || words.first.map { !Self.pronouns.contains(Words.fold($0)) } ?? false
        }
    }

    private static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "one"]
}
