/// A colour as a theme names it: the terminal's default, one of 256 indexed colours, or true colour.
public enum ThemeColor: Equatable, Sendable {
    case terminalDefault
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    /// The nearest colour a terminal with `available` colours can show (-1: the terminal's default).
    public func index(available: Int) -> Int {
        switch self {
        case .terminalDefault:
            return -1
        case .indexed(let value):
            if value < available { return value }
            return Self.nearest(Self.rgbOfIndex(value), available: available)
        case .rgb(let r, let g, let b):
            return Self.nearest((Int(r), Int(g), Int(b)), available: available)
        }
    }

    /// A grey of the palette or of true colour (not the terminal's default, not black or white).
    var isGrey: Bool {
        let rgb: (Int, Int, Int)
        switch self {
        case .terminalDefault: return false
        case .indexed(let value): rgb = Self.rgbOfIndex(value)
        case .rgb(let r, let g, let b): rgb = (Int(r), Int(g), Int(b))
        }
        let (low, high) = (min(rgb.0, rgb.1, rgb.2), max(rgb.0, rgb.1, rgb.2))
        return high - low < 24 && low > 24 && high < 235
    }

    /// xterm's palette: 16 system colours, a 6×6×6 cube, 24 greys.
    static func rgbOfIndex(_ index: Int) -> (Int, Int, Int) {
        let system: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return system[max(0, index)] }
        if index < 232 {
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        }
        let grey = 8 + (index - 232) * 10
        return (grey, grey, grey)
    }

    static func nearest(_ colour: (Int, Int, Int), available: Int) -> Int {
        let count = available >= 256 ? 256 : available >= 16 ? 16 : 8
        var best = 0
        var bestDistance = Int.max
        for index in 0..<count {
            let (r, g, b) = rgbOfIndex(index)
            let distance = (r - colour.0) * (r - colour.0) * 3 + (g - colour.1) * (g - colour.1) * 4 + (b - colour.2) * (b - colour.2) * 2
            if distance < bestDistance {
                bestDistance = distance
                best = index
            }
        }
        return best
    }
}

/// How one role is drawn.
public struct ThemeStyle: Equatable, Sendable {
    public var foreground: ThemeColor = .terminalDefault
    public var background: ThemeColor = .terminalDefault
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init() {}
}

extension ThemeStyle {
    /// Colour indices (-1: the terminal's default) and whether to reverse, on a terminal with
    /// `available` colours. On 8 colours a grey bar (a selection, a title bar) has no grey to
    /// become: the nearest colour is black (gone on most terminals), white (unreadable under
    /// light text) or even yellow, so it is drawn reversed instead, in the terminal's own colours.
    public func resolved(available: Int) -> (foreground: Int, background: Int, reverse: Bool) {
        let foreground = self.foreground.index(available: available)
        let background = self.background.index(available: available)
        if available < 16, self.background.isGrey || background == 0 {
            return (foreground == 0 ? -1 : foreground, -1, true)
        }
        return (foreground, background, reverse)
    }
}

/// A colour theme: a style for every role, those the file leaves out drawn plainly.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [Role: ThemeStyle]

    public func style(_ role: Role) -> ThemeStyle {
        styles[role] ?? styles[.normal] ?? ThemeStyle()
    }

    /// Attributes only, for `NO_COLOR` and terminals without colour.
    public static let plain: Theme = {
        var styles: [Role: ThemeStyle] = [:]
        for role in Role.allCases {
            var style = ThemeStyle()
            switch role {
            case .borderFocused, .selectionFocused, .status, .prompt, .match, .disagreement, .warning: style.reverse = true
            case .matchCurrent: style.reverse = true; style.underline = true
            case .title, .heading, .speaker, .outlet, .added, .border: style.bold = true
            case .selection, .date, .paraphrase: style.underline = true
            case .removed: style.dim = true
            case .dim, .caption, .barEmpty: style.dim = true
            default: break
            }
            styles[role] = style
        }
        return Theme(name: "plain", styles: styles)
    }()
}
