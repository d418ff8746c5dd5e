import Foundation

/// Splits plain text into blocks: one per line, or one per paragraph when the text is hard-wrapped.
public enum PlainTextReader {
    public static func blocks(from text: String) -> [PageBlock] {
        let groups = paragraphGroups(text)
        let wrapped = isHardWrapped(groups)
        var blocks: [PageBlock] = []
        for group in groups {
            if wrapped {
                var pending: [String] = []
                for line in group {
                    if let item = listItemText(line) {
                        if !pending.isEmpty { blocks.append(PageBlock(pending.joined(separator: " "), .line)) }
                        pending = []
                        blocks.append(PageBlock(item, .listItem))
                    } else {
                        pending.append(line.collapsedWhitespace)
                    }
                }
                if !pending.isEmpty { blocks.append(PageBlock(pending.joined(separator: " "), .line)) }
            } else {
                for line in group {
                    if let item = listItemText(line) {
                        blocks.append(PageBlock(item, .listItem))
                    } else {
                        blocks.append(PageBlock(line.collapsedWhitespace, .line))
                    }
                }
            }
        }
        return blocks.filter { !$0.text.isEmpty }
    }

    /// Runs of non-blank lines.
    private static func paragraphGroups(_ text: String) -> [[String]] {
        var groups: [[String]] = []
        var current: [String] = []
        for line in text.parts(separatedBy: 0x0A, omittingEmpty: false) {
            if isBlank(line) {
                if !current.isEmpty { groups.append(current) }
                current = []
            } else {
                current.append(String(line))
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    private static func isBlank(_ line: Substring) -> Bool {
        for byte in line.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D { continue }
            if byte < 0x80 { return false }
            return line.allSatisfy(\.isWhitespace)
        }
        return true
    }

    /// Text wrapped at a fixed width has many groups of several lines, all but the last of similar length.
    private static func isHardWrapped(_ groups: [[String]]) -> Bool {
        let inner = groups.filter { $0.count > 1 }.flatMap { $0.dropLast() }
        guard inner.count >= 3 else { return false }
        let lengths = inner.map(\.characterCount)
        let longest = lengths.max() ?? 0
        guard longest <= 100 else { return false }
        let near = lengths.filter { $0 >= longest * 2 / 3 }.count
        return near * 10 >= inner.count * 8
    }

    /// The text of a bulleted or numbered line, without its marker.
    static func listItemText(_ line: String) -> String? {
        // Most lines start with a letter: they leave on their first byte, before trimming and
        // comparing `Character`s, which every line of a plain-text page would otherwise pay for.
        if let lead = line.utf8.first(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }), lead < 0x80,
           lead != 0x2A, lead != 0x2D, !(0x30...0x39).contains(lead) { return nil }
        let trimmed = line.trimmed
        guard let first = trimmed.first else { return nil }
        if "•·▪‣◦*-–".contains(first) {
            let rest = trimmed.dropFirst()
            guard rest.first == " " || rest.first == "\u{00A0}" else { return nil }
            return rest.collapsedWhitespace
        }
        if first.isNumber, let dot = trimmed.firstIndex(where: { $0 == "." || $0 == ")" }),
           trimmed.distance(from: trimmed.startIndex, to: dot) <= 2,
           trimmed[trimmed.startIndex..<dot].allSatisfy(\.isNumber)
        {
            let rest = trimmed[trimmed.index(after: dot)...]
            guard rest.first == " " else { return nil }
            return rest.collapsedWhitespace
        }
        return nil
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (non-breaking spaces included).
    public var trimmed: String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
