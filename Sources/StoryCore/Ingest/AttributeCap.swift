/// Holds a page's start tags to `limit` attributes each, so that libxml2 parses it in linear time:
/// libxml2 checks every attribute of a tag against each one before it (to drop repeats), and one
/// tag carrying hundreds of thousands of attributes takes it minutes. Real tags carry a few dozen;
/// past the limit, the rest of a tag's attributes are left out and everything else is kept.
enum AttributeCap {
    static let limit = 256

    /// `html` with the attributes past the limit left out; the same bytes when no tag has that many.
    static func capped(_ html: [UInt8], limit: Int = limit) -> [UInt8] {
        let cuts = excess(html, limit: limit)
        guard !cuts.isEmpty else { return html }
        var result: [UInt8] = []
        result.reserveCapacity(html.count)
        var start = 0
        for cut in cuts {
            result += html[start..<cut.lowerBound]
            start = cut.upperBound
        }
        result += html[start...]
        return result
    }

    /// The byte ranges of attributes past the limit, a range a tag.
    static func excess(_ html: [UInt8], limit: Int) -> [Range<Int>] {
        var cuts: [Range<Int>] = []
        var index = 0
        let end = html.count
        while let open = html[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            guard index < end, html[index].isASCIILetter else { continue }
            let nameStart = index
            while index < end, !html[index].isTagSpace, html[index] != UInt8(ascii: ">"), html[index] != UInt8(ascii: "/") { index += 1 }
            let rawText = ["script", "style"].first { matches(html, nameStart..<index, $0) }
            var count = 0
            var dropFrom: Int?
            // The attributes: a name, then `=` and a value, quoted or not.
            while index < end, html[index] != UInt8(ascii: ">") {
                if html[index].isTagSpace || html[index] == UInt8(ascii: "/") {
                    index += 1
                    continue
                }
                count += 1
                if count > limit, dropFrom == nil { dropFrom = index }
                while index < end, !html[index].isTagSpace, html[index] != UInt8(ascii: "="), html[index] != UInt8(ascii: ">") { index += 1 }
                while index < end, html[index].isTagSpace { index += 1 }
                guard index < end, html[index] == UInt8(ascii: "=") else { continue }
                index += 1
                while index < end, html[index].isTagSpace { index += 1 }
                guard index < end else { break }
                let quote = html[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    index = html[(index + 1)...].firstIndex(of: quote).map { $0 + 1 } ?? end
                } else {
                    while index < end, !html[index].isTagSpace, html[index] != UInt8(ascii: ">") { index += 1 }
                }
            }
            if let dropFrom { cuts.append(dropFrom..<index) }
            // A script's or a style sheet's text is not markup: `a<b` in it opens no tag.
            if let rawText { index = closing(html, from: index, name: rawText) }
            guard index < end else { break }
        }
        return cuts
    }

    /// Where `</name` next starts (any case), or the end.
    private static func closing(_ html: [UInt8], from start: Int, name: String) -> Int {
        var index = start
        while let open = html[index...].firstIndex(of: UInt8(ascii: "<")) {
            let nameStart = open + 2
            if nameStart <= html.count, html[open + 1] == UInt8(ascii: "/"), matches(html, nameStart..<(nameStart + name.utf8.count), name) {
                return open
            }
            index = open + 1
        }
        return html.count
    }

    private static func matches(_ html: [UInt8], _ range: Range<Int>, _ name: String) -> Bool {
        guard range.upperBound <= html.count, range.count == name.utf8.count else { return false }
        return zip(html[range], name.utf8).allSatisfy { $0 | 0x20 == $1 }
    }
}

extension UInt8 {
    fileprivate var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    fileprivate var isTagSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D || self == 0x0C }
}
