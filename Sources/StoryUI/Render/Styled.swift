/// A run of text in one role.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }
}

/// A line of spans, ready to draw.
public typealias StyledLine = [Span]

/// Wrapping, highlighting and drawing of styled text at display widths.
public enum Styled {
    /// Lines of at most `width` columns, broken between words; words longer than a line are split.
    public static func wrap(_ spans: [Span], width: Int, indent: Int = 0) -> [StyledLine] {
        guard width > indent + 1 else { return [] }
        var lines: [StyledLine] = []
        let pad = String(repeating: " ", count: indent)
        var line: StyledLine = indent > 0 ? [Span(pad)] : []
        var used = indent
        func newLine() {
            lines.append(line)
            line = indent > 0 ? [Span(pad)] : []
            used = indent
        }
        for span in spans {
            for (index, piece) in span.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { newLine() }
                for word in words(piece) {
                    let w = DisplayWidth.of(word)
                    let isSpace = word.allSatisfy { $0 == " " }
                    if used + w > width {
                        if isSpace { newLine(); continue }
                        if used > indent { newLine() }
                        var rest = Substring(word)
                        while DisplayWidth.of(rest) > width - used {
                            let (head, _) = DisplayWidth.prefix(rest, fitting: width - used)
                            guard !head.isEmpty else { break }
                            line.append(Span(String(head), span.role))
                            rest = rest[head.endIndex...]
                            newLine()
                        }
                        if !rest.isEmpty {
                            line.append(Span(String(rest), span.role))
                            used += DisplayWidth.of(rest)
                        }
                        continue
                    }
                    if isSpace, used == indent { continue }
                    line.append(Span(word, span.role))
                    used += w
                }
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Words and the spaces between them, in order.
    private static func words(_ text: Substring) -> [String] {
        var result: [String] = []
        var current = ""
        var inSpace = false
        for character in text {
            let space = character == " "
            if space != inSpace, !current.isEmpty {
                result.append(current)
                current = ""
            }
            inSpace = space
            current.append(character)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Marks the words `matches` accepts with the `match` role (search hits, in every pane).
    public static func highlight(_ spans: [Span], _ matches: (String) -> Bool) -> [Span] {
        var result: [Span] = []
        for span in spans {
            var start = span.text.startIndex
            var index = start
            var wordStart: String.Index?
            func flush(_ end: String.Index) {
                if start < end { result.append(Span(String(span.text[start..<end]), span.role)) }
            }
            while index < span.text.endIndex {
                let character = span.text[index]
                let isWordCharacter = character.isLetter || character.isNumber || character == "'" || character == "’"
                if isWordCharacter, wordStart == nil { wordStart = index }
                if !isWordCharacter, let begun = wordStart {
                    if matches(String(span.text[begun..<index])) {
                        flush(begun)
                        result.append(Span(String(span.text[begun..<index]), .match))
                        start = index
                    }
                    wordStart = nil
                }
                index = span.text.index(after: index)
            }
            if let begun = wordStart, matches(String(span.text[begun...])) {
                flush(begun)
                result.append(Span(String(span.text[begun...]), .match))
                start = span.text.endIndex
            }
            flush(span.text.endIndex)
        }
        return result
    }

    /// Draws a line at `(x, y)` within `width` columns; returns the columns used.
    @discardableResult
    public static func draw(_ line: StyledLine, into screen: inout Screen, x: Int, y: Int, width: Int, base: Role? = nil) -> Int {
        var column = 0
        for span in line {
            guard column < width else { break }
            let role = base != nil && span.role == .normal ? base! : span.role
            column += screen.put(span.text, x: x + column, y: y, role: role, limit: width - column)
        }
        return column
    }
}
