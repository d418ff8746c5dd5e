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

/// Where each pane goes at a terminal size: three panes from 100 columns, two from 60, else one.
struct Layout: Equatable {
    var panes: [(BrowserApp.Pane, Rect)]
    var status: Rect
    var full: Rect

    static func == (lhs: Layout, rhs: Layout) -> Bool {
        lhs.panes.map(\.0) == rhs.panes.map(\.0) && lhs.panes.map(\.1) == rhs.panes.map(\.1) && lhs.status == rhs.status
    }

    static let minimumWidth = 24
    static let minimumHeight = 6

    static func make(width: Int, height: Int, focus: BrowserApp.Pane, side: BrowserApp.Pane) -> Layout {
        let body = height - 1
        let full = Rect(x: 0, y: 0, width: width, height: body)
        let status = Rect(x: 0, y: body, width: width, height: 1)
        if width >= 100 {
            let sources = max(24, width * 27 / 100)
            let timeline = max(30, width * 36 / 100)
            return Layout(panes: [
                (.sources, Rect(x: 0, y: 0, width: sources, height: body)),
                (.timeline, Rect(x: sources, y: 0, width: timeline, height: body)),
                (.detail, Rect(x: sources + timeline, y: 0, width: width - sources - timeline, height: body)),
            ], status: status, full: full)
        }
        if width >= 60 {
            let left = focus == .detail ? side : focus
            let leftWidth = width * 42 / 100
            return Layout(panes: [
                (left, Rect(x: 0, y: 0, width: leftWidth, height: body)),
                (.detail, Rect(x: leftWidth, y: 0, width: width - leftWidth, height: body)),
            ], status: status, full: full)
        }
        return Layout(panes: [(focus, full)], status: status, full: full)
    }

    func rect(of pane: BrowserApp.Pane) -> Rect? {
        panes.first { $0.0 == pane }?.1
    }
}
