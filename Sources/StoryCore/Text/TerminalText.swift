/// Text from outside — file names, paths, titles, metadata, a theme file's lines — made safe to
/// show on a terminal: every control character, and every bidi control that could reorder the
/// line around it, is written out as an escape (`\x1b`, `\u202e`) instead of being sent to the
/// terminal, where it could move the cursor, retitle the window or clear the screen.
///
/// The one place that decides what is unsafe: the text reports, warnings and errors, the browser's
/// cells and the JSON writer all ask it.
public enum TerminalText {
    /// Whether a scalar must not reach a terminal as it is: C0 and C1 controls and DEL (ESC
    /// starts every escape sequence; 0x9B is a one-byte CSI to some terminals), bidi embeddings,
    /// overrides and isolates, and the left-to-right and right-to-left marks.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// How an unsafe scalar is shown: `\x1b` for a control, `\u202e` for a bidi control.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return scalar.value < 0x100
            ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// `text` with every unsafe scalar escaped. A line break is kept when `keepingLineBreaks` is
    /// set (a multi-line report), and escaped otherwise (a file name, a one-line warning).
    public static func visible(_ text: some StringProtocol, keepingLineBreaks: Bool = false) -> String {
        // Printable ASCII, nearly all of any report, is copied as it is.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) || (keepingLineBreaks && $0 == 0x0A) }) { return String(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar), !(keepingLineBreaks && scalar == "\n") {
                result += escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a character holds any unsafe scalar (the browser draws a character at a time).
    public static func isUnsafe(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F }
        return character.unicodeScalars.contains(where: isUnsafe)
    }
}
