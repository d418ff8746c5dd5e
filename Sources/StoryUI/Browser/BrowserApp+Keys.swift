import StoryCore

extension BrowserApp {
    /// Applies a key: prompt editing first, then the action it is bound to.
    public mutating func handle(_ key: Key) {
        message = nil
        defer { settle() }
        if let kind = promptKind {
            editPrompt(key, kind)
            return
        }
        switch key {
        case .resize: return
        case .click(let x, let y): click(x: x, y: y); return
        case .wheelUp(let x, let y): wheel(x: x, y: y, by: -3); return
        case .wheelDown(let x, let y): wheel(x: x, y: y, by: 3); return
        default: break
        }
        guard let action = KeyMap.action(for: key) else { return }
        perform(action)
    }

    public mutating func perform(_ action: Action) {
        defer { settle() }
        switch action {
        case .help: toggle(.help) { HelpView() }; return
        case .skipped: toggle(.skipped) { SkippedView() }; return
        case .quotes:
            let shown = shownStatements
            let model = self.model
            toggle(.quotes) { QuotesView(statements: shown, model: model) }
            return
        case .nextTheme:
            if !themeNames.isEmpty { themeIndex = (themeIndex + 1) % themeNames.count; message = "theme: \(themeName)" }
            return
        case .search:
            promptKind = .search
            prompt.begin()
            return
        case .filter:
            promptKind = .filter
            filterPrompt.begin(with: filter)
            return
        default: break
        }
        if var view = views.last {
            let request = view.perform(action, context(layout.full))
            views[views.count - 1] = view
            if case .unhandled = request {} else { apply(request); return }
            switch action {
            case .quit where mode == .stories: quit = true
            case .back where mode == .stories: break
            case .back, .quit: views.removeLast()
            case .compare: if case .compare = mode { views.removeLast() } else { views.removeAll(); startCompare() }
            case .nextMatch: stepMatch(1)
            case .previousMatch: stepMatch(-1)
            case .openURL: openAddress(of: viewArticle ?? selectedSource)
            case .sortSources, .toggleCopies, .zoom, .widen, .narrow: message = "Esc first: that acts on the three panes"
            default: break
            }
            return
        }
        performInMain(action)
    }

    /// Opens a view of this kind, or closes it when it is the one on top.
    private mutating func toggle(_ kind: Mode, _ make: () -> any StoryView) {
        if mode == kind {
            views.removeLast()
        } else if let place = views.firstIndex(where: { $0.mode == kind }) {
            views.append(views.remove(at: place))
        } else {
            views.append(make())
        }
    }

    /// Opens a view; one of the same kind already open below is closed, so the stack holds
    /// each kind once and `Esc` always gets back to the panes in a few presses.
    mutating func push(_ view: any StoryView) {
        views.removeAll { Self.sameKind($0.mode, view.mode) }
        views.append(view)
    }

    private static func sameKind(_ a: Mode, _ b: Mode) -> Bool {
        switch (a, b) {
        case (.compare, .compare), (.reader, .reader): return true
        default: return a == b
        }
    }

    /// The article the view on top shows, if it shows one.
    var viewArticle: Int? {
        switch mode {
        case .reader(let article): return article
        case .compare(let left, _): return left
        default: return nil
        }
    }

    mutating func apply(_ request: ViewRequest) {
        switch request {
        case .handled, .unhandled: break
        case .read(let article, let paragraph, let highlight):
            push(ReaderView(article: article, paragraph: paragraph, highlight: highlight))
        case .message(let text): message = text
        case .openStory(let index): openStory(index)
        case .yank(let text, let what):
            clipboard = text
            message = "copied the \(what) with its citation"
        }
    }

    private mutating func performInMain(_ action: Action) {
        switch action {
        case .nextPane: focus(Pane(rawValue: (focus.rawValue + 1) % 3)!)
        case .previousPane: focus(Pane(rawValue: (focus.rawValue + 2) % 3)!)
        case .focusSources: focus(.sources)
        case .focusTimeline: focus(.timeline)
        case .focusDetail: focus(.detail)
        case .down: move(1)
        case .up: move(-1)
        case .pageDown: move(pageHeight)
        case .pageUp: move(-pageHeight)
        case .halfPageDown: move(max(1, pageHeight / 2))
        case .halfPageUp: move(-max(1, pageHeight / 2))
        case .first: move(-1_000_000)
        case .last: move(1_000_000)
        case .open: open()
        case .read: read()
        case .quit:
            if comparePick != nil { comparePick = nil }
            else if zoomed { zoomed = false }
            else if case .article = detail, focus == .detail { focus = .sources; detail = .source(selectedSource) }
            else if !showStoryList() { quit = true }
        case .back:
            if comparePick != nil { comparePick = nil; message = "compare cancelled" }
            else if !query.isEmpty { clearSearch() }
            else if !filter.isEmpty { setFilter("") }
            else if zoomed { zoomed = false }
            else if focus == .detail { focus = sidePane }
            else { _ = showStoryList() }
        case .compare: startCompare()
        case .nextMatch: stepMatch(1)
        case .previousMatch: stepMatch(-1)
        case .nextDifference, .previousDifference:
            if focus == .detail, case .event = detail { stepWording(action == .nextDifference ? 1 : -1) } else { stepDisagreement(action == .nextDifference ? 1 : -1) }
        case .sortSources: cycleSort()
        case .toggleCopies:
            showCopies.toggle()
            refreshShown()
            message = model.families.isEmpty ? "no copies of one text among these sources" : showCopies ? "every copy listed" : "each family of copies listed once"
        case .zoom: zoomed.toggle()
        case .widen, .narrow:
            guard !zoomed else { return }
            widthShift[focus, default: 0] += action == .widen ? 4 : -4
            widthShift[focus] = max(-40, min(80, widthShift[focus]!))
        case .yank: yank()
        case .openURL: openAddress(of: selectedSource)
        case .swapSides, .changeLeft, .changeRight: message = "that key works in a comparison: press c to start one"
        default: break
        }
    }

    mutating func focus(_ pane: Pane) {
        focus = pane
        if pane != .detail { sidePane = pane }
        switch pane {
        case .sources: if case .event = detail { detail = .source(selectedSource) }
        case .timeline: if !shownEvents.isEmpty { detail = .event(selectedEvent); detailTop = 0 }
        case .detail: break
        }
    }

    private mutating func move(_ delta: Int) {
        switch focus {
        case .sources:
            guard let position = shownSources.firstIndex(of: selectedSource) ?? (shownSources.isEmpty ? nil : 0) else { return }
            selectedSource = shownSources[clamp(position + delta, shownSources.count)]
            if case .article = detail {} else { detail = .source(selectedSource) }
            detailTop = 0
        case .timeline:
            guard let position = shownEvents.firstIndex(of: selectedEvent) ?? (shownEvents.isEmpty ? nil : 0) else { return }
            selectedEvent = shownEvents[clamp(position + delta, shownEvents.count)]
            detail = .event(selectedEvent)
            detailTop = 0
        case .detail:
            detailTop = max(0, detailTop + delta)
        }
    }

    private mutating func open() {
        switch focus {
        case .sources:
            if let left = comparePick {
                guard left != selectedSource else { message = "pick another source to compare with (j/k, then Enter)"; return }
                comparePick = nil
                openCompare(left: left, right: selectedSource)
                return
            }
            detail = .article(selectedSource)
            detailTop = 0
            focus = .detail
        case .timeline:
            detail = .event(selectedEvent)
            detailTop = 0
            focus = .detail
        case .detail:
            read()
        }
    }

    /// `+`: the reading view, on what is selected: a source, an event's first mention, the
    /// paragraph at the top of the article in Detail.
    private mutating func read() {
        switch (focus, detail) {
        case (.timeline, _), (.detail, .event):
            guard model.events.indices.contains(selectedEvent) else { return }
            let wordings = model.eventWordings[selectedEvent]
            let chosen = focus == .detail ? eventWording.flatMap { wordings.indices.contains($0) ? wordings[$0].mention : nil } : nil
            guard let mention = chosen ?? model.events[selectedEvent].firstTelling,
                  let article = model.articleIndex(mention.article) else { return }
            // A headline is read at the top of its article.
            apply(.read(article: article, paragraph: mention.paragraph >= 0 ? mention.paragraph : nil, highlight: mention.text))
        case (.detail, .article(let article)):
            apply(.read(article: article, paragraph: paragraphAtDetailTop(), highlight: nil))
        default:
            guard model.story.articles.indices.contains(selectedSource) else { return }
            apply(.read(article: selectedSource, paragraph: nil, highlight: nil))
        }
    }

    private mutating func startCompare() {
        guard articleCount >= 2 else { message = "compare needs two sources"; return }
        if let left = comparePick {
            guard left != selectedSource else { message = "pick another source to compare with (j/k, then Enter or c)"; return }
            comparePick = nil
            openCompare(left: left, right: selectedSource)
            return
        }
        focus(.sources)
        comparePick = selectedSource
        message = "compare \(model.story.articles[selectedSource].displayName) with… (pick a source, Enter or c; Esc cancels)"
    }

    mutating func openCompare(left: Int, right: Int) {
        push(CompareView(left: left, right: right, model: model))
    }

    /// `]`/`[` in an event's detail: the next outlet's wording, scrolled into view.
    private mutating func stepWording(_ step: Int) {
        guard model.events.indices.contains(selectedEvent), let rect = layout.rect(of: .detail) else { return }
        let count = min(60, model.eventWordings[selectedEvent].count)
        guard count > 0 else { return }
        let wording = eventWording.map { max(0, min(count - 1, $0 + step)) } ?? (step > 0 ? 0 : count - 1)
        steppedWording = (selectedEvent, wording)
        if let line = detailContent(width: max(1, rect.width - 2)).2[wording] { detailTop = max(0, line - 1) }
        message = "wording \(wording + 1) of \(count): Enter reads it in its article"
    }

    /// `]`/`[` in the timeline: the next event outlets disagree on.
    private mutating func stepDisagreement(_ step: Int) {
        let disputed = shownEvents.filter { !model.events[$0].alternatives.isEmpty || !model.events[$0].conflicts.isEmpty }
        guard !disputed.isEmpty else { message = "no event where outlets disagree"; return }
        let position = shownEvents.firstIndex(of: selectedEvent) ?? -1
        let order = shownEvents.enumerated().filter { disputed.contains($0.element) }.map(\.offset)
        let next = step > 0 ? order.first { $0 > position } ?? order.first! : order.last { $0 < position } ?? order.last!
        selectedEvent = shownEvents[next]
        focus(.timeline)
    }

    private mutating func cycleSort() {
        let all = SourceOrder.allCases
        sourceOrder = all[(all.firstIndex(of: sourceOrder)! + 1) % all.count]
        refreshShown()
        message = "sources sorted: \(sourceOrder == .given ? "as given" : "by \(sourceOrder.rawValue)")"
    }

    /// `y`: the selection with where it came from, for the clipboard.
    private mutating func yank() {
        switch (focus, detail) {
        case (.timeline, _), (.detail, .event):
            guard model.events.indices.contains(selectedEvent) else { return }
            let event = model.events[selectedEvent]
            let outlets = Array(Set(event.mentions.map { model.outletName($0.article) })).sorted()
            let citation = event.firstTelling.flatMap { mention in
                model.articleIndex(mention.article).map { Citation.of(model.story.articles[$0], paragraph: mention.paragraph) }
            }
            let text = "\(event.date.iso): \(event.summary) (reported by \(outlets.joined(separator: ", ")); \(citation ?? ""))"
            apply(.yank(text, what: "event"))
        case (.detail, .article(let article)):
            let item = model.story.articles[article]
            guard let paragraph = paragraphAtDetailTop(), item.blocks.indices.contains(paragraph) else { return }
            apply(.yank("“\(item.blocks[paragraph].text)” — " + Citation.of(item, paragraph: paragraph), what: "paragraph ¶\(paragraph + 1)"))
        default:
            guard model.story.articles.indices.contains(selectedSource) else { return }
            apply(.yank(Citation.of(model.story.articles[selectedSource], paragraph: nil), what: "source"))
        }
    }

    private mutating func openAddress(of article: Int) {
        guard model.story.articles.indices.contains(article), let url = model.story.articles[article].url else {
            message = "no address known for this article"
            return
        }
        addressToOpen = url
        message = "opening \(url)"
    }

    func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(count - 1, value)) }
}
