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
