/// Holds every block of every format to a readable size. A "paragraph" of many thousand
/// characters (a page saved without line breaks, one enormous `<p>`) is cut at sentence ends,
/// else at spaces, into pieces of at most `limit` bytes; nothing is dropped. Every analysis then
/// works on pieces of bounded size, so that no rule's cost within a paragraph can grow with the
/// file.
enum LongBlocks {
    static let limit = 4000

    static func split(_ block: PageBlock) -> [PageBlock] {
        guard block.text.utf8.count > limit * 2 else { return [block] }
        var pieces: [PageBlock] = []
        let text = block.text
        let utf8 = text.utf8
        var start = utf8.startIndex
        while utf8.distance(from: start, to: utf8.endIndex) > limit {
            let end = cut(utf8, from: start)
            let piece = text[start..<end].trimmed
            if !piece.isEmpty { pieces.append(PageBlock(piece, block.hint)) }
            start = end
        }
        let rest = text[start...].trimmed
        if !rest.isEmpty { pieces.append(PageBlock(rest, block.hint)) }
        return pieces
    }

    /// Where the piece starting at `start` ends: after the last `. ` within the limit, else after
    /// its last space, else at the limit moved back to the start of a character's bytes. Bytes,
    /// not characters: walking a run of regional-indicator letters by `Character` costs far more.
    private static func cut(_ utf8: String.UTF8View, from start: String.Index) -> String.Index {
        let window = utf8.index(start, offsetBy: limit)
        var lastSpace: String.Index?
        var index = window
        while index > start {
            let previous = utf8.index(before: index)
            if utf8[previous] == UInt8(ascii: " ") {
                if previous > start, utf8[utf8.index(before: previous)] == UInt8(ascii: ".") { return index }
                if lastSpace == nil { lastSpace = index }
            }
            index = previous
        }
        if let lastSpace { return lastSpace }
        var end = window
        while end > start, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return end
    }
}
