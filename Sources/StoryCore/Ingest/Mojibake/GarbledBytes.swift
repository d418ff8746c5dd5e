/// The bytes behind mojibake: what a garbled line was before a code page misread it, and how
/// those bytes read as UTF-8 again.
///
/// Besides plain UTF-8 it reads what careless writers made of it: surrogate pairs encoded one
/// half at a time (CESU-8, emoji from Java and old MySQL), a no-break space that became a plain
/// space on the way, and sequences whose lost bytes were replaced by `?` or `�`.
enum GarbledBytes {
    /// A stand-in byte for `�` while re-encoding: no code page has it, but lossy sequences do.
    static let lostByte: UInt8 = 0x1A

    /// How many bytes a sequence starting with `lead` takes, or nil for a byte no sequence starts with.
    static func sequenceLength(lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return nil
        }
    }

    static func isContinuation(_ byte: UInt8) -> Bool { (0x80...0xBF).contains(byte) }

    /// One character decoded at `start`: its scalar and length, or nil when no well-formed
    /// sequence (nor a CESU-8 surrogate pair) starts there.
    static func character(in bytes: [UInt8], at start: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard let length = sequenceLength(lead: bytes[start]), start + length <= bytes.count else { return nil }
        let slice = bytes[start..<(start + length)]
        if let scalar = String(validating: slice, as: UTF8.self)?.unicodeScalars.first { return (scalar, length) }
        // A surrogate half encoded on its own (ED A0–AF xx), followed by the other half.
        guard bytes[start] == 0xED, (0xA0...0xAF).contains(bytes[start + 1]), isContinuation(bytes[start + 2]),
              start + 6 <= bytes.count, bytes[start + 3] == 0xED, (0xB0...0xBF).contains(bytes[start + 4]),
              isContinuation(bytes[start + 5])
        else { return nil }
        let high = (UInt32(bytes[start + 1] & 0x0F) << 6) | UInt32(bytes[start + 2] & 0x3F)
        let low = (UInt32(bytes[start + 4] & 0x0F) << 6) | UInt32(bytes[start + 5] & 0x3F)
        guard let scalar = Unicode.Scalar(0x10000 + (high << 10) + low) else { return nil }
        return (scalar, 6)
    }

    /// The whole line as UTF-8, or nil when any byte is out of place.
    static func decodeWhole(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                scalars.append(Unicode.Scalar(bytes[index]))
                index += 1
            } else if let (scalar, length) = character(in: bytes, at: index) {
                scalars.append(scalar)
                index += length
            } else {
                return nil
            }
        }
        return scalars
    }

    /// A no-break space (A0) that a garbling step turned into a plain space, where a sequence
    /// needs it to be complete and its lead reads as a letter (`Ã ` was `à`, `Å ` was `Š`,
    /// `à¸ ` was `ภ`). `à` mostly stands as a word of its own, so its lost space is kept,
    /// except in the contractions it opens (Portuguese `às`, `àquele`).
    static func restoringNoBreakSpaces(_ bytes: [UInt8], leadIsLetter: (UInt8) -> Bool) -> [UInt8] {
        guard bytes.contains(0x20) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 4)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard let length = sequenceLength(lead: byte), leadIsLetter(byte), index + length <= bytes.count else {
                output.append(byte)
                index += 1
                continue
            }
            let tail = bytes[(index + 1)..<(index + length)]
            guard let space = tail.firstIndex(of: 0x20), tail.allSatisfy({ $0 == 0x20 || isContinuation($0) }),
                  tail.filter({ $0 == 0x20 }).count == 1
            else {
                output.append(byte)
                index += 1
                continue
            }
            // Only where the sequence then reads as a letter or the no-break space itself.
            let restored = [byte] + tail.map { $0 == 0x20 ? 0xA0 : $0 }
            guard let (scalar, _) = character(in: restored, at: 0),
                  scalar == "\u{00A0}" || MojibakeSigns.isLetter(scalar)
            else {
                output.append(byte)
                index += 1
                continue
            }
            output += restored
            index += length
            if space == index - 1, length == 2, byte == 0xC3, !GarbledWords.opensContraction(bytes, at: index) {
                output.append(0x20)
            }
        }
        return output
    }

    /// Sequences that lost a byte to `?` or `�` on the way (`â€?` was `”`) become one `�`;
    /// `lostByte` stands for `�` unless the line has that control character of its own.
    static func markingLostSequences(_ bytes: [UInt8], lostByteIsReplacement: Bool) -> [UInt8] {
        let marker: UInt8? = lostByteIsReplacement ? lostByte : nil
        func isLost(_ byte: UInt8) -> Bool { byte == 0x3F || byte == marker }
        guard bytes.contains(where: isLost) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let length = sequenceLength(lead: bytes[index]), index + length <= bytes.count {
                let tail = bytes[(index + 1)..<(index + length)]
                if tail.contains(where: isLost), tail.allSatisfy({ isLost($0) || isContinuation($0) }) {
                    output += [0xEF, 0xBF, 0xBD]
                    index += length
                    continue
                }
            }
            if bytes[index] == marker {
                output += [0xEF, 0xBF, 0xBD]
            } else {
                output.append(bytes[index])
            }
            index += 1
        }
        return output
    }
}

/// Words that decide how a restored `à` joins the next word.
enum GarbledWords {
    /// Portuguese contractions of `à` with the article or demonstrative that follows.
    static let graveAContractions: [String] = ["s", "quele", "quela", "queles", "quelas", "quilo"]

    static func opensContraction(_ bytes: [UInt8], at start: Int) -> Bool {
        var end = start
        while end < bytes.count, (0x61...0x7A).contains(bytes[end]) { end += 1 }
        guard end > start, end == bytes.count || !(0x41...0x5A).contains(bytes[end]) && bytes[end] < 0x80 else { return false }
        // `às` only as a word of its own: `à s'éloigner` keeps its space.
        if end < bytes.count, bytes[end] == 0x27 { return false }
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        return graveAContractions.contains(word)
    }
}
