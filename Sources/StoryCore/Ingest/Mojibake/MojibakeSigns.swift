/// How garbled a line looks: the count of character sequences that text written by people
/// rarely has and mojibake always has. A repair is kept only when it lowers the count.
///
/// The signs, each counted where it occurs:
/// - a C1 control character (U+0080–U+009F): a Windows byte read as Latin-1;
/// - a misread sequence: a code page's reading of a UTF-8 lead byte followed by readings of
///   continuation bytes. Read as Latin-1 or Windows-1252 with the leads that open the most used
///   characters (`Â`, `Ã`, `â`), any follower that is no letter is a sign, and so is a letter of
///   Windows-1252's row 80–9F (`âœ`); with three- and four-byte leads, a whole sequence with a
///   follower that is no letter (`ï¿½`, `áº¿`); otherwise a follower that is no letter and does
///   not end words (`×‘` but not `Õ…`), or any follower that is no letter inside a word
///   (`Î³c`). A closing quote after a word (`CAFÉ”`, `Ã’s`) is not a sign;
/// - a letter followed by `�`: a continuation byte that was lost;
/// - a lowercase letter followed inside a word by a capital beyond ASCII (`rÃ`, `ґР`);
/// - a Latin letter touching a Cyrillic one (`signiп`), a letter of a rarely written
///   block (`Ԭ`, `Ջ`), IPA and modifier letters touching letters (`SɅ`), a combining mark on
///   no letter, box drawing touching a letter beyond ASCII (`╤Ç`), a symbol between letters
///   (`g√¢teaux`), and unassigned or private-use characters.
enum MojibakeSigns {
    static func count(_ scalars: [Unicode.Scalar]) -> Int {
        var signs = 0
        var countedFollower = -1
        for index in scalars.indices {
            let scalar = scalars[index]
            let value = scalar.value
            let previous = index > 0 ? scalars[index - 1] : nil
            if value < 0x80 {
                // An ASCII letter after a Cyrillic or Greek one (`Ԭo`).
                if let previous, previous.value >= 0x80, isLetter(previous), isLetter(scalar), scriptsClash(previous, scalar) {
                    signs += 1
                }
                continue
            }
            if value <= 0x9F {
                signs += 2
                continue
            }
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let weight = sequenceWeight(scalars, at: index)
            if weight > 0 { countedFollower = index + 1 }
            signs += weight
            if scalar == "\u{FFFD}", let previous, previous.value >= 0x80, isLetter(previous) { signs += 1 }
            if let previous, previous.properties.isLowercase, scalar.properties.isUppercase, isLetter(previous) {
                signs += 1
            }
            // A lowercase letter beyond ASCII inside a word of capitals (`MģÄM`).
            if scalar.properties.isLowercase, isLetter(scalar), let previous, let next, previous.properties.isUppercase,
               next.properties.isUppercase
            {
                signs += 1
            }
            // `Ã` or `Â` as a word of its own before a lowercase word: no language writes one,
            // mojibake of `à` does (`S Ã O`, spaced capitals, is another matter).
            if let roles = CodePageRoles.roles[scalar], roles.commonLeads & CodePageRoles.westernPages != 0,
               previous == nil || previous == " ", next == " ", index + 2 < scalars.count,
               scalars[index + 2].properties.isLowercase
            {
                signs += 2
            }
            if let previous, isLetter(previous), isLetter(scalar), scriptsClash(previous, scalar) { signs += 1 }
            if isLetter(scalar), isRarelyWritten(scalar) { signs += 1 }
            // One ideograph or syllable wedged into a Latin word (`caf闓quoted`).
            if isLetter(scalar), script(scalar) == .other, let previous, let next, script(previous) == .latin,
               script(next) == .latin, isLetter(previous), isLetter(next)
            {
                signs += 2
            }
            if countedFollower != index, isSymbol(scalar), let previous, let next, isLetter(previous) || isSymbol(previous),
               isLetter(next) || isSymbol(next), isLetter(previous) || isLetter(next)
            {
                signs += 1
            }
            let neighbours = [previous, next].compactMap { $0 }
            if isBoxDrawing(scalar), neighbours.contains(where: { $0.value >= 0x80 && isLetter($0) }) { signs += 1 }
            if isOddLetter(scalar), neighbours.contains(where: isLetter) { signs += 1 }
            switch scalar.properties.generalCategory {
            case .unassigned, .privateUse, .surrogate: signs += 2
            case .nonspacingMark, .enclosingMark, .spacingMark:
                if let previous, !isLetter(previous), previous.properties.generalCategory != .nonspacingMark { signs += 1 }
            default: break
            }
        }
        return signs
    }

    /// The weight of the misread sequence that may start at `index`.
    private static func sequenceWeight(_ scalars: [Unicode.Scalar], at index: Int) -> Int {
        guard index + 1 < scalars.count, let leadRoles = CodePageRoles.roles[scalars[index]], leadRoles.leads != 0,
              let followerRoles = CodePageRoles.roles[scalars[index + 1]]
        else { return 0 }
        let lead = scalars[index]
        let follower = scalars[index + 1]
        let pages = leadRoles.leads & followerRoles.continuations
        guard pages != 0 else { return 0 }
        let after = index + 2 < scalars.count ? scalars[index + 2] : nil
        let insideWord = after.map { isLetter($0) || $0.properties.numericType != nil } ?? false
        if closingQuotes.contains(follower), !insideWord { return 0 }
        if follower == "\u{2019}", after == "s" || after == "S" { return 0 }
        if pages & leadRoles.commonLeads & CodePageRoles.westernPages != 0 {
            if isLetter(follower) { return followerRoles.continuations & CodePageRoles.windowsSignsRow != 0 ? 2 : 0 }
            return 2
        }
        // A whole three- or four-byte sequence in one page, one of its followers no letter.
        for (bit, page) in CodePageRoles.pages.enumerated() where pages & (1 << bit) != 0 {
            guard let leadByte = page.byte(for: lead), let length = GarbledBytes.sequenceLength(lead: leadByte), length > 2,
                  index + length <= scalars.count
            else { continue }
            let followers = scalars[(index + 1)..<(index + length)]
            let last = scalars[index + length - 1]
            let closesWord = index + length == scalars.count || !isLetter(scalars[index + length])
            if followers.allSatisfy({ page.byte(for: $0).map(GarbledBytes.isContinuation) ?? false }),
               followers.contains(where: { !isLetter($0) && !isBoxDrawing($0) }),
               !(closesWord && (mayEndWord.contains(last) || closingQuotes.contains(last)))
            {
                return 2
            }
        }
        guard !isLetter(follower), follower != "\u{00A0}" else { return 0 }
        if !isLetter(lead) {
            // `×` and `÷`, the signs among Latin-1's lead bytes, stand before numbers and currency.
            return lead.properties.generalCategory == .mathSymbol && !mayEndWord.contains(follower) ? 2 : 0
        }
        if insideWord || !mayEndWord.contains(follower) { return 2 }
        return 0
    }

    /// Marks that close a quotation: after a word's last letter they are just what they are.
    static let closingQuotes: Set<Unicode.Scalar> = ["\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "\u{2018}"]

    /// Signs that often follow a word's last letter (`VOCÊ…`, `Brand™`, `10 Å—`, `SÉ¡`).
    static let mayEndWord: Set<Unicode.Scalar> = [
        "\u{2026}", "\u{2013}", "\u{2014}", "\u{2122}", "\u{00AE}", "\u{00A9}", "\u{00B4}", "\u{00B0}", "\u{00BF}",
        "\u{00A1}", "\u{00A2}", "\u{00A3}", "\u{00A5}", "\u{00D7}", "\u{00B7}", "\u{00B9}", "\u{00B2}",
        "\u{00B3}", "\u{00BA}", "\u{00AA}", "\u{221E}",
    ]

    /// IPA and modifier letters: beside other letters they are what a misread capital becomes.
    private static func isOddLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0250...0x02AF).contains(scalar.value) || (0x1D00...0x1DBF).contains(scalar.value)
            || scalar.properties.generalCategory == .modifierLetter && scalar.value >= 0x80
    }

    /// Letters of blocks few texts are written in, which a misread pair of Latin-1 characters
    /// often lands on: Cyrillic Supplement, Armenian, and the scripts between Arabic and Devanagari.
    private static func isRarelyWritten(_ scalar: Unicode.Scalar) -> Bool {
        (0x0500...0x058F).contains(scalar.value) || (0x0700...0x08FF).contains(scalar.value)
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func isSymbol(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0xA0, !isBoxDrawing(scalar) else { return false }
        switch scalar.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return false
        }
    }

    private static func isBoxDrawing(_ scalar: Unicode.Scalar) -> Bool {
        (0x2500...0x259F).contains(scalar.value)
    }

    private static func scriptsClash(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let a = script(first)
        let b = script(second)
        // Greek letters stand among Latin ones as symbols (`TNFα`, `IL2Rγc`); Cyrillic ones do not.
        return (a == .latin && b == .cyrillic) || (a == .cyrillic && b == .latin)
    }

    fileprivate enum Script { case latin, greek, cyrillic, other }

    fileprivate static func script(_ scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x370...0x3FF: return .greek
        case 0x400...0x52F: return .cyrillic
        default: return .other
        }
    }
}

/// For every character some code page has, the pages in which it is the reading of a UTF-8
/// lead byte or of a continuation byte, as bit masks over `CodePageRoles.pages`.
enum CodePageRoles {
    struct Roles {
        var leads: UInt16 = 0
        var continuations: UInt16 = 0
        /// Pages where it reads a lead that opens the most used characters (C2, C3, E2).
        var commonLeads: UInt16 = 0
    }

    /// Every page mojibake is undone from, in the order a whole line is tried: the most common
    /// misreadings first.
    /// Latin-1 and Windows-1252, the first two pages.
    static let westernPages: UInt16 = 0b11
    /// The first four pages (with Windows-1251 and -1250), whose `Ã`, `Â`, `Г`, `Ă` before a space
    /// is worth a look for a lost no-break space.
    static let losingSpacePages: UInt16 = 0b1111
    /// Windows-1252's row 80–9F, where its letters (`Š`, `œ`, `Ÿ`) follow a lead only in mojibake.
    static let windowsSignsRow: UInt16 = 1 << 12

    static let pages: [SingleByteEncoding] = [
        .latin1, .windows1252, .windows1251, .windows1250, .windows1253, .windows1254, .windows1257, .latin2,
        .macRoman, .cp437, .windows874,
    ]

    static let roles: [Unicode.Scalar: Roles] = {
        var roles: [Unicode.Scalar: Roles] = [:]
        for (bit, page) in pages.enumerated() {
            let mask = UInt16(1) << bit
            for (offset, scalar) in page.upper.enumerated() {
                guard let scalar else { continue }
                let byte = UInt8(0x80 + offset)
                if GarbledBytes.sequenceLength(lead: byte) != nil { roles[scalar, default: Roles()].leads |= mask }
                if GarbledBytes.isContinuation(byte) { roles[scalar, default: Roles()].continuations |= mask }
                if page.name == "windows-1252", byte <= 0x9F { roles[scalar, default: Roles()].continuations |= windowsSignsRow }
                if byte == 0xC2 || byte == 0xC3 || byte == 0xE2 { roles[scalar, default: Roles()].commonLeads |= mask }
            }
            // C1 controls stand for the bytes a page leaves undefined.
            for value in UInt32(0x80)...0x9F where page.upper[Int(value) - 0x80] == nil {
                roles[Unicode.Scalar(value)!, default: Roles()].continuations |= mask
            }
        }
        return roles
    }()

    /// True when some pair of neighbouring characters could be a misread sequence, or a C1
    /// control stands alone: what every line with mojibake has, and most lines do not.
    static func mayBeGarbled(_ line: Substring) -> Bool {
        var previousLeads: UInt16 = 0
        var previousCommon: UInt16 = 0
        for scalar in line.unicodeScalars {
            guard scalar.value >= 0x80 else {
                // `Ã ` is `à` whose no-break space became a space.
                if scalar == " ", previousCommon != 0 { return true }
                previousLeads = 0
                previousCommon = 0
                continue
            }
            if scalar.value <= 0x9F { return true }
            guard let roles = roles[scalar] else {
                if scalar == "\u{FFFD}", previousLeads != 0 { return true }
                previousLeads = 0
                previousCommon = 0
                continue
            }
            if previousLeads & roles.continuations != 0 { return true }
            previousLeads = roles.leads
            previousCommon = roles.commonLeads & CodePageRoles.losingSpacePages
        }
        return false
    }
}
