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
        return results.take()
    }

    /// Runs two independent pieces of work at once: the serial parts of one (quote grouping,
    /// say) then overlap with the other's. The second runs as a task of its own rather than as
    /// a turn of `concurrentPerform`: a map inside a turn runs serially (libdispatch gives nested
    /// applies no extra threads), so the quotes would run on one core long after the timeline is
    /// done. As a task, each side's maps can take whichever core the other leaves free.
    public static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let b = ResultSlots<B>(count: 1)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { b.store(second(), at: 0) }
        let a = first()
        done.wait()
        return (a, b.take()[0])
    }
}

/// One slot per result in memory allocated up front; each slot is written by exactly one
/// iteration, so no two threads ever touch the same memory (an `Array` here would be mutated
/// through exclusive access from several threads at once, which Swift rightly forbids).
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int
    private var taken = false

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<R?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        if !taken { slots.deinitialize(count: count) }
        slots.deallocate()
    }

    func store(_ value: R, at index: Int) {
        (slots + index).pointee = value
    }

    /// The results, moved out of their slots (read once, after every iteration is done): copied
    /// out, each would be retained on the way out and released with the slots, in turn on one
    /// core after the parallel part.
    func take() -> [R] {
        precondition(!taken, "results are taken once")
        taken = true
        return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { (buffer.baseAddress! + index).initialize(to: (slots + index).move()!) }
            initialized = count
        }
    }
}
