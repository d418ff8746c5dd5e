/// What the sentence splitter and the quotation scanner ask of a paragraph's characters.
///
/// `Character` answers everything; `Unicode.Scalar` stands in for it in text whose every
/// character is one scalar (`ParagraphText.isScalarCut`, nearly all news copy), where a
/// paragraph as `[Character]` is dear to build, costs a retain and a release each time one is
/// read, and a string comparison each time one is compared. A scalar answers ASCII from its value
/// and asks `Character` for the rest, and a test holds the two to the same answers for every
/// scalar that can stand alone.
protocol TextUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
    /// The unit's byte when it is one ASCII scalar.
    var asciiByte: UInt8? { get }
    /// White space (`isWhitespace`).
    var isSpace: Bool { get }
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    var isUppercase: Bool { get }
    var isLowercase: Bool { get }
    var isPunctuation: Bool { get }
    /// The unit's scalar when it is exactly one.
    var soleScalar: Unicode.Scalar? { get }
    /// The unit of one scalar.
    init(scalar: Unicode.Scalar)
    /// The units as text.
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: TextUnit {
    var soleScalar: Unicode.Scalar? {
        var scalars = unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }

    init(scalar: Unicode.Scalar) { self.init(scalar) }

    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension Unicode.Scalar: TextUnit {
    var asciiByte: UInt8? { value < 0x80 ? UInt8(value) : nil }

    var isSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : Character(self).isWhitespace
    }

    var isLetter: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value | 0x20) : Character(self).isLetter
    }

    var isNumber: Bool {
        value < 0x80 ? (0x30...0x39).contains(value) : Character(self).isNumber
    }

    var isUppercase: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : Character(self).isUppercase
    }

    var isLowercase: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : Character(self).isLowercase
    }

    var isPunctuation: Bool { Character(self).isPunctuation }

    var soleScalar: Unicode.Scalar? { self }

    init(scalar: Unicode.Scalar) { self = scalar }

    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: units)
    }
}
