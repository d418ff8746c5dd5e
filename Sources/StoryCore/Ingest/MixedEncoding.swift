/// Files pasted together from several sources: mostly UTF-8, with stretches in a legacy code page
/// (`café` written by one tool, `caf\u{E9}` as the byte 0xE9 by another).
///
/// Decoding such a file whole as the code page would garble every UTF-8 character; decoding it as
/// UTF-8 would turn every legacy byte into `�`. Each well-formed UTF-8 sequence is kept, and only
/// the bytes that are not UTF-8 are read through the code page.
enum MixedEncoding {
    struct Split {
        var wellFormedSequences = 0
        var strayBytes = 0
    }

    /// Counts the multi-byte UTF-8 sequences and the bytes that fit none.
    static func split(_ bytes: [UInt8]) -> Split {
        var split = Split()
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length > 1 { split.wellFormedSequences += 1 }
            if length == 0 {
                split.strayBytes += 1
                index += 1
            } else {
                index += length
            }
        }
        return split
    }

    /// True when the file is UTF-8 with some legacy bytes rather than a legacy file whose bytes
    /// happen to form a few UTF-8 sequences.
    static func isMostlyUTF8(_ split: Split) -> Bool {
        split.wellFormedSequences > 0 && split.wellFormedSequences >= split.strayBytes
    }

    static func decode(_ bytes: [UInt8], strayBytesAs legacy: SingleByteEncoding) -> String {
        var text = ""
        text.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                text += legacy.decode(CollectionOfOne(bytes[index]))
                index += 1
            } else {
                text += String(decoding: bytes[index..<(index + length)], as: UTF8.self)
                index += length
            }
        }
        return text
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 if none starts there.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (min, max): (UInt8, UInt8) = offset == 1 ? (low, high) : (0x80, 0xBF)
            guard byte >= min, byte <= max else { return 0 }
        }
        return length
    }
}
