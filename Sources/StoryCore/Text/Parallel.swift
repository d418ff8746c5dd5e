import Dispatch

/// Maps independent pieces of work over both cores; results keep the input's order, so the
/// outcome is the same whatever the scheduling.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.store(transform(items[index]), at: index)
        }
        return results.values
    }

    /// Runs two independent pieces of work at once: the serial parts of one (quote grouping,
    /// say) then overlap with the other's.
    public static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let a = ResultSlots<A>(count: 1)
        let b = ResultSlots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { a.store(first(), at: 0) } else { b.store(second(), at: 0) }
        }
        return (a.values[0], b.values[0])
    }
}

/// One slot per result in memory allocated up front; each slot is written by exactly one
/// iteration, so no two threads ever touch the same memory (an `Array` here would be mutated
/// through exclusive access from several threads at once, which Swift rightly forbids).
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<R?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: R, at index: Int) {
        (slots + index).pointee = value
    }

    var values: [R] { (0..<count).map { slots[$0]! } }
}
