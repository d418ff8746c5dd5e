/// Makes decoded text uniform: `\n` line endings, NFC, no C0 control characters or terminal
/// escape sequences, no soft hyphens.
///
/// Article text is shown in a terminal; an escape sequence left in it could retitle the
/// window or clear the screen, so they go here, before any other stage sees the text. A lone
/// C1 control (`\u{81}`) that mojibake repair did not turn into a Windows character may be
/// intended, and stays: every way text leaves Storyline escapes it (`TerminalText`).
public enum TextCleaner {
    public static func clean(_ text: String) -> (text: String, removedControls: Bool) {
        if let unchanged = alreadyClean(text) { return (unchanged, false) }
        return cleanedScalarByScalar(text)
    }

    /// The whole rule, scalar by scalar: what `alreadyClean` spares most pages.
    static func cleanedScalarByScalar(_ text: String) -> (text: String, removedControls: Bool) {
        var output: [Unicode.Scalar] = []
        var removed = false
        let scalars = Array(text.unicodeScalars)
        output.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x0D:
                output.append("\n")
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            case 0x0A:
                output.append(scalar)
            case 0x09, 0x0C, 0x0B:
                output.append(" ")
            case 0x1B:
                index = endOfEscape(scalars, from: index) - 1
                removed = true
            case 0x9B:  // C1 CSI: same as ESC [
                index = endOfControlString(scalars, from: index + 1, csi: true) - 1
                removed = true
            case 0x00...0x1F, 0x7F:
                removed = true
            case 0x2028, 0x2029:
                output.append("\n")
            case 0xAD, 0xFEFF:
                // A soft hyphen only says where a word may break, and a byte-order mark inside
                // the text says nothing: both are invisible, and would split words for search.
                break
            default:
                output.append(scalar)
            }
            index += 1
        }
        return (String(scalars: output).nfc, removed)
    }

    /// Most pages need nothing done: no control characters, and only characters that NFC leaves
    /// as they are. Checking the bytes for that is far cheaper than rebuilding the text and
    /// normalizing it. Line ends and tabs are what such a page may still need: CR LF and lone CR
    /// become LF, and tab, VT and FF a space, by bytes, not by the full pass.
    private static func alreadyClean(_ text: String) -> String? {
        var text = text
        var byteFixes = false
        let clean = text.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var index = 0
            while index < bytes.count {
                // Eight printable ASCII bytes (0x20–0x7E) at a time, most of a page: no high bit,
                // no byte below 0x20, no DEL. Every byte of every page is checked.
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let highBits: UInt64 = 0x8080_8080_8080_8080
                    let del = word ^ (0x7F &* ones)
                    let below = (word &- 0x20 &* ones) & ~word
                    let isDel = (del &- ones) & ~del
                    if (word | below | isDel) & highBits == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x0D || (0x09...0x0C).contains(byte) && byte != 0x0A {
                        byteFixes = true
                    } else if byte != 0x0A, !(0x20...0x7E).contains(byte) {
                        return false
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = bytes.scalar(at: index)
                switch scalar.value {
                case 0xA0...0xAC, 0xAE...0x2FF, 0x2002...0x2027, 0x202A...0x206F, 0x20A0...0x20BF: index += length
                // C1 controls, line separators and 0x2000/0x2001 (which NFC maps to 0x2002/0x2003),
                // combining marks and everything from U+0300 on: the full pass.
                default: return false
                }
            }
            return true
        }
        guard clean else { return nil }
        guard byteFixes else { return text }
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            for index in bytes.indices {
                switch bytes[index] {
                case 0x0D: output.append(0x0A)
                case 0x09, 0x0B, 0x0C: output.append(0x20)
                case 0x0A where index > 0 && bytes[index - 1] == 0x0D: break
                case let byte: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Index just past the escape sequence that starts at `start` (an ESC).
    private static func endOfEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        let next = start + 1
        guard next < scalars.count else { return next }
        switch scalars[next] {
        case "[": return endOfControlString(scalars, from: next + 1, csi: true)
        case "]", "P", "X", "^", "_": return endOfControlString(scalars, from: next + 1, csi: false)
        default:
            // Two-character escapes (ESC c, ESC 7, ESC ( B …): drop the intermediates and the final byte.
            var index = next
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            return min(index + 1, scalars.count)
        }
    }

    /// CSI runs to a final byte in `@`…`~`; OSC and other strings run to BEL or ST (ESC \).
    private static func endOfControlString(_ scalars: [Unicode.Scalar], from start: Int, csi: Bool) -> Int {
        var index = start
        let limit = min(scalars.count, start + 4096)
        while index < limit {
            let value = scalars[index].value
            if csi {
                if (0x40...0x7E).contains(value) { return index + 1 }
                if !(0x20...0x3F).contains(value) { return index }
            } else {
                if value == 0x07 || value == 0x9C { return index + 1 }
                if value == 0x1B { return min(index + 2, scalars.count) }
                if value == 0x0A { return index }
            }
            index += 1
        }
        return index
    }
}

extension String {
    /// The text in Unicode Normalization Form C, by the standard library's own normalizer (the
    /// one string comparison uses): a third of the time Foundation's takes through UTF-16.
    var nfc: String {
        String(decoding: _nfcCodeUnits, as: UTF8.self)
    }
}
