/// A rectangle of the screen.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }
}

/// Where each pane goes at a terminal size: three columns from 100 columns (the timeline, the
/// heart of the story, widest after Detail); from 60, Sources above Timeline beside Detail, so the
/// timeline is on the first screen at 80×24; below that, the focused pane alone. `z` zooms the
/// focused pane; `>`/`<` shift columns to or from it.
struct Layout: Equatable {
    var panes: [(BrowserApp.Pane, Rect)]
    var status: Rect
    var full: Rect

    static func == (lhs: Layout, rhs: Layout) -> Bool {
        lhs.panes.map(\.0) == rhs.panes.map(\.0) && lhs.panes.map(\.1) == rhs.panes.map(\.1) && lhs.status == rhs.status
    }

    static let minimumWidth = 24
    static let minimumHeight = 6

    /// `names`: the widest source name, so Sources takes no more than it needs; `timelineEmpty`:
    /// no dated event, so Detail gets the timeline's room.
    static func make(
        width: Int, height: Int, focus: BrowserApp.Pane, side: BrowserApp.Pane, zoomed: Bool = false, shift: [BrowserApp.Pane: Int] = [:],
        names: Int = 40, timelineEmpty: Bool = false
    ) -> Layout {
        let body = height - 1
        let full = Rect(x: 0, y: 0, width: width, height: body)
        let status = Rect(x: 0, y: body, width: width, height: 1)
        if zoomed || width < 60 {
            return Layout(panes: [(focus, full)], status: status, full: full)
        }
        if width >= 100 {
            var sources = max(24, min(width * 22 / 100, names + 13)) + (shift[.sources] ?? 0)
            var timeline = (timelineEmpty ? 24 : width * 44 / 100) + (shift[.timeline] ?? 0)
            let detailShift = shift[.detail] ?? 0
            sources -= detailShift / 2
            timeline -= detailShift - detailShift / 2
            sources = max(16, min(sources, width - 60))
            timeline = max(24, min(timeline, width - sources - 24))
            return Layout(panes: [
                (.sources, Rect(x: 0, y: 0, width: sources, height: body)),
                (.timeline, Rect(x: sources, y: 0, width: timeline, height: body)),
                (.detail, Rect(x: sources + timeline, y: 0, width: width - sources - timeline, height: body)),
            ], status: status, full: full)
        }
        let leftWidth = max(24, min(width - 24, width * 55 / 100 + (shift[.sources] ?? 0) + (shift[.timeline] ?? 0) - (shift[.detail] ?? 0)))
        // Sources gets two rows per source for a few sources; the timeline the rest.
        let sourcesHeight = max(3, min(body - 4, (body * 2) / 5))
        return Layout(panes: [
            (.sources, Rect(x: 0, y: 0, width: leftWidth, height: sourcesHeight)),
            (.timeline, Rect(x: 0, y: sourcesHeight, width: leftWidth, height: body - sourcesHeight)),
            (.detail, Rect(x: leftWidth, y: 0, width: width - leftWidth, height: body)),
        ], status: status, full: full)
    }

    func rect(of pane: BrowserApp.Pane) -> Rect? {
        panes.first { $0.0 == pane }?.1
    }
}
