extension StringProtocol {
    /// Runs of white space (non-breaking and zero-width ones too) folded into single spaces, ends trimmed.
    public var collapsedWhitespace: String {
        // On UTF-8 bytes, copying runs as they are: appending scalar by scalar to a string was
        // 3% of the whole pipeline, since every block of every page passes through here.
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var pendingSpace = false
        var bytes = Array(utf8)
        bytes.append(0)  // a sentinel, so a sequence's length can be read without a bounds check
        var index = 0
        while index < bytes.count - 1 {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let end = Swift.min(index + length, bytes.count - 1)
            let space: Bool
            if lead < 0x80 {
                space = lead == 0x20 || (0x09...0x0D).contains(lead)
            } else {
                let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first
                space = scalar.map { $0.properties.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" } ?? false
            }
            if space {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(contentsOf: bytes[index..<end])
            }
            index = end
        }
        return String(decoding: output, as: UTF8.self)
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
    /// Without the given marks and spaces at either end. `characters` holds no letters or digits:
    /// text that starts and ends with an ASCII one is returned as it is without looking further
    /// (most blocks and sentences; the `Character` walk was 3–5% of normalizing).
    public func trimming(_ characters: String) -> String {
        if let first = unicodeScalars.first, let last = unicodeScalars.last, first.isASCII, last.isASCII,
           UInt8(first.value).isASCIILetterOrDigit, UInt8(last.value).isASCIILetterOrDigit
        {
            return String(self)
        }
        var slice = self[...]
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
