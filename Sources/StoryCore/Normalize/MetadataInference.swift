import Foundation

/// Whether a line repeats the page title: exactly, or behind a short prefix (`Section: Title`).
enum TitleMatch {
    /// Folded for comparison: case, diacritics, curly or straight quotes and dashes do not matter.
    static func key(_ text: some StringProtocol) -> String {
        let folded = Words.fold(text)
        // The marks straightened all start with the byte E2; by scalar, not by `Character`
        // (making a `Character` of every scalar is dear, and every paragraph is keyed).
        guard folded.firstUTF8Index(of: 0xE2) != nil else { return folded.collapsedWhitespace }
        let straightened = folded.unicodeScalars.lazy.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "“", "”", "„": return "\""
            case "–", "—": return "-"
            default: return scalar
            }
        }
        return String(scalars: straightened).collapsedWhitespace
    }

    static func repeats(_ text: String, title: String) -> Bool {
        // A repeat ends as the title does. Most blocks are paragraphs whose last letter already
        // differs from the title's: they leave before both are folded to be compared.
        if let last = lastASCIIAlphanumeric(text), let titleLast = lastASCIIAlphanumeric(title), last != titleLast { return false }
        let line = key(text)
        let heading = key(title)
        guard !heading.isEmpty else { return false }
        if line == heading { return true }
        if line.hasSuffix(heading) {
            let prefix = line.dropLast(heading.count).trimmed
            return Words.count(in: prefix) <= 4 && (prefix.hasSuffix(":") || prefix.hasSuffix("|") || prefix.hasSuffix("-") || prefix.hasSuffix("–"))
        }
        return false
    }

    /// The last letter or digit, lowercased, when only punctuation and spaces follow it; `nil`
    /// when another character comes first (folding might make it a letter). Quotation marks,
    /// dashes and ellipses (U+2010–U+205F), guillemets and the no-break space fold to no letter,
    /// so a paragraph ending in `.”` is decided here, not folded whole.
    private static func lastASCIIAlphanumeric(_ text: String) -> UInt8? {
        var text = text
        return text.withUTF8 { bytes in
            var end = bytes.count
            while end > 0 {
                let byte = bytes[end - 1]
                if byte < 0x80 {
                    if byte.isASCIILetterOrDigit { return (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
                    end -= 1
                    continue
                }
                var lead = end - 1
                while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                let value = bytes.scalar(at: lead).0.value
                guard (0x2010...0x205F).contains(value) || value == 0xAB || value == 0xBB || value == 0xA0 else { return nil }
                end = lead
            }
            return nil
        }
    }

    /// A caption that starts with the title (an image's alt text run into its caption) loses the title.
    static func strippingTitle(_ caption: String, title: String?) -> String {
        guard let title, caption.count > title.count + 10 else { return caption }
        let head = String(caption.prefix(title.count))
        guard key(head) == key(title) else { return caption }
        return String(caption.dropFirst(title.count)).trimming(" :-–—|")
    }
}

/// The publication date among the dates a page's header lines give.
enum PublicationDate {
    /// The date the page states in its metadata, else in its lines, else in its address. A
    /// stamp in UTC near midnight is the next or the previous day where the story was published:
    /// when a line or the address says so, their day is the one the page shows.
    static func resolve(stated: DateStamp?, lines: DateStamp?, address: DateStamp?) -> DateStamp? {
        guard var stated else { return lines ?? address }
        // `T23:00:00Z`, `T22:00:00Z` on the hour: a day stored as local midnight in Central Europe.
        if stated.offsetMinutes == 0, stated.hour == 23 || stated.hour == 22, stated.minute == 0, (stated.second ?? 0) == 0 {
            let next = CivilCalendar.civil(fromDayNumber: stated.dayNumber + 1)
            stated = DateStamp(year: next.year, month: next.month, day: next.day)
        }
        if stated.offsetMinutes == 0, let hour = stated.hour, hour >= 18 || hour < 6,
           let local = lines ?? address, abs(local.dayNumber - stated.dayNumber) == 1
        {
            return local
        }
        return stated
    }

    /// A date opening a paragraph, after at most two date labels (`Pressemitteilung vom`), and
    /// set off from its text by a dash, a bar, a bracket or an opening quotation mark.
    static func opening(_ text: String) -> DateStamp? {
        let head = String(text.prefix(64))
        guard let match = DateParser.firstStamped(in: head), let stamp = match.stamp else { return nil }
        let labels = Words.tokens(in: String(head[..<match.range.lowerBound])).map { Words.fold($0) }
        guard labels.count <= 2, labels.allSatisfy(BlockRules.isDateLabel),
              head[..<match.range.lowerBound].allSatisfy({ $0.isLetter || $0 == "(" || $0 == " " || $0 == ":" })
        else { return nil }
        let rest = head[match.range.upperBound...].drop { $0 == " " || $0 == "\u{00A0}" }
        guard let mark = rest.first, "-–—|)„“\"«".contains(mark) else { return nil }
        return stamp
    }

    /// The first date stated, with the time another line gives for the same day.
    static func choose(_ dates: [DateStamp]) -> DateStamp? {
        guard let first = dates.first else { return nil }
        return dates.first { $0.dayOnly == first.dayOnly && $0.hour != nil } ?? first
    }
}

/// The outlet's name from a copyright line, a publisher blurb or a masthead.
enum OutletInference {
    static func outlet(from hints: [(RemovalReason, String)]) -> String? {
        for reason in [RemovalReason.copyright, .publisherBlurb, .masthead] {
            for (kind, text) in hints where kind == reason {
                if let name = name(from: text, reason: reason) { return name }
            }
        }
        return nil
    }

    private static func name(from text: String, reason: RemovalReason) -> String? {
        switch reason {
        case .copyright:
            var value = text
            for noise in ["©", "(c)", "Copyright", "copyright", "All rights reserved", "all rights reserved", "All Rights Reserved"] {
                // Found by bytes first: Foundation's replacing is dear, and most lines hold none of these.
                guard Words.has(value, noise) else { continue }
                value = value.replacingOccurrences(of: noise, with: " ")
            }
            let words = value.split(separator: " ").filter { !$0.allSatisfy { $0.isNumber || "-–,.".contains($0) } }
            let name = words.joined(separator: " ").trimming(" .,;|-–")
            return (1...6).contains(Words.count(in: name)) ? name : nil
        case .publisherBlurb:
            // The first capitalized domain-like word names the site: `Example.com (…) is …`.
            for token in text.split(separator: " ") {
                let word = token.trimming("()[],;:")
                if word.first?.isUppercase == true, word.contains("."), let dot = word.lastIndex(of: "."),
                   word[word.index(after: dot)...].count >= 2, word[word.index(after: dot)...].allSatisfy(\.isLetter)
                {
                    return word
                }
            }
            return nil
        default:
            let words = Words.count(in: text)
            guard (1...4).contains(words), text.uppercased() == text || text.first?.isUppercase == true else { return nil }
            guard text.uppercased() == text else { return text }
            return text.lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
    }
}
