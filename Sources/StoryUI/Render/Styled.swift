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
    /// Lines of at most `width` columns, broken at spaces only (a word styled in two roles stays
    /// whole); a line never starts with closing punctuation nor ends with an opening quote, and
    /// words longer than a line are split.
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
        for unit in units(spans) {
            switch unit {
            case .lineBreak:
                newLine()
            case .space(let span):
                // A space at the end of a line is dropped with the break; at its start it is not drawn.
                let w = DisplayWidth.of(span.text)
                if used + w > width { newLine(); continue }
                if used == indent { continue }
                line.append(span)
                used += w
            case .word(let pieces):
                let w = pieces.reduce(0) { $0 + DisplayWidth.of($1.text) }
                if used + w > width, used > indent { newLine() }
                if used + w <= width {
                    line += pieces
                    used += w
                    continue
                }
                for piece in pieces {
                    var rest = Substring(piece.text)
                    while DisplayWidth.of(rest) > width - used {
                        let (head, _) = DisplayWidth.prefix(rest, fitting: width - used)
                        if head.isEmpty, used == indent { break }
                        if !head.isEmpty { line.append(Span(String(head), piece.role)) }
                        rest = rest[head.endIndex...]
                        newLine()
                    }
                    if !rest.isEmpty {
                        line.append(Span(String(rest), piece.role))
                        used += DisplayWidth.of(rest)
                    }
                }
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// What wrapping places: words (runs without spaces, in as many roles as they have), the
    /// spaces between them, and forced breaks.
    enum WrapUnit: Equatable {
        case word([Span])
        case space(Span)
        case lineBreak
    }

    static func units(_ spans: [Span]) -> [WrapUnit] {
        var units: [WrapUnit] = []
        var word: [Span] = []
        func endWord() {
            if !word.isEmpty { units.append(.word(word)) }
            word = []
        }
        for span in spans {
            var run = ""
            var inSpace = false
            func flush() {
                guard !run.isEmpty else { return }
                if inSpace { endWord(); units.append(.space(Span(run, span.role))) } else { word.append(Span(run, span.role)) }
                run = ""
            }
            for character in span.text {
                if character == "\n" {
                    flush()
                    endWord()
                    units.append(.lineBreak)
                    continue
                }
                let space = character == " "
                if space != inSpace { flush() }
                inSpace = space
                run.append(character)
            }
            flush()
        }
        endWord()
        return glued(units)
    }

    /// Closing punctuation standing alone joins the word before it, an opening quote the word
    /// after it, spaces and all: `asks of us ,"` never starts a line with `,"`.
    private static func glued(_ units: [WrapUnit]) -> [WrapUnit] {
        var result: [WrapUnit] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            if case .word(let pieces) = unit, isAll(pieces, in: closers), result.count >= 2,
               case .space(let space) = result[result.count - 1], case .word(let before) = result[result.count - 2] {
                result.removeLast(2)
                result.append(.word(before + [space] + pieces))
                index += 1
                continue
            }
            if case .word(let pieces) = unit, isAll(pieces, in: openers), index + 2 < units.count,
               case .space(let space) = units[index + 1], case .word(let after) = units[index + 2] {
                result.append(.word(pieces + [space] + after))
                index += 3
                continue
            }
            result.append(unit)
            index += 1
        }
        return result
    }

    private static let closers: Set<Character> = [",", ".", ";", ":", "!", "?", ")", "]", "”", "’", "»", "\"", "'", "…", "—", "–"]
    private static let openers: Set<Character> = ["“", "‘", "«", "(", "[", "\"", "„"]

    private static func isAll(_ pieces: [Span], in set: Set<Character>) -> Bool {
        pieces.allSatisfy { $0.text.allSatisfy(set.contains) }
    }

    /// Marks the words `matches` accepts with the `match` role (search hits, in every pane).
    public static func highlight(_ spans: [Span], _ matches: (String) -> Bool, role: Role = .match) -> [Span] {
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
                        result.append(Span(String(span.text[begun..<index]), role))
                        start = index
                    }
                    wordStart = nil
                }
                index = span.text.index(after: index)
            }
            if let begun = wordStart, matches(String(span.text[begun...])) {
                flush(begun)
                result.append(Span(String(span.text[begun...]), role))
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
