/// Undoes mojibake: UTF-8 that was once decoded as Windows-1252, Latin-1 or Windows-874 and encoded again.
///
/// Like ftfy, it does not keep a list of known bad strings. It looks for runs of characters
/// that, re-encoded in one of those code pages, form one well-formed UTF-8 sequence, and
/// replaces a run only when the repaired character is more plausible than the run:
/// - the run must look accidental: a lead character followed by code-page punctuation,
///   symbols or C1 controls (a Thai letter followed by Thai letters is just Thai);
/// - the repaired character must be ordinary text (a letter, punctuation, a symbol), and of a
///   rare script only when several runs agree on it, so a lone `é—“` stays as written.
/// Runs are repaired where they are, so correct text around them is left alone, and the
/// pass repeats for text that was garbled twice.
public enum MojibakeRepair {
    /// Returns the repaired text, or `nil` when there was nothing to repair.
    public static func repair(_ text: String) -> String? {
        // A garbled sequence opens with the code-page reading of a UTF-8 lead byte (C2–F4): `Â`…`ô`
        // (U+00C2–U+00F4, UTF-8 C3 xx) or a Thai letter (U+0E01–U+0E5B, UTF-8 E0 xx xx). Text with
        // neither, like most text with curly quotes, needs no scalar walk: every file comes here.
        guard text.firstUTF8Index(of: 0xC3) != nil || text.firstUTF8Index(of: 0xE0) != nil else { return nil }
        var current = Array(text.unicodeScalars)
        var changed = false
        for _ in 0..<3 {
            guard let next = repairPass(current) else { break }
            current = next
            changed = true
        }
        guard changed else { return nil }
        return String(scalars: current)
    }

    private struct Candidate {
        let range: Range<Int>
        let decoded: Unicode.Scalar
    }

    private static func repairPass(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var candidates: [Candidate] = []
        var index = 0
        while index < scalars.count {
            if let candidate = candidate(at: index, in: scalars) {
                candidates.append(candidate)
                index = candidate.range.upperBound
            } else {
                index += 1
            }
        }
        guard !candidates.isEmpty else { return nil }

        // Rare scripts are accepted only with corroboration from other runs.
        var scriptVotes: [String: Int] = [:]
        for candidate in candidates { scriptVotes[scriptKey(candidate.decoded), default: 0] += 1 }
        let accepted = candidates.filter { candidate in
            let key = scriptKey(candidate.decoded)
            return commonScripts.contains(key) || scriptVotes[key, default: 0] >= 3
        }
        guard !accepted.isEmpty else { return nil }

        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var position = 0
        for candidate in accepted {
            output.append(contentsOf: scalars[position..<candidate.range.lowerBound])
            if candidate.decoded != "\u{FEFF}" { output.append(candidate.decoded) }
            position = candidate.range.upperBound
        }
        output.append(contentsOf: scalars[position...])
        return output
    }

    private static func candidate(at start: Int, in scalars: [Unicode.Scalar]) -> Candidate? {
        guard let lead = byte(for: scalars[start]) else { return nil }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard start + length <= scalars.count else { return nil }
        var bytes = [lead]
        var accidental = false
        for offset in 1..<length {
            let scalar = scalars[start + offset]
            guard let next = byte(for: scalar), (0x80...0xBF).contains(next) else { return nil }
            if !isThaiLetter(scalar) { accidental = true }
            bytes.append(next)
        }
        guard accidental else { return nil }
        // `IRMÃ”`: a word-final capital before a closing quote is how the text was written.
        if length == 2, closingQuotes.contains(scalars[start + 1]),
           start + 2 == scalars.count || !scalars[start + 2].properties.isAlphabetic
        {
            return nil
        }
        guard let decoded = String(validating: bytes, as: UTF8.self)?.unicodeScalars,
              decoded.count == 1, let scalar = decoded.first, isOrdinaryText(scalar)
        else { return nil }
        return Candidate(range: start..<(start + length), decoded: scalar)
    }

    /// The byte a scalar had in whichever code page garbled it.
    private static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        reverseTable[scalar.value]
    }

    private static let reverseTable: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for encoding in [SingleByteEncoding.latin1, .windows874, .windows1252] {
            for (offset, scalar) in encoding.upper.enumerated() {
                if let scalar { table[scalar.value] = UInt8(0x80 + offset) }
            }
        }
        return table
    }()

    private static let closingQuotes: Set<Unicode.Scalar> = ["\u{2019}", "\u{201D}", "\u{203A}", "\u{00BB}"]

    private static func isThaiLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E01...0x0E5B).contains(scalar.value)
    }

    private static func isOrdinaryText(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\u{FEFF}" || scalar == "\u{00A0}" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
             .decimalNumber, .otherNumber, .letterNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .otherSymbol, .modifierSymbol:
            return true
        default:
            return false
        }
    }

    private static let commonScripts: Set<String> = ["latin", "greek", "cyrillic", "punctuation", "symbol"]

    /// A coarse script bucket, enough to tell an expected repair from a rare one.
    private static func scriptKey(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00A0...0x024F, 0x1E00...0x1EFF: return "latin"
        case 0x0370...0x03FF: return "greek"
        case 0x0400...0x052F: return "cyrillic"
        case 0x2000...0x206F, 0xFEFF: return "punctuation"
        case 0x20A0...0x20CF, 0x2100...0x214F, 0x2190...0x21FF, 0x2600...0x27BF, 0x1F000...0x1FAFF: return "symbol"
        default: return "block-\(scalar.value >> 7)"
        }
    }
}
