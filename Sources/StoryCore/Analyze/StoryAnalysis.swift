/// Who said what and what happened when, worked out together.
public enum StoryAnalysis {
    /// Both analyses, side by side on both cores, the story's words counted once for the two: the
    /// quotes weigh words by the paragraphs, the timeline by paragraphs and captions, and each
    /// counting them on its own was a twentieth of a `sources --coverage` run.
    /// `terms`: the paragraphs' words, which the browser keeps for comparing sources.
    public static func run(_ story: Story) -> (quotes: QuoteAnalysis, events: [TimelineEvent], terms: StoryTerms) {
        let tallies = StoryTerms.paragraphAndCaptionTallies(of: story)
        // Each side adds up its own terms: added up in turn before both, they left a core idle.
        let ((quotes, paragraphs), events) = Parallel.both(
            { () -> (QuoteAnalysis, StoryTerms) in
                let paragraphs = StoryTerms(tallies: tallies.paragraphs)
                return (QuoteAnalyzer.analyze(story, terms: paragraphs), paragraphs)
            },
            { TimelineAnalyzer.analyze(story, terms: StoryTerms(tallies: tallies.paragraphs + tallies.captions)) })
        return (quotes, events, paragraphs)
    }
}
