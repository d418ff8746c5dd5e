/// Undoes mojibake: UTF-8 that a code page misread (once or several times over), and Windows
/// bytes read as Latin-1.
///
/// Like ftfy it keeps no list of known bad strings. Line by line, a line that shows the signs
/// of mojibake (`MojibakeSigns`) is re-encoded through each code page in turn and read as UTF-8
/// again; the first reading that is well formed and shows fewer signs wins, and the step repeats
/// for text garbled more than once. A line that mixes garbled and correct characters (a curly
/// quote beside `Ã©`) is repaired sequence by sequence instead, where each run of non-ASCII
/// characters reads as UTF-8 as a whole. What is left of C1 controls are Windows bytes read as
/// Latin-1, and become the Windows characters. Text that only looks odd (`HÅØYA`, `Ō¬o`,
/// `Brand™`) shows no sign, or no fewer after re-reading, and stays as written.
public enum MojibakeRepair {
    /// Returns the repaired text, or `nil` when there was nothing to repair.
    public static func repair(_ text: String) -> String? {
        var repaired = ""
        var changed = false
        var copiedUpTo = text.startIndex
        for range in linesWithNonASCII(text) {
            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: range.lowerBound)
            let upper = text.utf8.index(text.utf8.startIndex, offsetBy: range.upperBound)
            let line = text[lower..<upper]
            guard CodePageRoles.mayBeGarbled(line), let fixed = repairLine(Array(line.unicodeScalars)) else { continue }
            repaired += text[copiedUpTo..<lower]
            repaired += String(scalars: fixed)
            copiedUpTo = upper
            changed = true
        }
        guard changed else { return nil }
        repaired += text[copiedUpTo...]
        return repaired
    }

    /// Byte ranges of the lines, cut at newline bytes, that hold a non-ASCII character (whose
    /// UTF-8 starts at C2 or above): found on the bytes, since splitting by `Character` would
    /// find every grapheme boundary of the page.
    private static func linesWithNonASCII(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [Range<Int>] = []
            var start = 0
            var nonASCII = false
            for offset in 0...bytes.count {
                let byte = offset == bytes.count ? 0x0A : bytes[offset]
                if byte >= 0xC2 {
                    nonASCII = true
                } else if byte == 0x0A {
                    if nonASCII { lines.append(start..<offset) }
                    start = offset + 1
                    nonASCII = false
                }
            }
            return lines
        }
    }

    static func repairLine(_ line: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var current = line
        var changed = false
        // Each step undoes one layer; four is more than any real text has.
        for _ in 0..<4 {
            guard let next = wholeLine(current) ?? bySequence(current) else { break }
            current = next
            changed = true
        }
        if let windows = windowsCharacters(current) {
            current = windows
            changed = true
        }
        return changed ? current : nil
    }

    /// The whole line re-encoded through the first code page under which it reads as UTF-8
    /// and looks less garbled, or that leads there in one more step (`Г‚ВЈ` reads as `Â£`,
    /// which is no better, and then as `£`).
    private static func wholeLine(_ line: [Unicode.Scalar], lookingAhead: Bool = true) -> [Unicode.Scalar]? {
        let signs = MojibakeSigns.count(line)
        guard signs > 0 else { return nil }
        for page in CodePageRoles.pages {
            guard let decoded = reread(line, through: page) else { continue }
            let decodedSigns = MojibakeSigns.count(decoded)
            if decodedSigns < signs { return decoded }
            if lookingAhead, decodedSigns == signs, let further = wholeLine(decoded, lookingAhead: false),
               MojibakeSigns.count(further) < signs
            {
                return further
            }
        }
        return nil
    }

    private static func reread(_ line: [Unicode.Scalar], through page: SingleByteEncoding) -> [Unicode.Scalar]? {
        guard var bytes = encode(line, page) else { return nil }
        let lostByteIsReplacement = !line.contains(Unicode.Scalar(GarbledBytes.lostByte))
        bytes = GarbledBytes.restoringNoBreakSpaces(bytes) { lead in
            page.upper[Int(lead) - 0x80].map(MojibakeSigns.isLetter) ?? false
        }
        bytes = GarbledBytes.markingLostSequences(bytes, lostByteIsReplacement: lostByteIsReplacement)
        guard let decoded = GarbledBytes.decodeWhole(bytes), decoded != line else { return nil }
        return decoded
    }

    /// Each line's bytes under a page, `�` kept as a lost byte; nil when some character is not in it.
    private static func encode(_ line: [Unicode.Scalar], _ page: SingleByteEncoding) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.count)
        for scalar in line {
            if scalar == "\u{FFFD}", !line.contains(Unicode.Scalar(GarbledBytes.lostByte)) {
                bytes.append(GarbledBytes.lostByte)
            } else if let byte = page.byte(for: scalar) {
                bytes.append(byte)
            } else {
                return nil
            }
        }
        return bytes
    }

    /// Garbled sequences repaired where they stand, among characters that are correct: within
    /// each run of non-ASCII characters a page can encode, the sequences must read as UTF-8 from
    /// one to the next (stray bytes only at either end), or the run is left alone.
    private static func bySequence(_ line: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let signs = MojibakeSigns.count(line)
        guard signs > 0 else { return nil }
        // Lines mixing garbled and correct text come from pages read as Latin-1, Windows-1252
        // or (on Thai sites) Windows-874; under other pages a run of odd capitals (`MÄ£ÄM`) reads
        // as UTF-8 by chance.
        for page in [SingleByteEncoding.windows1252, .latin1, .windows874] {
            guard let repaired = bySequence(line, page), MojibakeSigns.count(repaired) < signs else { continue }
            return repaired
        }
        return nil
    }

    private static func bySequence(_ line: [Unicode.Scalar], _ page: SingleByteEncoding) -> [Unicode.Scalar]? {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(line.count)
        var changed = false
        var evidence = 0
        // Runs that read as UTF-8, and runs that open a sequence but do not read as one.
        var decodedRuns = 0
        var oddRuns = 0
        var index = 0
        while index < line.count {
            guard line[index].value >= 0x80, page.byte(for: line[index]) != nil else {
                output.append(line[index])
                index += 1
                continue
            }
            var end = index
            while end < line.count, line[end].value >= 0x80, page.byte(for: line[end]) != nil { end += 1 }
            let run = Array(line[index..<end])
            let bytes = run.map { page.byte(for: $0)! }
            // `Ã ` before a word: the run's last lead lost its no-break space to a plain space.
            if end < line.count, line[end] == " ", let last = bytes.last, last == 0xC2 || last == 0xC3,
               let decoded = decodeRun(bytes + [0xA0], original: run)
            {
                output.append(contentsOf: decoded.scalars)
                evidence += decoded.sequenceBytes
                decodedRuns += 1
                let next = line[(end + 1)...].prefix(12).map { $0.value < 0x80 ? UInt8($0.value) : 0xFF }
                if last == 0xC3, !GarbledWords.opensContraction(next, at: 0) { output.append(" ") }
                changed = true
                index = end + 1
                continue
            }
            if let decoded = decodeRun(bytes, original: run) {
                output.append(contentsOf: decoded.scalars)
                evidence += decoded.sequenceBytes
                decodedRuns += 1
                changed = true
            } else {
                output.append(contentsOf: run)
                let opensSequence = zip(bytes, bytes.dropFirst()).contains { lead, next in
                    GarbledBytes.sequenceLength(lead: lead) != nil && GarbledBytes.isContinuation(next)
                }
                if opensSequence { oddRuns += 1 }
            }
            index = end
        }
        // One two-byte sequence among correct text (`Dr\u{C3}\u{A5}ber` beside a dash) is too
        // little to tell mojibake from text that only looks like it.
        // And a line whose odd capitals mostly read as nothing (`MÄ£ÄM ÌÑÌ`) only looks garbled.
        return changed && evidence >= 3 && decodedRuns > oddRuns ? output : nil
    }

    /// A run's bytes read as UTF-8, stray bytes at either end kept as their characters; nil
    /// when a stray byte stands between sequences or no sequence is found.
    private static func decodeRun(_ bytes: [UInt8], original: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], sequenceBytes: Int)? {
        var output: [Unicode.Scalar] = []
        var index = 0
        var sequences = 0
        var sequenceBytes = 0
        var pendingStray: [Unicode.Scalar] = []
        while index < bytes.count {
            if let (scalar, length) = GarbledBytes.character(in: bytes, at: index) {
                if sequences > 0 || pendingStray.count > 1, !pendingStray.isEmpty { return nil }
                output.append(contentsOf: pendingStray)
                pendingStray = []
                output.append(scalar)
                sequences += 1
                sequenceBytes += length
                index += length
            } else {
                pendingStray.append(index < original.count ? original[index] : Unicode.Scalar(bytes[index]))
                index += 1
            }
        }
        guard sequences > 0, pendingStray.count <= 1 else { return nil }
        return (output + pendingStray, sequenceBytes)
    }

    /// C1 controls left in a line are Windows bytes that were read as Latin-1.
    private static func windowsCharacters(_ line: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard line.contains(where: { (0x80...0x9F).contains($0.value) }) else { return nil }
        var changed = false
        let mapped = line.map { scalar -> Unicode.Scalar in
            guard (0x80...0x9F).contains(scalar.value),
                  let windows = SingleByteEncoding.windows1252.upper[Int(scalar.value) - 0x80]
            else { return scalar }
            changed = true
            return windows
        }
        return changed ? mapped : nil
    }
}
