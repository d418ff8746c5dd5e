extension StringProtocol {
    /// Runs of white space (non-breaking and zero-width ones too) folded into single spaces, ends trimmed.
    public var collapsedWhitespace: String {
        // On UTF-8 bytes, and most lines need nothing done: every block of every page passes
        // through here, and is not built anew, scalar by scalar, unless it must be.
        if let collapsed = utf8.withContiguousStorageIfAvailable(WhitespaceCollapser.collapse) {
            return collapsed ?? String(self)
        }
        return String(self).collapsedWhitespace
    }
}

private enum WhitespaceCollapser {
    /// `nil` when the text has single spaces only, and only between other characters.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard needsWork(bytes) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let length = spaceLength(bytes, index)
            if length > 0 {
                pendingSpace = !output.isEmpty
                index += length
                continue
            }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            let lead = bytes[index]
            let end = Swift.min(index + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4), bytes.count)
            output.append(contentsOf: bytes[index..<end])
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        var previousSpace = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x20 {
                if previousSpace { return true }
                previousSpace = true
                continue
            }
            previousSpace = false
            if byte < 0x80 ? (0x09...0x0D).contains(byte) : spaceLength(bytes, index) > 0 { return true }
        }
        return false
    }

    /// The length of the white space (non-breaking and zero-width too) at `index`, or 0. Beyond
    /// ASCII only these lead bytes start one: C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000–U+205F),
    /// E3 (U+3000), EF (U+FEFF).
    @inline(__always)
    private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) ? 1 : 0 }
        guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF else { return 0 }
        let length = lead == 0xC2 ? 2 : 3
        guard index + length <= bytes.count else { return 0 }
        let (scalar, _) = bytes.scalar(at: index)
        return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" ? length : 0
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
    /// (most blocks and sentences, which then need no `Character` walk).
    public func trimming(_ characters: String) -> String {
        if let first = unicodeScalars.first, let last = unicodeScalars.last, first.isASCII, last.isASCII,
           UInt8(first.value).isASCIILetterOrDigit, UInt8(last.value).isASCIILetterOrDigit
        {
            return String(self)
        }
        // Prose ends in `.`: trimmed by scalar on the bytes, which is what trimming by `Character`
        // comes to unless a scalar beyond U+02FF stands next to a trimmed one (it may join it).
        if let kept = utf8.withContiguousStorageIfAvailable({ bytes -> String? in
            guard let range = Self.trimmedScalars(bytes, characters) else { return nil }
            return range.count == bytes.count ? String(self) : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }), let kept {
            return kept
        }
        var slice = self[...]
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }

    /// The bytes kept; `nil` when a trimmed scalar has a neighbour that may join it into one `Character`.
    private static func trimmedScalars(_ bytes: UnsafeBufferPointer<UInt8>, _ characters: String) -> Range<Int>? {
        // The ASCII marks as bits, made once, so `characters` is not searched for each scalar
        // looked at.
        var low: UInt64 = 0
        var high: UInt64 = 0
        for byte in characters.utf8 where byte < 0x80 {
            if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
        }
        func trims(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            if value < 64 { return low >> value & 1 == 1 }
            if value < 128 { return high >> (value - 64) & 1 == 1 }
            return characters.unicodeScalars.contains(scalar)
        }
        func mayJoin(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x300 && !trims(scalar) }
        var start = 0
        var end = bytes.count
        while start < end {
            let (scalar, length) = bytes.scalar(at: start)
            guard trims(scalar) else { break }
            if start + length < end, mayJoin(bytes.scalar(at: start + length).0) { return nil }
            start += length
        }
        while end > start {
            var lead = end - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let scalar = bytes.scalar(at: lead).0
            guard trims(scalar) else { break }
            if lead > start {
                var previous = lead - 1
                while previous > start, bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
                if mayJoin(bytes.scalar(at: previous).0) { return nil }
            }
            end = lead
        }
        return start..<end
    }
}
