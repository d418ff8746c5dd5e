/// A list of ASCII prefixes, asked of a text on its bytes.
///
/// The block rules ask every short block whether it opens with one of a few dozen phrases
/// (`by `, `(reporting by`, `share on `); `String.hasPrefix` compares `Character`s, while most
/// blocks fail on their first byte.
struct PrefixList: Sendable {
    private let prefixes: [[UInt8]]
    /// Whether some prefix starts with the byte.
    private let leads: [Bool]

    init(_ prefixes: [String]) {
        precondition(prefixes.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } }, "prefixes are ASCII")
        self.prefixes = prefixes.map { Array($0.utf8) }
        leads = (0..<256).map { byte in prefixes.contains { $0.utf8.first == UInt8(byte) } }
    }

    /// Whether `text` starts with one of the prefixes, as `String.hasPrefix` decides it.
    func starts(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first, leads[Int(first)] else { return false }
        for prefix in prefixes where text.utf8.starts(with: prefix) {
            // A combining mark after the prefix joins its last character: `hasPrefix` says no.
            let next = text.utf8.dropFirst(prefix.count).first
            if let next, next >= 0x80 { return text.hasPrefix(String(decoding: prefix, as: UTF8.self)) }
            return true
        }
        return false
    }
}
