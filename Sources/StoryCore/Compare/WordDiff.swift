/// Word-level differences between two wordings, the way `git diff --word-diff` shows them.
public enum WordDiff {
    public enum Change: Equatable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The changes that turn `old` into `new`, word by word (punctuation stays with its word);
    /// case, diacritics and curly or straight quotes do not count as differences.
    public static func changes(from old: String, to new: String) -> [Change] {
        let a = old.spaceSeparated().map(String.init)
        let b = new.spaceSeparated().map(String.init)
        let keyA = a.map(key)
        let keyB = b.map(key)
        // Longest common subsequence by dynamic programming; wordings of statements and sentences are
        // short, and longer inputs are compared in bounded windows so cost stays linear in their length.
        guard a.count * b.count <= 250_000 else {
            return [.removed(old), .added(new)]
        }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = keyA[i] == keyB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result: [Change] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, keyA[i] == keyB[j] {
                result.append(.same(b[j]))
                i += 1
                j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                result.append(.added(b[j]))
                j += 1
            } else {
                result.append(.removed(a[i]))
                i += 1
            }
        }
        return merged(result)
    }

    /// `same [-old-]{+new+}`: the changes as one line of text.
    public static func rendered(_ changes: [Change]) -> String {
        changes.map { change in
            switch change {
            case .same(let text): return text
            case .removed(let text): return "[-\(text)-]"
            case .added(let text): return "{+\(text)+}"
            }
        }.joined(separator: " ")
    }

    /// Share of words the two wordings have in common, from 0 to 1.
    public static func similarity(_ changes: [Change]) -> Double {
        var same = 0
        var other = 0
        for change in changes {
            switch change {
            case .same(let text): same += text.spaceSeparated().count
            case .removed(let text), .added(let text): other += text.spaceSeparated().count
            }
        }
        return same + other == 0 ? 1 : Double(2 * same) / Double(2 * same + other)
    }

    /// A word as compared: folded, letters and digits only (`“Zoë’s` meets `zoes`).
    private static func key(_ word: String) -> String {
        Words.fold(word).filter { $0.isLetter || $0.isNumber }
    }

    /// Runs of the same kind joined, removals before additions: `[-a b-] {+c d+}`.
    private static func merged(_ changes: [Change]) -> [Change] {
        var result: [Change] = []
        var removed: [String] = []
        var added: [String] = []
        func flush() {
            if !removed.isEmpty { result.append(.removed(removed.joined(separator: " "))) }
            if !added.isEmpty { result.append(.added(added.joined(separator: " "))) }
            removed = []
            added = []
        }
        var same: [String] = []
        for change in changes {
            switch change {
            case .same(let text):
                flush()
                same.append(text)
            case .removed(let text):
                if !same.isEmpty { result.append(.same(same.joined(separator: " "))); same = [] }
                removed.append(text)
            case .added(let text):
                if !same.isEmpty { result.append(.same(same.joined(separator: " "))); same = [] }
                added.append(text)
            }
        }
        flush()
        if !same.isEmpty { result.append(.same(same.joined(separator: " "))) }
        return result
    }
}
