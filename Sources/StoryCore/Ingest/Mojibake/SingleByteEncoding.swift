/// The legacy single-byte code pages Storyline decodes, and re-encodes when undoing mojibake.
///
/// Bytes 0x00–0x7F are ASCII in all of them; each table gives the upper half.
public struct SingleByteEncoding: Sendable {
    public let name: String
    /// Scalar for bytes 0x80…0xFF; `nil` where the code page leaves the byte undefined.
    let upper: [Unicode.Scalar?]

    /// Each defined character's byte, for re-encoding text that was decoded through this page.
    let bytes: [Unicode.Scalar: UInt8]

    init(name: String, upper: [Unicode.Scalar?]) {
        self.name = name
        self.upper = upper
        var bytes: [Unicode.Scalar: UInt8] = [:]
        for (offset, scalar) in upper.enumerated() { if let scalar { bytes[scalar] = UInt8(0x80 + offset) } }
        self.bytes = bytes
    }

    /// A page from its upper half as code points, 0 where a byte is undefined.
    init(name: String, values: [UInt32]) {
        self.init(name: name, upper: values.map { $0 == 0 ? nil : Unicode.Scalar($0) })
    }

    /// The byte a character had in this page, `sloppily` as browsers decode: a byte the page
    /// leaves undefined came through as the C1 control of the same value, and goes back to it.
    func byte(for scalar: Unicode.Scalar, sloppily: Bool = true) -> UInt8? {
        if scalar.value < 0x80 { return UInt8(scalar.value) }
        if let byte = bytes[scalar] { return byte }
        if sloppily, (0x80...0x9F).contains(scalar.value), upper[Int(scalar.value) - 0x80] == nil { return UInt8(scalar.value) }
        return nil
    }

    public func decode(_ bytes: some Sequence<UInt8>) -> String {
        // Undefined bytes come through as the C1 control of the same value, as browsers do.
        String(scalars: bytes.lazy.map { byte in byte < 0x80 ? Unicode.Scalar(byte) : upper[Int(byte) - 0x80] ?? Unicode.Scalar(byte) })
    }

    private static func table(_ pairs: [(UInt8, UInt32)], identityFrom start: UInt8? = nil) -> [Unicode.Scalar?] {
        var upper = [Unicode.Scalar?](repeating: nil, count: 128)
        if let start {
            for byte in Int(start)...0xFF { upper[byte - 0x80] = Unicode.Scalar(UInt32(byte)) }
        }
        for (byte, value) in pairs { upper[Int(byte) - 0x80] = Unicode.Scalar(value) }
        return upper
    }

    /// The punctuation most Windows code pages share at 0x80–0x9F.
    private static let windowsPunctuation: [(UInt8, UInt32)] = [
        (0x80, 0x20AC), (0x85, 0x2026), (0x91, 0x2018), (0x92, 0x2019), (0x93, 0x201C), (0x94, 0x201D),
        (0x95, 0x2022), (0x96, 0x2013), (0x97, 0x2014),
    ]

    public static let windows1252 = SingleByteEncoding(
        name: "windows-1252",
        upper: table(
            windowsPunctuation + [
                (0x82, 0x201A), (0x83, 0x0192), (0x84, 0x201E), (0x86, 0x2020), (0x87, 0x2021), (0x88, 0x02C6),
                (0x89, 0x2030), (0x8A, 0x0160), (0x8B, 0x2039), (0x8C, 0x0152), (0x8E, 0x017D), (0x98, 0x02DC),
                (0x99, 0x2122), (0x9A, 0x0161), (0x9B, 0x203A), (0x9C, 0x0153), (0x9E, 0x017E), (0x9F, 0x0178),
            ], identityFrom: 0xA0))

    public static let latin1 = SingleByteEncoding(name: "iso-8859-1", upper: table([], identityFrom: 0x80))

    public static let windows874: SingleByteEncoding = {
        var pairs = windowsPunctuation + [(0xA0, 0x00A0)]
        for byte in UInt8(0xA1)...0xDA { pairs.append((byte, 0x0E01 + UInt32(byte - 0xA1))) }
        for byte in UInt8(0xDF)...0xFB { pairs.append((byte, 0x0E3F + UInt32(byte - 0xDF))) }
        // The bytes of row 80–9F that Windows-874 leaves undefined carry Windows-1252's signs in
        // the pages and mojibake seen in practice (`โ€™` for `’`: 0x99 read as `™`).
        var upper = table(pairs)
        for offset in 0..<32 where upper[offset] == nil { upper[offset] = windows1252.upper[offset] }
        return SingleByteEncoding(name: "windows-874", upper: upper)
    }()

    public static let windows1251: SingleByteEncoding = {
        let low: [UInt32] = [
            0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
            0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0, 0x2122, 0x0459,
            0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
            0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491,
            0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
        ]
        var pairs: [(UInt8, UInt32)] = []
        for (offset, value) in low.enumerated() where value != 0 { pairs.append((UInt8(0x80 + offset), value)) }
        for byte in UInt8(0xC0)...0xFF { pairs.append((byte, 0x0410 + UInt32(byte - 0xC0))) }
        return SingleByteEncoding(name: "windows-1251", upper: table(pairs))
    }()
}
