/// A quotation found in an article: where it stands and what it says.
public struct QuoteSpan: Sendable, Equatable {
    /// The paragraph the quotation opens in; a quotation may run on over several paragraphs.
    public var paragraph: Int
    /// Offsets of the quoted text (marks excluded) in the opening paragraph's characters.
    public var range: Range<Int>
    /// Offsets including the quotation marks.
    public var outer: Range<Int>
    public var text: String
    /// The paragraph the quotation closes in.
    public var lastParagraph: Int
}

/// Finds quotations in paragraphs: curly and straight double quotes, British single quotes
/// (told apart from apostrophes), guillemets and „German“ quotes, quotations that run over
/// several paragraphs, and quotations nested in quotations (kept inside the outer one).
public enum QuoteScanner {
    public static func scan(_ paragraphs: [String]) -> [QuoteSpan] {
        scan(paragraphs.map(ParagraphText.init))
    }

    static func scan(_ paragraphs: [ParagraphText]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var carried: Carried?
        for (number, paragraph) in paragraphs.enumerated() {
            switch paragraph.units {
            case .scalars(let units): scan(units, of: paragraph, number: number, carried: &carried, into: &spans)
            case .characters(let units): scan(units, of: paragraph, number: number, carried: &carried, into: &spans)
            }
        }
        if let open = carried {
            spans.append(QuoteSpan(paragraph: open.paragraph, range: open.start..<open.start, outer: open.start..<open.start, text: open.text.trimmed, lastParagraph: paragraphs.count - 1))
        }
        return spans.map(fixMultiParagraphRanges(paragraphs))
    }

    /// A double quotation still open at the end of a paragraph.
    private struct Carried {
        var start: Int
        var paragraph: Int
        var text: String
        var closer: Unicode.Scalar
    }

    /// One paragraph's quotations, given as its characters (see `TextUnit`).
    private static func scan<Unit: TextUnit>(_ characters: [Unit], of paragraph: ParagraphText, number: Int, carried: inout Carried?, into spans: inout [QuoteSpan]) {
        let marks = markPositions(paragraph)
        var nextMark = 0
        var index = 0
        if let open = carried {
            // A quotation that ran past its paragraph goes on only where the next one reopens it.
            if let first = characters.first?.soleScalar, openers[first] != nil {
                index = 1
            } else {
                spans.append(QuoteSpan(paragraph: open.paragraph, range: open.start..<open.start, outer: open.start..<open.start, text: open.text.trimmed, lastParagraph: number - 1))
                carried = nil
            }
        }
        while index < characters.count {
            if var open = carried {
                if let close = closing(characters, from: index, closer: open.closer) {
                    open.text += " " + paragraph.text(index..<close)
                    spans.append(QuoteSpan(paragraph: open.paragraph, range: open.start..<open.start, outer: open.start..<open.start, text: open.text.trimmed, lastParagraph: number))
                    carried = nil
                    index = close + 1
                } else {
                    open.text += " " + paragraph.text(from: index)
                    carried = open
                    index = characters.count
                }
                continue
            }
            if let marks {
                while nextMark < marks.count, marks[nextMark] < index { nextMark += 1 }
                index = nextMark < marks.count ? marks[nextMark] : characters.count
                if index == characters.count { continue }
            }
            let character = characters[index]
            // Every ASCII character but the two quote marks is passed on its byte, without hashing
            // it for the table: nearly every character of a paragraph is one of them.
            if let byte = character.asciiByte, byte != 0x22, byte != 0x27 {
                index += 1
                continue
            }
            guard let closer = character.soleScalar.flatMap({ openers[$0] }), isOpening(characters, at: index) else {
                index += 1
                continue
            }
            if let close = closing(characters, from: index + 1, closer: closer) {
                let text = paragraph.text((index + 1)..<close)
                if !text.trimmed.isEmpty {
                    spans.append(QuoteSpan(paragraph: number, range: (index + 1)..<close, outer: index..<(close + 1), text: text, lastParagraph: number))
                }
                index = close + 1
            } else if character != "'" && character != "‘" {
                // An unclosed double quotation runs on into the next paragraph.
                carried = Carried(start: index + 1, paragraph: number, text: paragraph.text(from: index + 1), closer: closer)
                index = characters.count
            } else {
                index += 1
            }
        }
    }

    /// A quotation spanning paragraphs covers its opening paragraph from the mark to the end.
    private static func fixMultiParagraphRanges(_ paragraphs: [ParagraphText]) -> (QuoteSpan) -> QuoteSpan {
        { span in
            guard span.lastParagraph != span.paragraph || span.range.isEmpty else { return span }
            var fixed = span
            let length = paragraphs[span.paragraph].count
            fixed.range = span.range.lowerBound..<length
            fixed.outer = max(0, span.range.lowerBound - 1)..<length
            return fixed
        }
    }

    /// Each opening mark's closing mark. (None of them has a canonical equivalent, so comparing a
    /// character's sole scalar is comparing the character.)
    private static let openers: [Unicode.Scalar: Unicode.Scalar] = [
        "“": "”", "\"": "\"", "«": "»", "„": "“", "‘": "’", "'": "'", "‹": "›", "「": "」", "『": "』",
    ]

    /// The UTF-8 of each opening mark, and the bytes they start with.
    private static let openerBytes = openers.keys.map { Array(String($0).utf8) }
    private static let isOpenerLead: [Bool] = (0..<256).map { (byte: Int) in openerBytes.contains { Int($0[0]) == byte } }

    static func isOpener(_ character: Character) -> Bool { character.soleScalar.map { openers[$0] != nil } ?? false }

    /// Which characters of `paragraph` are opening marks, found on its bytes when each character
    /// is one scalar (nil otherwise): the scan then goes from mark to mark instead of asking every
    /// character (most paragraphs hold no quotation).
    static func markPositions(_ paragraph: ParagraphText) -> [Int]? {
        guard paragraph.isScalarCut else { return nil }
        var string = paragraph.string
        // The tables read into locals: read as statics, each byte paid for a `swift_once`.
        let isOpenerLead = isOpenerLead
        let openerBytes = openerBytes
        return string.withUTF8 { bytes in
            var positions: [Int] = []
            var character = -1
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte & 0xC0 != 0x80 else { continue }
                character += 1
                guard isOpenerLead[Int(byte)] else { continue }
                let isMark = openerBytes.contains { mark in
                    index + mark.count <= bytes.count && mark.indices.allSatisfy { bytes[index + $0] == mark[$0] }
                }
                if isMark { positions.append(character) }
            }
            return positions
        }
    }

    /// An opening mark starts a word: after a space, a bracket, a dash or the start, and before a non-space.
    private static func isOpening<Unit: TextUnit>(_ text: [Unit], at index: Int) -> Bool {
        let before: Unit? = index > 0 ? text[index - 1] : nil
        let after: Unit? = index + 1 < text.count ? text[index + 1] : nil
        guard let after, !after.isSpace else { return false }
        if let before, before.isLetter || before.isNumber { return false }  // an apostrophe: don't, Okafor’s
        if text[index] == "'" || text[index] == "‘" {
            // British quotes: an opening single mark is followed by a letter or digit.
            return after.isLetter || after.isNumber
        }
        return true
    }

    /// The matching closing mark: for single quotes, one that ends a word (not `it's`, not `workers' union` mid-phrase).
    private static func closing<Unit: TextUnit>(_ text: [Unit], from start: Int, closer scalar: Unicode.Scalar) -> Int? {
        var index = start
        let closer = Unit(scalar: scalar)
        let single = closer == "'" || closer == "’"
        var nested: Unit?
        while index < text.count {
            let character = text[index]
            // Every ASCII character but the two quote marks is passed on its byte, not compared
            // with the marks as a `Character`: a quotation's text is walked to its close.
            if let byte = character.asciiByte, byte != 0x22, byte != 0x27 {
                index += 1
                continue
            }
            if let inner = nested {
                if character == inner { nested = nil }
            } else if character == closer || (closer == "\"" && character == "”") || (closer == "”" && character == "\"" && !single) {
                if !single || isWordEnd(text, at: index) { return index }
            } else if !single, character == "‘" || (character == "'" && isOpening(text, at: index)) {
                if character == "‘" || isOpening(text, at: index) { nested = character == "‘" ? "’" : "'" }
            }
            index += 1
        }
        return nil
    }

    private static func isWordEnd<Unit: TextUnit>(_ text: [Unit], at index: Int) -> Bool {
        let before: Unit = index > 0 ? text[index - 1] : " "
        let after: Unit = index + 1 < text.count ? text[index + 1] : " "
        if before.isLetter, after.isLetter { return false }
        return !before.isSpace && (after.isSpace || after.isPunctuation || index + 1 == text.count)
    }
}
