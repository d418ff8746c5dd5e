/// One outlet's sentence that dates a happening.
public struct EventMention: Sendable, Equatable {
    public var article: String
    public var paragraph: Int
    public var text: String
    public var expression: String
    public var date: StoryDate
    /// Found in a photo caption rather than in the story text.
    public var fromCaption: Bool
    /// An article's headline (`paragraph` -1) or opening sentence that tells the happening
    /// without a date of its own (`Microsoft has released a patch …`): `expression` is empty,
    /// `date` is the event's (see `LeadTellings`).
    public var lead: Bool = false
    /// A lead that is no opening: a sentence dated by another happening that tells this one in
    /// passing (`captured Monday after pulling off a daring escape during a prison transfer`
    /// under the escape). The sentence is also a dated mention of its own event.
    public var aside: Bool = false

    /// How a lead is named where a mention shows its expression.
    public var leadName: String { paragraph < 0 ? "headline" : aside ? "told in passing" : "opening sentence, undated" }
}

/// Another date an outlet gives for the same happening.
public struct DateAlternative: Sendable, Equatable {
    public var date: StoryDate
    public var articles: [String]
}

/// Different numbers the outlets give for the same fact of one event (12 injured, 14 injured).
public struct NumberConflict: Sendable, Equatable {
    public var what: String
    public var values: [(value: String, articles: [String])]

    public static func == (lhs: NumberConflict, rhs: NumberConflict) -> Bool {
        lhs.what == rhs.what && lhs.values.map(\.value) == rhs.values.map(\.value) && lhs.values.map(\.articles) == rhs.values.map(\.articles)
    }
}

/// A happening anchored to a date, merged across the outlets that report it.
public struct TimelineEvent: Sendable, Equatable {
    public var id: String
    public var date: StoryDate
    public var summary: String
    public var mentions: [EventMention]
    public var alternatives: [DateAlternative]
    public var conflicts: [NumberConflict]

    /// The mention to read or cite the event by: the first that dates it in the story's text,
    /// else the first outside a caption.
    public var firstTelling: EventMention? {
        mentions.first { !$0.fromCaption && !$0.lead } ?? mentions.first { !$0.fromCaption }
    }
}
