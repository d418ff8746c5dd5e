import Foundation
import StoryCore

/// What a cell means, not what colour it is: themes map roles to colours.
public enum Role: String, Sendable, CaseIterable {
    case normal, dim, title, heading, border
    case borderFocused = "border-focused"
    case selection
    case selectionFocused = "selection-focused"
    case status, prompt, match
    case matchCurrent = "match-current"
    case date, quote, speaker, outlet, caption, disagreement, bar
    case barEmpty = "bar-empty"
    case same, paraphrase
    case leftOnly = "left-only"
    case rightOnly = "right-only"
    case removed, added, warning
}

/// One terminal cell: a grapheme cluster (or empty, behind a wide one) and its role.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String = " ", _ role: Role = .normal) {
        self.text = text
        self.role = role
    }

    /// The right half of a wide character: drawn by the cell before it.
    public static let continuation = Cell("", .normal)
}

/// A grid of cells at a fixed size: what the UI draws into, and what tests compare.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from column `x`, clipped at `x + limit` and the screen edge; returns the columns used.
    /// Control characters and bidi controls are shown escaped (`\x1b`, as `TerminalText` writes
    /// them everywhere), so text from outside can never drive the terminal or reorder the line.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: Role = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        drawing: for character in text {
            guard TerminalText.isUnsafe(character) else {
                guard draw(character, row: y, column: &column, end: end, role: role) else { break }
                continue
            }
            for shown in TerminalText.visible(String(character)) {
                guard draw(shown, row: y, column: &column, end: end, role: role) else { break drawing }
            }
        }
        return column - x
    }

    /// Draws one safe character and moves `column` past it; false when it does not fit before `end`.
    private mutating func draw(_ character: Character, row y: Int, column: inout Int, end: Int, role: Role) -> Bool {
        let w = max(1, DisplayWidth.of(character))
        if column + w > end { return false }
        if column >= 0 {
            // A wide character half-covered by this one leaves a blank, not half a glyph.
            if cells[y * width + column].text.isEmpty, column > 0 { cells[y * width + column - 1] = Cell(" ", role) }
            cells[y * width + column] = Cell(String(character), role)
            if w == 2 { cells[y * width + column + 1] = .continuation }
        }
        column += w
        return true
    }

    public mutating func fill(x: Int, y: Int, width w: Int, role: Role) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + w)) { cells[y * width + column] = Cell(" ", role) }
    }

    /// Changes the role of cells already drawn (selection bars keep their text).
    public mutating func restyle(x: Int, y: Int, width w: Int, role: Role, keeping kept: Set<Role> = []) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + w)) where !kept.contains(cells[y * width + column].role) {
            cells[y * width + column].role = role
        }
    }

    /// The screen as plain text, one line per row: what golden tests compare.
    public var text: String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += self[x, y].text }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
