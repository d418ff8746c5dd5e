/// The character set a page declares for itself, read as browsers read it: a `<meta charset>`,
/// the `charset=` of a `Content-Type` in `<meta http-equiv>`, or the `encoding` of an XML
/// declaration, in the first bytes of the file.
///
/// Bytes that are not UTF-8 are decoded by the page's own declaration before any guessing:
/// Windows-1250 Polish and Windows-1252 French are both plausible Latin letters, and only the
/// page knows which it is. A declaration of UTF-8 on bytes that are not is left to detection.
enum DeclaredCharset {
    /// How far into the file a declaration is looked for: browsers look at the first 1,024
    /// bytes, but saved pages often carry long comments and scripts before the `<meta>`.
    static let searchLength = 16_384

    enum Declared {
        case singleByte(SingleByteEncoding)
        case multiByte(MultiByteEncoding)
    }

    /// The first legacy encoding declared. A saved copy may carry its archive's `utf-8` before
    /// the page's own `gb2312`: on bytes that are not UTF-8, the legacy one is the page's.
    static func encoding(in bytes: [UInt8]) -> Declared? {
        for label in declaredLabels(in: bytes.prefix(searchLength)) {
            if let single = labels[label] { return .singleByte(single) }
            if let multi = MultiByteEncoding.labels[label] { return .multiByte(multi) }
        }
        return nil
    }

    /// Every label after `charset=` or `encoding=`, lowercased, in order.
    static func declaredLabels(in bytes: ArraySlice<UInt8>) -> [String] {
        var found: [String] = []
        let lower = bytes.map(\.asciiLowercased)
        for key in ["charset", "encoding"] {
            let pattern = Array(key.utf8)
            var index = lower.startIndex
            while let hit = lower[index...].firstRange(of: pattern) {
                index = hit.upperBound
                var cursor = index
                while cursor < lower.count, lower[cursor] == 0x20 { cursor += 1 }
                guard cursor < lower.count, lower[cursor] == UInt8(ascii: "=") else { continue }
                cursor += 1
                while cursor < lower.count, lower[cursor] == 0x20 || lower[cursor] == 0x22 || lower[cursor] == 0x27 { cursor += 1 }
                let start = cursor
                while cursor < lower.count, lower[cursor].isASCIILetterOrDigit || [0x2D, 0x5F, 0x2E, 0x3A].contains(lower[cursor]) {
                    cursor += 1
                }
                if cursor > start { found.append(String(decoding: lower[start..<cursor], as: UTF8.self)) }
            }
        }
        return found
    }

    /// Labels of the single-byte pages Storyline reads, as the WHATWG Encoding Standard maps
    /// them: Latin-1 and ASCII labels mean Windows-1252, which browsers decode them as.
    static let labels: [String: SingleByteEncoding] = {
        let groups: [(SingleByteEncoding, [String])] = [
            (.windows1252, ["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
                            "us-ascii", "ascii", "cp819", "ibm819", "iso-ir-100", "iso_8859-1:1987", "csisolatin1"]),
            (.windows1250, ["windows-1250", "cp1250", "x-cp1250"]),
            (.windows1251, ["windows-1251", "cp1251", "x-cp1251"]),
            (.windows1253, ["windows-1253", "cp1253", "x-cp1253"]),
            (.windows1254, ["windows-1254", "cp1254", "x-cp1254", "iso-8859-9", "iso8859-9", "latin5", "l5"]),
            (.windows1257, ["windows-1257", "cp1257", "x-cp1257"]),
            (.windows874, ["windows-874", "tis-620", "iso-8859-11", "iso8859-11", "dos-874"]),
            (.latin2, ["iso-8859-2", "iso8859-2", "iso_8859-2", "latin2", "l2", "csisolatin2"]),
            (.koi8r, ["koi8-r", "koi8_r", "koi8", "cskoi8r"]),
            (.macRoman, ["macintosh", "mac", "x-mac-roman", "csmacintosh"]),
        ]
        var table: [String: SingleByteEncoding] = [:]
        for (encoding, names) in groups { for name in names { table[name] = encoding } }
        return table
    }()
}
