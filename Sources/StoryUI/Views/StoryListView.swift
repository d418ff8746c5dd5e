import StoryCore

/// The stories of a folder that holds several: one line each (label, articles, outlets, dates,
/// and how the articles fall over time), `/` narrows them by label or outlet, `Enter` opens one
/// in the three panes; `q` there comes back here.
struct StoryListView: StoryView {
    let story: Story
    let groups: StoryGroups
    var cursor = 0
    var scroll = Scroll()
    /// Words every shown story's label or outlets hold.
    var narrowing = ""

    var mode: BrowserApp.Mode { .stories }
    var name: String { "STORIES" }
    var hints: String { "j/k move  Enter open  / narrow  q quit" }

    /// The stories shown, as indices into `groups.groups`.
    var shown: [Int] {
        let words = Words.tokens(in: narrowing).map { Words.fold($0) }
        guard !words.isEmpty else { return Array(groups.groups.indices) }
        return groups.groups.indices.filter { index in
            let group = groups.groups[index]
            let text = Words.fold(group.label + " " + group.articles.map { story.articles[$0].displayName }.joined(separator: " "))
            return words.allSatisfy { text.contains($0) }
        }
    }

    /// Eight steps of a bar, for the sparkline.
    static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// How many of a story's articles were published in each of `width` equal stretches of its span.
    func sparkline(_ group: StoryGroups.Group, width: Int) -> String {
        let days = group.articles.compactMap { story.articles[$0].published?.dayNumber }
        guard let first = days.min(), let last = days.max(), width > 0 else { return String(repeating: " ", count: width) }
        var counts = [Int](repeating: 0, count: width)
        for day in days { counts[last == first ? 0 : (day - first) * (width - 1) / (last - first)] += 1 }
        let most = counts.max() ?? 1
        return String(counts.map { $0 == 0 ? " " : Self.bars[min(7, ($0 * 8 - 1) / most)] })
    }

    func line(_ index: Int, width: Int) -> StyledLine {
        let group = groups.groups[index]
        let articles = group.articles.map { story.articles[$0] }
        let days = articles.compactMap { $0.published.map { String($0.iso.prefix(10)) } }.sorted()
        let span = days.first.map { first in first == days.last ? first : "\(first) – \(days.last!)" } ?? "undated"
        let facts = " \(articles.count.counted("article")) · \(Set(articles.map(\.displayName)).count.counted("outlet")) · \(span) "
        let spark = sparkline(group, width: 8)
        // Labels in one column, as wide as the facts beside them leave.
        let room = max(12, width - 60)
        return [Span(BrowserApp.fitted(group.label, width: room).padding(toLength: room, withPad: " ", startingAt: 0), .title),
                Span(facts, .dim), Span(spark, .bar)]
    }

    mutating func perform(_ action: Action, _ context: ViewContext) -> ViewRequest {
        let count = shown.count
        switch action {
        case .down: cursor += 1
        case .up: cursor -= 1
        case .pageDown: cursor += context.visibleRows
        case .pageUp: cursor -= context.visibleRows
        case .halfPageDown: cursor += max(1, context.visibleRows / 2)
        case .halfPageUp: cursor -= max(1, context.visibleRows / 2)
        case .first: cursor = 0
        case .last: cursor = count - 1
        case .open, .read:
            guard count > 0 else { return .handled }
            return .openStory(shown[max(0, min(cursor, count - 1))])
        case .back:
            if !narrowing.isEmpty { narrowing = ""; return .handled }
            return .handled
        case .quit: return .unhandled
        default: return .unhandled
        }
        cursor = max(0, min(cursor, count - 1))
        return .handled
    }

    mutating func settle(_ context: ViewContext) {
        cursor = max(0, min(cursor, shown.count - 1))
        scroll.top = scroll.showing(cursor, rows: context.visibleRows)
        scroll.clamp(lines: shown.count, rows: context.visibleRows)
    }

    func draw(into screen: inout Screen, _ context: ViewContext) {
        let shown = shown
        context.drawTitle("Stories in this folder" + (narrowing.isEmpty ? "" : " — \(narrowing)"), into: &screen, right: "\(shown.count)/\(groups.groups.count)")
        let top = max(0, min(scroll.top, shown.count - context.visibleRows))
        for (row, index) in shown.dropFirst(top).prefix(context.visibleRows).enumerated() {
            let y = context.rect.y + 1 + row
            Styled.draw(context.search.mark(line(index, width: context.rect.width - 1)), into: &screen, x: context.rect.x + 1, y: y, width: context.rect.width - 1)
            if top + row == cursor { screen.restyle(x: context.rect.x, y: y, width: context.rect.width, role: .selectionFocused, keeping: [.bar]) }
        }
        if shown.isEmpty { screen.put(" no story matches", x: context.rect.x, y: context.rect.y + 1, role: .dim) }
    }
}
