/// How many terminal columns text takes: East Asian wide and emoji take two, marks take none.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        if first.value < 0x300 { return 1 }
        // An emoji presentation selector widens a text-style symbol (☺︎ vs ☺️).
        if scalars.contains("\u{FE0F}") { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        if isZeroWidth(first) { return 0 }
        return isWide(first.value) ? 2 : 1
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return scalar.value == 0x200B
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `columns`, with its width.
    public static func prefix(_ text: some StringProtocol, fitting columns: Int) -> (text: Substring, width: Int) {
        let string = Substring(text)
        var width = 0
        var end = string.startIndex
        for index in string.indices {
            let w = of(string[index])
            if width + w > columns { break }
            width += w
            end = string.index(after: index)
        }
        return (string[string.startIndex..<end], width)
    }

    /// Lines of at most `columns` columns, broken at spaces where possible.
    public static func wrap(_ text: String, columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var piece = Substring(word)
            var pieceWidth = of(piece)
            if lineWidth > 0, lineWidth + 1 + pieceWidth <= columns {
                line += " " + piece
                lineWidth += 1 + pieceWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while pieceWidth > columns {
                let (head, headWidth) = prefix(piece, fitting: columns)
                guard !head.isEmpty else { break }
                lines.append(String(head))
                piece = piece[head.endIndex...]
                pieceWidth -= headWidth
            }
            line = String(piece)
            lineWidth = pieceWidth
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
