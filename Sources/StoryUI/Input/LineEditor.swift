/// A one-line prompt with readline's editing keys and a history of what was entered.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character] = []
    /// Where typing goes: an index into `characters`.
    public private(set) var cursor = 0
    public private(set) var history: [String] = []
    /// The history entry shown while Up/Down walk it, and the line being typed before they did.
    private var recalled: Int?
    private var draft: [Character] = []

    public enum Outcome: Equatable, Sendable {
        /// The text changed.
        case edited
        /// Only the cursor moved, or nothing happened.
        case moved
        case accepted
        case cancelled
    }

    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Starts a new line, keeping the history.
    public mutating func begin(with text: String = "") {
        characters = Array(text)
        cursor = characters.count
        recalled = nil
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter:
            remember()
            return .accepted
        case .escape, .control("g"), .control("c"):
            return .cancelled
        case .character(let character) where !character.isNewline:
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace, .control("h"):
            guard cursor > 0 else { return .moved }
            cursor -= 1
            characters.remove(at: cursor)
        case .delete, .control("d"):
            guard cursor < characters.count else { return .moved }
            characters.remove(at: cursor)
        case .left, .control("b"): cursor = max(0, cursor - 1); return .moved
        case .right, .control("f"): cursor = min(characters.count, cursor + 1); return .moved
        case .home, .control("a"): cursor = 0; return .moved
        case .end, .control("e"): cursor = characters.count; return .moved
        case .control("u"):
            guard cursor > 0 else { return .moved }
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            guard cursor < characters.count else { return .moved }
            characters.removeSubrange(cursor...)
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            guard start < cursor else { return .moved }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .up, .control("p"): return recall(older: true)
        case .down, .control("n"): return recall(older: false)
        default: return .moved
        }
        recalled = nil
        return .edited
    }

    private mutating func recall(older: Bool) -> Outcome {
        guard !history.isEmpty else { return .moved }
        let next: Int?
        switch (recalled, older) {
        case (nil, true): draft = characters; next = history.count - 1
        case (nil, false): return .moved
        case (let index?, true): next = max(0, index - 1)
        case (let index?, false): next = index + 1 < history.count ? index + 1 : nil
        }
        recalled = next
        characters = next.map { Array(history[$0]) } ?? draft
        cursor = characters.count
        return .edited
    }

    private mutating func remember() {
        recalled = nil
        let line = text
        guard !line.trimmingCharacters(in: " ").isEmpty, history.last != line else { return }
        history.append(line)
        if history.count > 100 { history.removeFirst() }
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> Substring {
        var slice = self[...]
        while slice.first == set { slice.removeFirst() }
        while slice.last == set { slice.removeLast() }
        return slice
    }
}
