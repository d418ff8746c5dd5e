/// Who said what and what happened when, worked out together.
public enum StoryAnalysis {
    /// Both analyses, side by side on both cores, the story's words counted once for the two: the
    /// quotes weigh words by the paragraphs, the timeline by paragraphs and captions, and each
    /// counting them on its own would walk every paragraph twice.
    /// `terms`: the paragraphs' words, which the browser keeps for comparing sources. `families`:
    /// the story's copies of one text (see `TimelineAnalyzer.analyze`).
    public static func run(_ story: Story, families: SourceFamilies = .none) -> (quotes: QuoteAnalysis, events: [TimelineEvent], terms: StoryTerms) {
        let (paragraphs, withCaptions) = StoryTerms.paragraphsAndCaptions(of: story)
        let (quotes, events) = Parallel.both(
            { QuoteAnalyzer.analyze(story, terms: paragraphs) }, { TimelineAnalyzer.analyze(story, terms: withCaptions, families: families) })
        return (quotes, events, paragraphs)
    }
}
