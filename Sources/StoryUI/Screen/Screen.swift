import Foundation

/// What a cell means, not what colour it is: themes map roles to colours.
public enum Role: String, Sendable, CaseIterable {
    case normal, dim, title, border, borderFocused, selection, selectionFocused, status, heading, date, caption, warning
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
    /// Control characters are shown as `�` so article text can never drive the terminal.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: Role = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in text {
            let safe: Character = character.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "\u{FFFD}" : character
            let w = max(1, DisplayWidth.of(safe))
            if column + w > end { break }
            if column >= 0 {
                cells[y * width + column] = Cell(String(safe), role)
                if w == 2 { cells[y * width + column + 1] = .continuation }
            }
            column += w
        }
        return column - x
    }

    public mutating func fill(x: Int, y: Int, width w: Int, role: Role) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + w) { cells[y * width + column] = Cell(" ", role) }
    }

    /// The screen as plain text, one line per row: what golden tests compare.
    public var text: String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += self[x, y].text }
            return line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }
}
