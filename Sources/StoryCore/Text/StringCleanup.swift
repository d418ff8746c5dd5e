extension StringProtocol {
    /// Runs of white space (non-breaking and zero-width ones too) folded into single spaces, ends trimmed.
    public var collapsedWhitespace: String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            let space = scalar.value < 0x80
                ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C
                : scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
            if space {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}

/// Bylines as pages print them: `By Jane Doe and John Roe, Reuters` → `Jane Doe and John Roe, Reuters`.
public enum Bylines {
    public static func clean(_ text: String) -> String {
        var value = text.collapsedWhitespace
        for prefix in ["by ", "von ", "par ", "por ", "di ", "door ", "written by ", "words by ", "author: ", "autor: "]
        where value.lowercased().hasPrefix(prefix) {
            value = String(value.dropFirst(prefix.count)).trimmed
            break
        }
        while let last = value.last, "|,;:-–—".contains(last) { value = String(value.dropLast()).trimmed }
        return value
    }
}

/// Page titles without the site name browsers append to them.
public enum TitleCleaner {
    /// `Port reopens | The Coastal Herald` → (`Port reopens`, `The Coastal Herald`), when the tail
    /// names the outlet or is short next to a longer headline.
    public static func splitSiteSuffix(_ title: String, outlet: String?) -> (title: String, site: String?) {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmed
            let tail = title[range.upperBound...].trimmed
            let namesOutlet = outlet.map { Words.fold(tail) == Words.fold($0) } ?? false
            if namesOutlet || (Words.count(in: tail) <= 4 && Words.count(in: head) >= 4) { return (head, tail) }
        }
        return (title, nil)
    }
}

extension StringProtocol {
    /// Without any of `characters` at either end.
    public func trimming(_ characters: String) -> String {
        var slice = self[...]
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
