import StoryCore

/// The story browser's state and behaviour: keys in, a screen out, no terminal involved.
/// The three panes are the base; views opened over them (`views`) form a stack.
public struct BrowserApp {
    public enum Pane: Int, Sendable, CaseIterable { case sources, timeline, detail }

    /// What fills the screen: the view on top of the stack.
    public enum Mode: Equatable, Sendable {
        case main
        case quotes
        case compare(left: Int, right: Int)
        case help
        case reader(Int)
        case skipped
        /// The stories of a folder that holds several.
        case stories
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

    /// What the prompt on the status line is for.
    public enum PromptKind: Equatable, Sendable { case search, filter }

    /// How the sources are listed.
    public enum SourceOrder: String, CaseIterable, Sendable { case given, date, outlet, coverage }

    public private(set) var model: BrowserModel
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
    /// Views over the panes, the newest last.
    var views: [any StoryView] = []
    public var mode: Mode { views.last?.mode ?? .main }

    /// Every article read and the stories they make, when the folder holds several: the story
    /// list is the view under the panes.
    public private(set) var library: (story: Story, groups: StoryGroups)?
    /// The list as it was left, to come back to.
    var storyList: StoryListView?

    /// Text a `y` asked to copy; the terminal backend sends it (OSC 52) and clears it.
    public var clipboard: String?
    /// An address `o` asked to open; the backend hands it to the user's browser and clears it.
    public var addressToOpen: String?
    /// A story opened from the list, to be analysed away from the keys: the backend hands it to
    /// the work behind the browser and clears it; `adopt` takes the analysis in when it is done.
    public var storyToAnalyse: Story?
    /// Marks differences with `[-…-]{+…+}` too: set where the terminal shows no colour.
    public var plainMarks = false

    /// The Detail pane's lines for what it last showed, at what width: an event reported by two
    /// thousand outlets is thousands of wrapped lines, worked out once rather than every frame.
    let detailCache = LineCache()
    /// The Search pane's lines for the query being typed: its snippets are read once per query.
    let searchCache = LineCache()

    // Scroll positions, kept within range after every key (`settle`).
    var sourcesTop = 0
    var timelineTop = 0
    var detailTop = 0
    /// In an event's detail, the wording `]`/`[` stepped to (its place in `eventWordings`), for
    /// the selected event only.
    var steppedWording: (event: Int, wording: Int)?
    var eventWording: Int? { steppedWording?.event == selectedEvent ? steppedWording?.wording : nil }
    /// The last left-hand pane shown beside Detail when only two fit.
    var sidePane: Pane = .sources
    /// The focused pane fills the screen.
    var zoomed = false
    /// Columns added to (or taken from) each pane with `>` and `<`.
    var widthShift: [Pane: Int] = [:]

    // Sort and filter.
    public internal(set) var sourceOrder: SourceOrder = .given
    /// Copies of one text are listed under the first of them only, unless asked for (`C`).
    public internal(set) var showCopies = false
    public internal(set) var filter = ""
    /// Sources and events shown, in order: all of them unless a filter or a sort says otherwise.
    var shownSources: [Int] = []
    var shownEvents: [Int] = []
    var shownStatements: Set<Int>?

    // Search.
    var prompt = LineEditor()
    var filterPrompt = LineEditor()
    public internal(set) var promptKind: PromptKind?
    public var editingQuery: Bool { promptKind == .search }
    public internal(set) var query = ""
    var matches: [MatchTarget] = []
    /// The Search pane's best paragraphs for `query`, found with `matches`.
    var searchHits: [SearchHit] = []
    static let searchPaneHits = 30
    var matchIndex: Int?
    var marks = SearchMarks.none
    /// Where `n` asked the Detail pane to scroll, once its lines are known.
    var pendingParagraph: Int?

    // Themes.
    public let themeNames: [String]
    public internal(set) var themeIndex = 0
    public var themeName: String { themeNames.isEmpty ? "default" : themeNames[themeIndex % themeNames.count] }

    /// The terminal's size, as last told (`resize`).
    public private(set) var width = 80
    public private(set) var height = 24
    var pageHeight: Int { max(1, height - 3) }

    public init(model: BrowserModel, themeNames: [String] = [], theme: String? = nil) {
        self.model = model
        self.themeNames = themeNames
        if let theme, let index = themeNames.firstIndex(of: theme) { themeIndex = index }
        refreshShown()
    }

    public init(story: Story) {
        self.init(model: BrowserModel(story: story))
    }

    /// Takes in the finished analysis of the same story (quotes, timeline, index), keeping what the
    /// reader has selected; searches typed meanwhile are run again.
    public mutating func adopt(_ analysed: BrowserModel) {
        // From the list, the reader may have left the story before its analysis came: an analysis
        // is taken in only by the story it was made for.
        if library != nil, Self.articleKeys(analysed.story) != Self.articleKeys(model.story) { return }
        model = analysed
        selectedEvent = model.events.isEmpty ? 0 : min(selectedEvent, model.events.count - 1)
        detailCache.clear()
        searchCache.clear()
        refreshShown()
        if focus == .timeline, !model.events.isEmpty { detail = .event(selectedEvent) }
        if !query.isEmpty { runSearch() }
        settle()
    }

    /// A folder of several stories: the browser shows their list; `Enter` opens one.
    public mutating func adoptLibrary(_ story: Story, _ groups: StoryGroups) {
        library = (story, groups)
        let list = StoryListView(story: story, groups: groups)
        storyList = list
        views = [list]
        settle()
    }

    private static func articleKeys(_ story: Story) -> [String] { story.articles.map { "\($0.path)#\($0.id)" } }

    /// Opens story `index` of the library in the three panes: its sources at once, quotes and
    /// timeline when `storyToAnalyse` has been analysed behind the browser.
    mutating func openStory(_ index: Int) {
        guard let library, library.groups.groups.indices.contains(index) else { return }
        if let list = views.last as? StoryListView { storyList = list }
        let story = library.groups.story(library.groups.groups[index], of: library.story)
        model = .sourcesOnly(story)
        storyToAnalyse = story
        (selectedSource, selectedEvent, detail, focus, comparePick) = (0, 0, .source(0), .sources, nil)
        (sourcesTop, timelineTop, detailTop, steppedWording) = (0, 0, 0, nil)
        clearSearch()
        filter = ""
        detailCache.clear()
        searchCache.clear()
        refreshShown()
        views.removeAll()
    }

    /// Back to the list of stories, where there is one.
    mutating func showStoryList() -> Bool {
        guard let list = storyList else { return false }
        views = [list]
        return true
    }

    /// The terminal's new size: scroll positions are brought within what it shows.
    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        settle()
    }

    var articleCount: Int { model.story.articles.count }

    /// Where the panes go at the size last told.
    var layout: Layout { layout(width: width, height: height) }

    func layout(width: Int, height: Int) -> Layout {
        Layout.make(width: width, height: height, focus: focus, side: sidePane, zoomed: zoomed, shift: widthShift,
            names: model.widestName, timelineEmpty: model.isAnalysed && model.events.isEmpty)
    }

    /// What a view is drawn with, at `rect`.
    func context(_ rect: Rect) -> ViewContext {
        ViewContext(model: model, rect: rect, search: marks, themeName: themeName, plainMarks: plainMarks || themeName == "mono")
    }
}

/// Lines worked out for one key (what is shown, at what width), kept until something else is shown.
final class LineCache {
    private(set) var key: String?
    private(set) var lines: [StyledLine] = []
    private(set) var starts: [Int: Int] = [:]

    func lines(for key: String, make: () -> ([StyledLine], [Int: Int])) -> ([StyledLine], [Int: Int]) {
        if key != self.key {
            (lines, starts) = make()
            self.key = key
        }
        return (lines, starts)
    }

    func clear() { key = nil }
}
