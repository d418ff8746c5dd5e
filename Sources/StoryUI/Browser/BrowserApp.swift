import StoryCore

/// The story browser's state and behaviour: keys in, a screen out, no terminal involved.
///
/// This first version lists the sources and shows the selected article's clean text;
/// the timeline, quotes, search and comparison panes build on it.
public struct BrowserApp {
    public enum Pane: Equatable, Sendable { case sources, detail }

    public let story: Story
    public private(set) var focus: Pane = .sources
    public private(set) var selected = 0
    public private(set) var detailScroll = 0
    public private(set) var quit = false
    private var lastDetailHeight = 10

    public init(story: Story) {
        self.story = story
    }

    public mutating func handle(_ key: Key) {
        switch key {
        case .character("q"):
            if focus == .detail { focus = .sources } else { quit = true }
        case .escape:
            focus = .sources
        case .tab, .backTab:
            focus = focus == .sources ? .detail : .sources
        case .enter:
            focus = .detail
            detailScroll = 0
        case .character("j"), .down: move(1)
        case .character("k"), .up: move(-1)
        case .pageDown, .character(" "): move(max(1, lastDetailHeight - 1))
        case .pageUp: move(-max(1, lastDetailHeight - 1))
        case .character("g"), .home: move(-Int.max / 2)
        case .character("G"), .end: move(Int.max / 2)
        default: break
        }
    }

    private mutating func move(_ delta: Int) {
        switch focus {
        case .sources:
            let count = story.articles.count
            guard count > 0 else { return }
            let target = max(0, min(count - 1, selected &+ delta))
            if target != selected {
                selected = target
                detailScroll = 0
            }
        case .detail:
            detailScroll = max(0, detailScroll &+ delta)
        }
    }

    public mutating func render(width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width >= 20, height >= 5 else {
            screen.put("terminal too small", x: 0, y: 0, role: .warning)
            return screen
        }
        let listWidth = width >= 60 ? min(40, width / 3) : width
        let showDetail = width >= 60 || focus == .detail
        let bodyHeight = height - 1
        if width >= 60 || focus == .sources {
            drawSources(into: &screen, x: 0, width: listWidth, height: bodyHeight)
        }
        if showDetail {
            let x = width >= 60 ? listWidth : 0
            lastDetailHeight = bodyHeight - 1
            drawDetail(into: &screen, x: x, width: width - x, height: bodyHeight)
        }
        drawStatus(into: &screen, width: width, y: height - 1)
        return screen
    }

    private func drawSources(into screen: inout Screen, x: Int, width: Int, height: Int) {
        let focused = focus == .sources
        screen.fill(x: x, y: 0, width: width, role: focused ? .borderFocused : .border)
        screen.put(" Sources (\(story.articles.count)) ", x: x, y: 0, role: focused ? .borderFocused : .border, limit: width)
        let rows = height - 1
        let top = max(0, selected - rows / 2 + 1)
        for (row, index) in (top..<story.articles.count).prefix(max(0, rows / 2)).enumerated() {
            let article = story.articles[index]
            let y = 1 + row * 2
            let isSelected = index == selected
            let role: Role = isSelected ? (focused ? .selectionFocused : .selection) : .normal
            screen.fill(x: x, y: y, width: width - 1, role: role)
            screen.fill(x: x, y: y + 1, width: width - 1, role: role)
            let date = article.published.map { String($0.iso.prefix(10)) } ?? "undated"
            let used = screen.put(" \(article.displayName)", x: x, y: y, role: isSelected ? role : .title, limit: width - 12)
            screen.put(date, x: max(x + used + 1, x + width - 11), y: y, role: isSelected ? role : .date, limit: 10)
            screen.put("  \(article.title ?? "(untitled)")", x: x, y: y + 1, role: isSelected ? role : .dim, limit: width - 1)
        }
    }

    private mutating func drawDetail(into screen: inout Screen, x: Int, width: Int, height: Int) {
        let focused = focus == .detail
        screen.fill(x: x, y: 0, width: width, role: focused ? .borderFocused : .border)
        guard story.articles.indices.contains(selected) else { return }
        let article = story.articles[selected]
        screen.put(" \(article.displayName) ", x: x, y: 0, role: focused ? .borderFocused : .border, limit: width)
        let lines = detailLines(article, width: width - 2)
        detailScroll = min(detailScroll, max(0, lines.count - (height - 1)))
        for (row, line) in lines.dropFirst(detailScroll).prefix(height - 1).enumerated() {
            screen.put(line.text, x: x + 1, y: row + 1, role: line.role, limit: width - 2)
        }
    }

    private func detailLines(_ article: Article, width: Int) -> [(text: String, role: Role)] {
        var lines: [(String, Role)] = []
        for line in DisplayWidth.wrap(article.title ?? "(untitled)", columns: width) { lines.append((line, .title)) }
        var facts: [String] = []
        if let byline = article.byline { facts.append("by \(byline)") }
        facts.append(article.published?.iso ?? "undated")
        facts.append("\(article.wordCount) words")
        lines.append((facts.joined(separator: " · "), .date))
        for block in article.blocks {
            lines.append(("", .normal))
            switch block.kind {
            case .heading:
                for line in DisplayWidth.wrap(block.text, columns: width) { lines.append((line, .heading)) }
            case .listItem:
                for (n, line) in DisplayWidth.wrap(block.text, columns: width - 2).enumerated() {
                    lines.append(((n == 0 ? "• " : "  ") + line, .normal))
                }
            case .paragraph:
                for line in DisplayWidth.wrap(block.text, columns: width) { lines.append((line, .normal)) }
            }
        }
        for caption in article.captions {
            lines.append(("", .normal))
            for line in DisplayWidth.wrap("Caption: " + caption, columns: width) { lines.append((line, .caption)) }
        }
        return lines
    }

    private func drawStatus(into screen: inout Screen, width: Int, y: Int) {
        screen.fill(x: 0, y: y, width: width, role: .status)
        let title = story.title ?? "Storyline"
        let hints = "j/k move · Enter open · Tab pane · q quit"
        let used = screen.put(" \(title)", x: 0, y: y, role: .status, limit: max(0, width - DisplayWidth.of(hints) - 2))
        screen.put(hints, x: max(used + 1, width - DisplayWidth.of(hints) - 1), y: y, role: .status)
    }
}
