/// A JSON document with its keys in the order written, so every report prints the same way each run.
///
/// Foundation's `JSONEncoder` on Linux orders keys by hash unless told to sort them, and sorted
/// keys would put `byline` before `id`; scripts and people read the SPEC.md order more easily.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered(pretty: false) == rhs.rendered(pretty: false)
    }

    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// Two-space indented text, or one line when `pretty` is false.
    public func rendered(pretty: Bool = true) -> String {
        // Written as UTF-8 bytes, not appended to a `String` piece by piece: a big report has
        // millions of pieces.
        var output: [UInt8] = []
        write(to: &output, indent: pretty ? 0 : nil, split: true)
        return String(decoding: output, as: UTF8.self)
    }

    /// `split`: a long array near the top (a story's articles, statements, events) is written
    /// item by item on both cores, then joined: written in turn, a big report would hold up the
    /// command's serial end.
    private func write(to output: inout [UInt8], indent: Int?, split: Bool = false) {
        switch self {
        case .null: output += Self.nullBytes
        case .bool(let value): output += value ? Self.trueBytes : Self.falseBytes
        case .int(let value): output += String(value).utf8
        case .double(let value):
            if value.isFinite {
                let rounded = (value * 1000).rounded() / 1000
                output += (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)).utf8
            } else {
                output += Self.nullBytes
            }
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output += [0x5B, 0x5D]; return }
            output.append(0x5B)
            let written: [[UInt8]]? = split && items.count >= 64 ? Parallel.map(items) { item in
                var part: [UInt8] = []
                item.write(to: &part, indent: indent.map { $0 + 1 })
                return part
            } : nil
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(0x2C) }
                Self.newline(&output, indent.map { $0 + 1 })
                if let written { output += written[index] } else { item.write(to: &output, indent: indent.map { $0 + 1 }, split: split) }
            }
            Self.newline(&output, indent)
            output.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else { output += [0x7B, 0x7D]; return }
            output.append(0x7B)
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(0x2C) }
                Self.newline(&output, indent.map { $0 + 1 })
                Self.writeString(key, to: &output)
                output.append(0x3A)
                if indent != nil { output.append(0x20) }
                value.write(to: &output, indent: indent.map { $0 + 1 }, split: split)
            }
            Self.newline(&output, indent)
            output.append(0x7D)
        }
    }

    private static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)

    private static func newline(_ output: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        output.append(0x0A)
        for _ in 0..<(2 * indent) { output.append(0x20) }
    }

    /// Escapes quotes, backslashes and every control character, so no escape sequence survives.
    /// ASCII other than those is copied as it is, byte by byte; the rest scalar by scalar.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(0x22)
        defer { output.append(0x22) }
        // Most strings need no escape and are copied whole, not scalar by scalar: every string of
        // a report comes here.
        var text = value
        let copied = text.withUTF8 { bytes in
            guard !needsEscape(bytes) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if copied { return }
        for scalar in value.unicodeScalars {
            let code = scalar.value
            switch code {
            case 0x22: output += [0x5C, 0x22]
            case 0x5C: output += [0x5C, 0x5C]
            case 0x0A: output += [0x5C, 0x6E]
            case 0x0D: output += [0x5C, 0x72]
            case 0x09: output += [0x5C, 0x74]
            case 0x20..<0x7F: output.append(UInt8(code))
            default:
                if TerminalText.isUnsafe(scalar) || code == 0x2028 || code == 0x2029 {
                    let hex = String(code, radix: 16)
                    output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                } else {
                    UTF8.encode(scalar) { output.append($0) }
                }
            }
        }
    }

    /// U+200E/F, U+2028–202E and U+2066–2069 (the line and paragraph separators, and the bidi
    /// controls `TerminalText` calls unsafe), from their second and third UTF-8 bytes after E2.
    private static func isEscapedE2(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third))) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    /// Whether the scalar loop below would escape anything: a quote, a backslash, a C0 or C1
    /// control or DEL, a bidi control, or U+2028/U+2029 (C2 80–9F and E2 … in UTF-8).
    private static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most bytes of most strings are plain: a table says which may need a look, one test a
        // byte instead of five.
        let table = mayNeedEscape
        for index in utf8.indices where table[Int(utf8[index])] {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
            if byte == 0xC2, index + 1 < utf8.count, utf8[index + 1] < 0xA0 { return true }
            if byte == 0xE2, index + 2 < utf8.count, isEscapedE2(utf8[index + 1], utf8[index + 2]) { return true }
        }
        return false
    }

    /// Controls, `"`, `\`, DEL, and the lead bytes of the C1 controls (C2) and of the separators
    /// and bidi controls (E2).
    private static let mayNeedEscape: [Bool] = (0..<256).map { $0 < 0x20 || [0x22, 0x5C, 0x7F, 0xC2, 0xE2].contains($0) }
}
