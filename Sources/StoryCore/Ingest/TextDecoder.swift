import Foundation

/// Turns a file's bytes into clean text: encoding detected, mojibake undone, controls removed,
/// line endings and Unicode normalization made uniform.
public enum TextDecoder {
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var repairs: [String]
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case binary
        case empty

        public var description: String {
            switch self {
            case .binary: return "looks like a binary file, not text; skipped"
            case .empty: return "is empty; skipped"
            }
        }
    }

    public static func decode(_ data: Data) throws(Failure) -> Decoded {
        let bytes = [UInt8](data)
        var repairs: [String] = []
        var text: String
        // Validating the bytes and looking for binary are each a pass over the whole file, and
        // both the UTF-16 test and the steps below may need them: each is made once, when first asked.
        var validated: String??
        var binary: Bool?
        func utf8() -> String? {
            if let validated { return validated }
            let made = String(validating: bytes, as: UTF8.self)
            validated = .some(made)
            return made
        }
        func isBinary() -> Bool {
            if let binary { return binary }
            let made = looksBinary(bytes)
            binary = made
            return made
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        } else if let (bigEndian, skip) = utf16Layout(bytes, readsAsUTF8: { utf8() != nil && !isBinary() }) {
            text = decodeUTF16(bytes.dropFirst(skip), bigEndian: bigEndian)
            repairs.append(bigEndian ? "encoding:utf-16be" : "encoding:utf-16le")
        } else if isBinary() {
            throw .binary
        } else if let utf8 = utf8() {
            text = utf8
        } else {
            let split = MixedEncoding.split(bytes)
            var declared: SingleByteEncoding?
            switch DeclaredCharset.encoding(in: bytes) {
            case .singleByte(let encoding): declared = encoding
            case .multiByte(let encoding):
                if let decoded = encoding.decode(bytes) { return try finish(decoded, repairs: ["encoding:\(encoding.name)"]) }
            case nil: break
            }
            if MixedEncoding.isMostlyUTF8(split) {
                let legacy = declared ?? bestLegacyEncoding { MixedEncoding.decode(bytes, strayBytesAs: $0) }
                text = MixedEncoding.decode(bytes, strayBytesAs: legacy)
                repairs.append("encoding:utf-8+\(legacy.name)")
            } else {
                let legacy = declared ?? bestLegacyEncoding(for: bytes)
                text = legacy.decode(bytes)
                repairs.append("encoding:\(legacy.name)")
            }
        }
        return try finish(text, repairs: repairs)
    }

    /// Mojibake undone, controls removed, line ends and normalization made uniform.
    private static func finish(_ text: String, repairs: [String]) throws(Failure) -> Decoded {
        var text = text
        var repairs = repairs
        if let repaired = MojibakeRepair.repair(text) {
            text = repaired
            repairs.append("mojibake")
        }
        let cleaned = TextCleaner.clean(text)
        if cleaned.removedControls { repairs.append("control-characters") }
        text = cleaned.text
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        return Decoded(text: text, repairs: repairs)
    }

    /// UTF-16 by its byte-order mark, by the zero bytes of ASCII text when the mark is missing,
    /// or, for text in other scripts (`Привет` is `1F 04 40 04 …`, no zero bytes), by reading as
    /// coherent text of one script in one byte order and not being UTF-8.
    private static func utf16Layout(_ bytes: [UInt8], readsAsUTF8: () -> Bool) -> (bigEndian: Bool, skip: Int)? {
        if bytes.starts(with: [0xFF, 0xFE]) { return (false, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (true, 2) }
        let sample = bytes.prefix(4096)
        guard sample.count >= 8 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        // By `memchr` from one zero byte to the next: nearly every page has none, so its first
        // 4 KB are passed over without stepping through them byte by byte.
        sample.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 0, bytes.count - offset) {
                let zero = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                if zero % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
                offset = zero + 1
            }
        }
        let half = sample.count / 2
        if oddZeros * 10 >= half * 7, evenZeros * 10 < half { return (false, 0) }
        if evenZeros * 10 >= half * 7, oddZeros * 10 < half { return (true, 0) }
        // Cyrillic or Greek in UTF-16 can be valid UTF-8 too (every byte below 0x80), but then
        // it reads as a string of control characters.
        guard bytes.count % 2 == 0, sample.count >= 32, !readsAsUTF8() else { return nil }
        // Read in the wrong order, `Го` (04 13 04 3E) becomes CJK ideographs, just as coherent;
        // but its spaces (00 20) become U+2000, so the order that keeps spaces wins.
        let readings = [false, true].compactMap { bigEndian in
            oneScriptReading(decodeUTF16(sample, bigEndian: bigEndian)).map { (bigEndian, $0) }
        }
        guard let best = readings.max(by: { $0.1 < $1.1 }) else { return nil }
        return (best.0, 0)
    }

    /// Nearly every character is a letter, digit, space or punctuation, and the letters beyond
    /// ASCII come from one script: what a page is, and what binary or a wrong byte order is not.
    /// Its score is how many ASCII spaces and line breaks it has; nil if it is not text.
    private static func oneScriptReading(_ text: String) -> Int? {
        var textual = 0
        var total = 0
        var spaces = 0
        var families: [Int: Int] = [:]
        for scalar in text.unicodeScalars {
            total += 1
            if scalar == " " || scalar == "\n" { spaces += 1 }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .control where scalar != "\n" && scalar != "\r" && scalar != "\t",
                 .unassigned, .privateUse, .surrogate, .format:
                continue
            default:
                break
            }
            textual += 1
            if properties.isAlphabetic, scalar.value >= 0x80 { families[scriptFamily(scalar), default: 0] += 1 }
        }
        let letters = families.values.reduce(0, +)
        guard total >= 16, textual * 100 >= total * 98, letters * 4 >= total,
              (families.values.max() ?? 0) * 10 >= letters * 9
        else { return nil }
        return spaces
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Text files carry no NUL bytes and few control characters; images and archives carry many.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return false }
        var controls = 0
        var zeros = 0
        for byte in sample {
            // A stray NUL or two is a scraper's slip in a text file; images and archives have many.
            if byte == 0 { zeros += 1 }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B { controls += 1 }
        }
        return (zeros > 8 && zeros * 100 > sample.count) || controls * 20 > sample.count
    }

    /// Picks the code page under which the bytes read most like words of one script.
    static func bestLegacyEncoding(for bytes: [UInt8]) -> SingleByteEncoding {
        bestLegacyEncoding { $0.decode(bytes) }
    }

    private static func bestLegacyEncoding(reading: (SingleByteEncoding) -> String) -> SingleByteEncoding {
        // Windows-1252 first: where two pages read equally well (German reads the same in
        // Windows-1250), it is the likelier.
        let candidates: [SingleByteEncoding] = [.windows1252, .windows1250, .windows1251, .windows1257, .koi8r, .latin2, .windows874]
        var best = candidates[0]
        var bestScore = Int.min
        for encoding in candidates {
            let score = plausibility(reading(encoding))
            if score > bestScore {
                best = encoding
                bestScore = score
            }
        }
        return best
    }

    /// Rewards letters whose neighbours are letters of the same script (`café`, `привет`) and
    /// penalizes words that switch script mid-way (`cafй`), carry C1 controls, hold a symbol
    /// between letters (`k³ótnie` for `kłótnie`), or turn capital mid-word (`пРИВЕТ`, KOI8-R
    /// read as Windows-1251).
    private static func plausibility(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var score = 0
        for (index, scalar) in scalars.enumerated() where scalar.value >= 0x80 {
            guard scalar.properties.isAlphabetic else {
                let category = scalar.properties.generalCategory
                let between = index > 0 && index + 1 < scalars.count
                    && scalars[index - 1].properties.isAlphabetic && scalars[index + 1].properties.isAlphabetic
                if category == .control {
                    score -= 5
                } else if between, symbolCategories.contains(category) || scalar == "¿" || scalar == "¡" {
                    score -= 5
                }
                continue
            }
            if index > 0, scalar.properties.isUppercase, scalars[index - 1].properties.isLowercase { score -= 3 }
            let script = scriptFamily(scalar)
            for neighbour in [index - 1, index + 1] where scalars.indices.contains(neighbour) {
                let other = scalars[neighbour]
                guard other.properties.isAlphabetic else { continue }
                if scriptFamily(other) != script {
                    score -= 3
                } else if script == 0, other.value >= 0x80 {
                    // Accented Latin letters sit among plain ones; a run of them is another script misread.
                    score -= 1
                } else {
                    score += 2
                }
            }
        }
        return score
    }

    private static let symbolCategories: Set<Unicode.GeneralCategory> = [.otherSymbol, .mathSymbol, .currencySymbol, .modifierSymbol, .otherNumber]

    private static func scriptFamily(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x250, 0x1E00..<0x1F00: return 0  // Latin
        case 0x370..<0x400: return 1
        case 0x400..<0x530: return 2
        case 0x0E00..<0x0E80: return 3
        case 0x3000..<0xA000, 0xF900..<0xFB00, 0xFF00..<0xFFF0: return 4  // Chinese and Japanese
        case 0xAC00..<0xD7B0, 0x1100..<0x1200: return 5  // Korean
        default: return Int(scalar.value >> 8)
        }
    }
}
