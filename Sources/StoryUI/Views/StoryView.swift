import StoryCore

/// A view opened over the three panes: help, quotes, a comparison, an article to read, the
/// skipped files. Views form a stack, so closing one shows the one beneath exactly as it was.
/// A view keeps its own scroll and cursor; `draw` changes nothing.
protocol StoryView {
    var mode: BrowserApp.Mode { get }
    /// What the status line calls it, and the keys worth knowing there.
    var name: String { get }
    var hints: String { get }
    /// Acts on an action; says what the browser must do next.
    mutating func perform(_ action: Action, _ context: ViewContext) -> ViewRequest
    /// Brings scroll and cursor within what the view's rectangle shows (after every key and resize).
    mutating func settle(_ context: ViewContext)
    func draw(into screen: inout Screen, _ context: ViewContext)
}

/// One of the three panes (Sources, Timeline, Detail): draws itself from the browser's state
/// into its rectangle, changing nothing.
protocol PaneView: Sendable {
    func draw(_ app: BrowserApp, into screen: inout Screen, _ rect: Rect)
}

/// What a view is drawn with: the story, where, and what the search marks.
struct ViewContext {
    var model: BrowserModel
    var rect: Rect
    var search: SearchMarks
    var themeName: String
    /// Differences marked with `[-…-]{+…+}` as well as colour, for terminals without it.
    var plainMarks: Bool

    /// Rows for content below the view's title bar.
    var visibleRows: Int { max(1, rect.height - 1) }
    var contentWidth: Int { max(1, rect.width - 2) }
}

/// What the browser does after a view has acted.
enum ViewRequest {
    case handled
    /// Not the view's business: the browser acts on it (quit, theme, search…).
    case unhandled
    /// Opens the reading view on an article, at a paragraph, with a quotation marked.
    case read(article: Int, paragraph: Int?, highlight: String?)
    case message(String)
    /// Opens a story of the folder (an index into its groups) in the three panes.
    case openStory(Int)
    /// Puts text on the terminal's clipboard.
    case yank(String, what: String)
}

/// A scroll position over lines, moved by the keys every list shares.
struct Scroll: Equatable {
    var top = 0

    /// Moves for a scrolling action; false when the action is not a scroll.
    mutating func apply(_ action: Action, rows: Int) -> Bool {
        switch action {
        case .down: top += 1
        case .up: top -= 1
        case .pageDown: top += rows
        case .pageUp: top -= rows
        case .halfPageDown: top += max(1, rows / 2)
        case .halfPageUp: top -= max(1, rows / 2)
        case .first: top = 0
        case .last: top = Int.max / 2
        default: return false
        }
        return true
    }

    mutating func clamp(lines: Int, rows: Int) {
        top = max(0, min(top, lines - rows))
    }

    /// The top that shows line `line`, moving as little as possible from this one.
    func showing(_ line: Int, rows: Int) -> Int {
        if line < top { return line }
        if line >= top + rows { return line - rows + 1 }
        return top
    }
}

extension ViewContext {
    /// The title bar of a full-screen view.
    func drawTitle(_ title: String, into screen: inout Screen, right: String = "") {
        BrowserApp.drawTitle(title, into: &screen, rect, focused: true, right: right)
    }

    /// Lines from `top`, with search matches marked.
    func drawLines(_ lines: [StyledLine], into screen: inout Screen, top: Int, x: Int? = nil, width: Int? = nil) {
        let area = Rect(x: x ?? rect.x + 1, y: rect.y + 1, width: width ?? contentWidth, height: visibleRows)
        BrowserApp.drawLines(lines, into: &screen, area, top: top, search: search)
    }
}
