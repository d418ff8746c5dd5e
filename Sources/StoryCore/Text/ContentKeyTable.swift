/// Values keyed by `ContentKey` in one open-addressing table, probed by a multiplicative hash of
/// the key's 64 bits.
///
/// Counting a story's words updates an entry for every word of every paragraph; a `Dictionary`
/// runs SipHash over each key first, and the keys are hashes already (see `ContentKey`).
struct ContentKeyTable<Value> {
    private var keys: [ContentKey]
    /// `nil`: an empty slot.
    private var values: [Value?]
    private var shift: UInt64
    private(set) var count = 0

    init() {
        keys = Array(repeating: ContentKey(""), count: 64)
        values = Array(repeating: nil, count: 64)
        shift = 64 - 6
    }

    @inline(__always)
    private func slot(of key: ContentKey) -> Int {
        Int(truncatingIfNeeded: (key.value &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Changes the value of `key` in place, made by `initial` first if it has none.
    mutating func update(_ key: ContentKey, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        if (count + 1) * 2 > values.count { grow() }
        var slot = slot(of: key)
        while values[slot] != nil {
            if keys[slot] == key {
                change(&values[slot]!)
                return
            }
            slot = (slot + 1) & (values.count - 1)
        }
        var value = initial()
        change(&value)
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    /// The value of `key`, if it has one.
    func value(_ key: ContentKey) -> Value? {
        var slot = slot(of: key)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & (values.count - 1)
        }
        return nil
    }

    /// Every key with its value, in no particular order.
    func forEach(_ body: (ContentKey, Value) -> Void) {
        for slot in values.indices {
            if let value = values[slot] { body(keys[slot], value) }
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: ContentKey(""), count: oldValues.count * 2)
        values = Array(repeating: nil, count: oldValues.count * 2)
        shift -= 1
        for index in oldValues.indices {
            guard let value = oldValues[index] else { continue }
            var slot = slot(of: oldKeys[index])
            while values[slot] != nil { slot = (slot + 1) & (values.count - 1) }
            keys[slot] = oldKeys[index]
            values[slot] = value
        }
    }
}

extension ContentKeyTable: Sendable where Value: Sendable {}
