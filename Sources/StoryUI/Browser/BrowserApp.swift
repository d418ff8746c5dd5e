import StoryCore

/// The story browser's state and behaviour: keys in, a screen out, no terminal involved.
public struct BrowserApp {
    public enum Pane: Int, Sendable, CaseIterable { case sources, timeline, detail }

    /// What fills the screen.
    public enum Mode: Equatable, Sendable {
        case main
        case quotes
        case compare(left: Int, right: Int)
        case help
    }

    /// What the Detail pane shows.
    public enum Detail: Equatable, Sendable {
        case source(Int)
        case article(Int)
        case event(Int)
    }

    /// A place a search matches: a paragraph, an event or a statement.
    enum MatchTarget: Equatable {
        case paragraph(article: Int, paragraph: Int)
        case event(Int)
        case statement(Int)
    }

    public private(set) var model: BrowserModel
    public internal(set) var mode: Mode = .main
    public internal(set) var focus: Pane = .sources
    public internal(set) var selectedSource = 0
    public internal(set) var selectedEvent = 0
    public internal(set) var detail: Detail = .source(0)
    public internal(set) var quit = false
    /// The left source chosen with `c`, while the right one is being picked.
    public internal(set) var comparePick: Int?
    public internal(set) var message: String?
    /// While the story is still being read: what the status bar says instead (`reading 812 of 2,000 files…`).
    public var loadingMessage: String?

    /// The Detail pane's lines for what it last showed, at what width: an event reported by two
    /// thousand outlets is thousands of wrapped lines, worked out once rather than every frame.
    var detailCache: (key: String, lines: [StyledLine], starts: [Int: Int])?

    /// The aligned sentences of the sources being compared, worked out once per comparison.
    var comparePairs: [SentencePair] = []

    // Scroll positions, clamped when drawn.
    var sourcesTop = 0
    var timelineTop = 0
    var detailTop = 0
    var modeTop = 0
    var quoteCursor = 0
    /// The last left-hand pane shown beside Detail when only two fit.
    var sidePane: Pane = .sources

    // Search.
    public internal(set) var query = ""
    public internal(set) var editingQuery = false
    var matches: [MatchTarget] = []
    var matchIndex: Int?
    var matchStems: Set<String> = []
    /// Where `n` asked the Detail pane or the quotes view to scroll, once its lines are known.
    var pendingParagraph: Int?
    var pendingStatement: Int?

    // Themes.
    public let themeNames: [String]
    public internal(set) var themeIndex = 0
    public var themeName: String { themeNames.isEmpty ? "default" : themeNames[themeIndex % themeNames.count] }

    /// Pane rectangles from the last frame, for mouse clicks.
    var layout: Layout?
    var pageHeight = 10

    public init(model: BrowserModel, themeNames: [String] = [], theme: String? = nil) {
        self.model = model
        self.themeNames = themeNames
        if let theme, let index = themeNames.firstIndex(of: theme) { themeIndex = index }
    }

    public init(story: Story) {
        self.init(model: BrowserModel(story: story))
    }

    /// Takes in the finished analysis of the same story (quotes, timeline, index), keeping what the
    /// reader has selected; searches typed meanwhile are run again.
    public mutating func adopt(_ analysed: BrowserModel) {
        model = analysed
        selectedEvent = model.events.isEmpty ? 0 : min(selectedEvent, model.events.count - 1)
        detailCache = nil
        if focus == .timeline, !model.events.isEmpty { detail = .event(selectedEvent) }
        if !query.isEmpty { runSearch() }
    }

    var articleCount: Int { model.story.articles.count }
}
