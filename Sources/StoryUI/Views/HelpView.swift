import StoryCore

/// `?`: every key, from the same table that dispatches them, and what every symbol means.
struct HelpView: StoryView {
    var scroll = Scroll()

    var mode: BrowserApp.Mode { .help }
    var name: String { "HELP" }
    var hints: String { "j/k scroll  Esc back" }

    /// What each mark on the screen means; no mark means two things.
    static let legend: [(String, String)] = [
        ("Sources", ""),
        ("●", "this source reports the selected event"),
        ("◆", "the source picked to compare (pick the other, Enter)"),
        ("██░░░░", "how much of what several outlets report this source carries"),
        ("+2 copies", "a wire story and its copies, listed once (C lists each copy, marked f1, f2…)"),
        ("Timeline", ""),
        ("2025-03-14", "a day; 2025-03 a month; 2025 a year; 2020s a decade"),
        ("w", "after a date: the week starting that Monday"),
        ("~", "after a date: approximate (from a rounded span, \"five decades ago\")"),
        ("▸", "the selected source reports this event"),
        ("●·", "which sources, in the Sources order, report the event (n/N on big stories)"),
        ("!", "outlets disagree: on the date, or on a number"),
        ("Compare", ""),
        ("=", "the same sentence on both sides"),
        ("≈", "the same sentence reworded: removed words [-so-], added words {+so+}"),
        ("-", "only the left source has it"),
        ("+", "only the right source has it"),
        ("▶", "the difference ]/[ stepped to"),
        ("Text", ""),
        ("“…”", "quotations (their colour), dated expressions (theirs), search matches (reversed)"),
        ("¶3", "the paragraph's number in its article"),
    ]

    func lines(_ context: ViewContext) -> [StyledLine] {
        let column = 22
        // The meaning wraps beside its keys, never under them.
        func row(_ left: String, _ right: String, _ role: Role = .heading) -> [StyledLine] {
            let wrapped = Styled.wrap([Span(right)], width: max(8, context.contentWidth - column))
            return wrapped.enumerated().map { index, line in
                [Span((index == 0 ? left : "").padding(toLength: column, withPad: " ", startingAt: 0), role)] + line
            }
        }
        var lines: [StyledLine] = [[Span("Keys", .title)]]
        for binding in KeyMap.bindings {
            lines += row(binding.keys.map(\.label).joined(separator: " "), binding.action.summary)
        }
        lines.append([])
        lines += (row("Mouse", "click focuses and selects; the wheel scrolls"))
        lines += (row("Search syntax", "\"phrase\"  word*  -word  outlet:NAME  speaker:NAME  date:YYYY-MM-DD"))
        lines += (row("While typing", "the last word matches as a prefix; Enter keeps it so"))
        lines += (row("Theme", context.themeName))
        lines.append([])
        lines.append([Span("Symbols", .title)])
        for (mark, meaning) in Self.legend {
            if meaning.isEmpty { lines.append([Span(mark, .heading)]) } else { lines += row("  " + mark, meaning, .normal) }
        }
        return lines
    }

    mutating func perform(_ action: Action, _ context: ViewContext) -> ViewRequest {
        scroll.apply(action, rows: context.visibleRows) ? .handled : .unhandled
    }

    mutating func settle(_ context: ViewContext) {
        scroll.clamp(lines: lines(context).count, rows: context.visibleRows)
    }

    func draw(into screen: inout Screen, _ context: ViewContext) {
        context.drawTitle("Help — keys and symbols", into: &screen)
        let lines = lines(context)
        context.drawLines(lines, into: &screen, top: max(0, min(scroll.top, lines.count - context.visibleRows)))
    }
}

/// `W`: the files that were skipped while reading the story, and why.
struct SkippedView: StoryView {
    var scroll = Scroll()

    var mode: BrowserApp.Mode { .skipped }
    var name: String { "SKIPPED" }
    var hints: String { "j/k scroll  Esc back" }

    func lines(_ context: ViewContext) -> [StyledLine] {
        let warnings = context.model.story.warnings
        guard !warnings.isEmpty else { return [[Span("Every file was read.", .dim)]] }
        return warnings.flatMap { warning in
            Styled.wrap([Span(warning.path, .outlet), Span(": "), Span(warning.message)], width: context.contentWidth, indent: 0) + [[]]
        }
    }

    mutating func perform(_ action: Action, _ context: ViewContext) -> ViewRequest {
        scroll.apply(action, rows: context.visibleRows) ? .handled : .unhandled
    }

    mutating func settle(_ context: ViewContext) {
        scroll.clamp(lines: lines(context).count, rows: context.visibleRows)
    }

    func draw(into screen: inout Screen, _ context: ViewContext) {
        context.drawTitle("Skipped files", into: &screen, right: "\(context.model.story.warnings.count)")
        let lines = lines(context)
        context.drawLines(lines, into: &screen, top: max(0, min(scroll.top, lines.count - context.visibleRows)))
    }
}
