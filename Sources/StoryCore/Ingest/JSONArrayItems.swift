/// The items of a top-level JSON array, found by their bytes without parsing them, so that a
/// scraper's batch is parsed one article at a time: parsing a 64 MB batch whole builds every
/// item's objects at once (a batch of 300,000 tiny items took a gigabyte for each 4 MB).
enum JSONArrayItems {
    /// The text of each item, or nil when `text` is not one array (an object, JSON Lines, or
    /// brackets that do not balance): the caller parses it another way.
    static func split(_ text: String) -> [Substring]? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        func skipSpace() {
            while index < utf8.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(utf8[index]) { index = utf8.index(after: index) }
        }
        skipSpace()
        guard index < utf8.endIndex, utf8[index] == UInt8(ascii: "[") else { return nil }
        index = utf8.index(after: index)
        var items: [Substring] = []
        var depth = 0
        var inString = false
        var itemStart = index
        while index < utf8.endIndex {
            let byte = utf8[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index = utf8.index(after: index)
                    guard index < utf8.endIndex else { return nil }
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if depth == 0 {
                        guard byte == UInt8(ascii: "]") else { return nil }
                        let last = text[itemStart..<index]
                        if !last.trimmed.isEmpty { items.append(last) } else if !items.isEmpty { return nil }
                        index = utf8.index(after: index)
                        skipSpace()
                        return index == utf8.endIndex ? items : nil
                    }
                    depth -= 1
                case UInt8(ascii: ",") where depth == 0:
                    let item = text[itemStart..<index]
                    guard !item.trimmed.isEmpty else { return nil }
                    items.append(item)
                    itemStart = utf8.index(after: index)
                default: break
                }
            }
            index = utf8.index(after: index)
        }
        return nil
    }
}
