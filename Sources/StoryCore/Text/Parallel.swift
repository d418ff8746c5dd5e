import Dispatch

/// Maps independent pieces of work over both cores; results keep the input's order, so the
/// outcome is the same whatever the scheduling.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.store(transform(items[index]), at: index)
        }
        return results.values
    }
}

/// One slot per result, each written by exactly one iteration.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: R, at index: Int) {
        // Distinct iterations write distinct indices of a buffer allocated up front: no resizing, no overlap.
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    var values: [R] { slots.map { $0! } }
}
